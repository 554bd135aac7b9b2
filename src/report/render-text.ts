/**
 * Plain-text rendering of an answer: the CLI's output, and the fallback text chat adapters send
 * beside their rich layouts. Pure: colour comes in as a `TextStyle`.
 */
import type { CheckCommand } from '../checks/commands.js';
import { CHECK_OS_LABELS, CHECK_OSES } from '../checks/os.js';
import { PROBLEM_HINT, type Problem } from '../problems.js';
import { aboutFacts } from './about-part.js';
import type {
  AboutPart,
  Answer,
  AnswerPart,
  Assignment,
  HelpPart,
  KnownUseFact,
  PortPart,
  RangePart,
  ServicePart,
  TopicPart,
} from './answer.js';
import { groupRangeRows } from './range-part.js';
import { PLAIN_STYLE, type TextStyle } from './text-style.js';
import { titleFor } from './title.js';

export interface TextOptions {
  style?: TextStyle;
}

const INDENT = '  ';

function rangeText(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

function assignmentLines(assignment: Assignment, s: TextStyle): string[] {
  const transport = pad(assignment.transport, 6);
  if (assignment.services.length === 0) {
    return [
      `${INDENT}${transport}${s.dim(`${assignment.status.replace('-', ' ')} — ${assignment.explanation ?? ''}`)}`,
    ];
  }
  return assignment.services.flatMap((service) => {
    const aliases = service.aliases.length > 0 ? ` (also ${service.aliases.join(', ')})` : '';
    const range = service.range ? ` [range ${rangeText(service.range.from, service.range.to)}]` : '';
    // Some registry rows have no description (5000/tcp commplex-main): no dash hanging after the name.
    const description = service.description ? ` — ${service.description}` : '';
    const lines = [`${INDENT}${transport}${s.strong(service.name)}${aliases}${range}${description}`];
    const refs = service.references.map((ref) => (ref.url ? `${ref.text} ${ref.url}` : ref.text));
    if (refs.length > 0) lines.push(`${INDENT}${' '.repeat(6)}${s.dim(`ref: ${refs.join(', ')}`)}`);
    const dates = [
      service.registered && `registered ${service.registered}`,
      service.modified && `modified ${service.modified}`,
    ]
      .filter(Boolean)
      .join(', ');
    if (dates) lines.push(`${INDENT}${' '.repeat(6)}${s.dim(dates)}`);
    if (service.unauthorizedUse)
      lines.push(`${INDENT}${' '.repeat(6)}${s.warn(`IANA: ${service.unauthorizedUse}`)}`);
    return lines;
  });
}

function knownUseLines(use: KnownUseFact, s: TextStyle): string[] {
  const role = use.role ? ` (${use.role})` : '';
  const where = use.range ? ` ports ${rangeText(use.range.from, use.range.to)},` : '';
  const lines = [
    `${INDENT}• ${s.strong(use.name)}${role} — ${use.note} ${s.dim(`[${use.category},${where} ${use.protocols.join('/')}]`)}`,
  ];
  if (use.security) lines.push(`${INDENT}  ${s.warn(`Security: ${use.security}`)}`);
  if (use.homepage) lines.push(`${INDENT}  ${s.dim(use.homepage)}`);
  return lines;
}

/** Uses shown in full; a busy port (8080 has dozens) lists the rest by name. */
export const FULL_KNOWN_USES = 8;

/**
 * Single-port uses first, in full up to FULL_KNOWN_USES; the rest by name (⚠ marks those with a
 * security note; --json has them all in full), then the ranges the port falls in, on one line.
 */
function knownUsesLines(uses: readonly KnownUseFact[], s: TextStyle): string[] {
  const single = uses.filter((use) => !use.range);
  const ranges = uses.filter((use) => use.range);
  const full = single.slice(0, FULL_KNOWN_USES);
  const folded = single.slice(FULL_KNOWN_USES);
  const lines = full.flatMap((use) => knownUseLines(use, s));
  if (folded.length > 0) {
    const names = [
      ...new Set(
        folded.map(
          (use) =>
            `${use.role ? `${use.name} (${use.role})` : use.name}${use.security ? ` ${s.warn('⚠')}` : ''}`,
        ),
      ),
    ];
    lines.push(`${INDENT}• ${s.dim('Also here:')} ${names.join(', ')}`);
  }
  if (ranges.length > 0) {
    const named = ranges.map((use) => `${use.name} (${rangeText(use.range?.from ?? 0, use.range?.to ?? 0)})`);
    lines.push(`${INDENT}• ${s.dim('Inside the ranges of:')} ${[...new Set(named)].join(', ')}`);
  }
  return lines;
}

function elevationNote(command: CheckCommand): string {
  if (command.elevation === 'sudo') return 'sudo';
  if (command.elevation === 'admin') return 'as Administrator';
  return '';
}

export function checkLines(checks: readonly CheckCommand[], s: TextStyle): string[] {
  const lines: string[] = [];
  for (const os of CHECK_OSES) {
    const forOs = checks.filter((check) => check.os === os);
    if (forOs.length === 0) continue;
    lines.push(`${INDENT}${s.strong(CHECK_OS_LABELS[os])}`);
    for (const check of forOs) {
      const shell = check.shell === 'sh' ? '' : `${check.shell === 'powershell' ? 'PowerShell' : 'cmd'}, `;
      const needs = elevationNote(check);
      lines.push(
        `${INDENT}${INDENT}${s.dim(`# ${shell}${check.transport.toUpperCase()}${needs ? `, ${needs}` : ''}: ${check.note}`)}`,
      );
      lines.push(`${INDENT}${INDENT}${s.code(check.command)}`);
    }
  }
  return lines;
}

function portLines(part: PortPart, s: TextStyle): string[] {
  const lines = [`${s.heading(`Port ${part.port}`)} — ${part.verdict}`];
  for (const note of part.notes) lines.push(`${INDENT}${note}`);
  lines.push('', s.heading('Range'));
  const range = part.ianaRange;
  lines.push(
    `${INDENT}IANA ${range.name} (${rangeText(range.from, range.to)}, "${range.nickname}"): ${range.meaning}`,
  );
  for (const notable of part.notableRanges) {
    lines.push(`${INDENT}${notable.label} (${rangeText(notable.from, notable.to)}): ${notable.note}`);
  }
  lines.push('', s.heading('Temporary (ephemeral) client port by default?'));
  for (const fact of part.ephemeral) {
    const mark = fact.includesPort ? s.warn('yes') : s.dim('no ');
    lines.push(
      `${INDENT}${mark}  ${pad(fact.label, 40)}${pad(rangeText(fact.from, fact.to), 13)}${s.dim(fact.showCommand)}`,
    );
  }
  lines.push(
    `${INDENT}${s.dim('Admins and container runtimes change these ranges; the command shows the real setting.')}`,
  );
  lines.push('', s.heading('IANA assignments'));
  for (const assignment of part.assignments) lines.push(...assignmentLines(assignment, s));
  if (part.knownUses.length > 0) {
    lines.push('', s.heading('Known uses'));
    lines.push(...knownUsesLines(part.knownUses, s));
  }
  if (part.tips.length > 0) {
    lines.push('', s.heading('Tips'));
    for (const tip of part.tips) lines.push(`${INDENT}• ${tip}`);
  }
  if (part.checks.length > 0) {
    lines.push(
      '',
      s.heading(
        `Who holds port ${part.port}? (${part.checkTransports.map((t) => t.toUpperCase()).join(', ')})`,
      ),
    );
    lines.push(...checkLines(part.checks, s));
  }
  return lines;
}

function rangeLines(part: RangePart, s: TextStyle): string[] {
  const lines = [`${s.heading(`Ports ${part.from}–${part.to}`)} (${part.transports.join(', ')})`];
  for (const range of part.ianaRanges)
    lines.push(`${INDENT}IANA ${range.name}: ${rangeText(range.from, range.to)}`);
  for (const row of part.registryRanges) {
    lines.push(
      `${INDENT}Registry range ${rangeText(row.from, row.to)}/${row.transport ?? 'any'}: ${row.names.join(', ') || row.description}`,
    );
  }
  lines.push(
    '',
    `${INDENT}${s.dim(`${pad('PORT', 12)}${pad(`IANA (${part.transports.join(' / ')})`, 30)}KNOWN USES`)}`,
  );
  for (const group of groupRangeRows(part.rows)) {
    if (group.kind === 'empty') {
      lines.push(
        `${INDENT}${pad(rangeText(group.from, group.to), 12)}${s.dim(group.iana.replace('-', ' '))}`,
      );
      continue;
    }
    const { row } = group;
    const names = part.transports.map((transport) => row.names[transport] ?? '—').join(' / ');
    const uses = row.knownUses.join(', ') + (row.security ? ` ${s.warn('⚠')}` : '');
    lines.push(`${INDENT}${pad(String(row.port), 12)}${pad(names, 30)}${uses}`);
  }
  return lines;
}

function portSpec(port: ServicePart['ports'][number]): string {
  const number = port.to !== undefined ? `${port.port}-${port.to}` : String(port.port);
  return port.protocols.length > 0 ? `${number}/${port.protocols.join('+')}` : number;
}

function serviceLines(part: ServicePart, s: TextStyle): string[] {
  const matched =
    part.matchedBy === 'fuzzy'
      ? s.dim(` (you typed "${part.asked}")`)
      : part.matchedBy === 'synonym'
        ? s.dim(` ("${part.asked}")`)
        : '';
  const lines = [s.heading(part.name) + matched];
  if (part.description) lines.push(`${INDENT}${part.description}`);
  for (const port of part.ports) {
    const source = port.source === 'iana' ? 'IANA' : (port.usage ?? 'known use');
    const role = [port.software, port.role].filter(Boolean).join(', ');
    lines.push(`${INDENT}${pad(portSpec(port), 22)}${pad(role, 36)}${s.dim(source)}`);
  }
  const security = part.knownUses.filter((use) => use.security);
  for (const use of security.slice(0, 3))
    lines.push(
      `${INDENT}${s.warn(`Security (${use.name}${use.role ? `, ${use.role}` : ''}): ${use.security}`)}`,
    );
  for (const also of part.also) {
    const where = also.ports.length > 0 ? `on ${also.ports.map(portSpec).join(', ')}` : 'without a port';
    lines.push(
      `${INDENT}${s.dim(`Also: IANA lists "${also.name}"${also.description ? ` (${also.description})` : ''} ${where}.`)}`,
    );
  }
  return lines;
}

function topicLines(part: TopicPart, s: TextStyle): string[] {
  const lines = [s.heading(part.title)];
  for (const range of part.ianaRanges ?? []) {
    lines.push(
      `${INDENT}${pad(rangeText(range.from, range.to), 13)}${s.strong(range.name)} ("${range.nickname}") — ${range.meaning}`,
    );
  }
  for (const range of part.ephemeralRanges ?? []) {
    lines.push(
      `${INDENT}${pad(range.label, 40)}${pad(rangeText(range.from, range.to), 13)}${s.dim(range.showCommand)}`,
    );
  }
  if (part.ephemeralRanges)
    lines.push(
      `${INDENT}${s.dim('Defaults; admins and container runtimes change them. The command shows the real setting.')}`,
    );
  return lines;
}

function helpLines(part: HelpPart, s: TextStyle): string[] {
  return [
    s.heading('Ask portbot about a port, a range or a service:'),
    ...part.examples.map((example) => `${INDENT}${pad(example.question, 46)}${s.dim(example.meaning)}`),
  ];
}

function aboutLines(part: AboutPart, s: TextStyle): string[] {
  const lines = [s.heading('About portbot'), `${INDENT}${part.summary}`];
  for (const fact of aboutFacts(part)) {
    lines.push(`${INDENT}${pad(fact.label, 10)}${fact.text}`);
    if (fact.link)
      lines.push(
        `${INDENT}${pad('', 10)}${fact.link.url ? `${fact.link.text}: ${fact.link.url}` : fact.link.text}`,
      );
  }
  return lines;
}

export function renderPartText(part: AnswerPart, s: TextStyle = PLAIN_STYLE): string[] {
  switch (part.type) {
    case 'port':
      return portLines(part, s);
    case 'range':
      return rangeLines(part, s);
    case 'service':
      return serviceLines(part, s);
    case 'topic':
      return topicLines(part, s);
    case 'help':
      return helpLines(part, s);
    case 'about':
      return aboutLines(part, s);
    default:
      // Parts newer than this renderer are shown by the presentation (present/render-text.ts).
      return [s.heading(titleFor([part]))];
  }
}

/** The data line every answer ends with. */
export function dataSourceText(answer: Answer): string {
  return `Data: ${answer.data.label}`;
}

export function renderAnswerText(answer: Answer, options: TextOptions = {}): string {
  const s = options.style ?? PLAIN_STYLE;
  const blocks = answer.parts.map((part) => renderPartText(part, s).join('\n'));
  const warnings = answer.warnings.map((warning) => s.warn(`Note: ${warning.message}`));
  return [
    ...blocks,
    ...(warnings.length > 0 ? [warnings.join('\n')] : []),
    s.dim(dataSourceText(answer)),
  ].join('\n\n');
}

export function renderProblemText(problem: Problem): string {
  return `${problem.message}\n${PROBLEM_HINT}`;
}
