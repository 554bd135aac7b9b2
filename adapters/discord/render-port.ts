/**
 * One port as an embed. A question about a single port gets the full view (assignments, every
 * known use, ephemeral facts, commands); a port among several gets the compact view so that ten
 * of them fit in one message.
 */
import {
  CHECK_OS_LABELS,
  CHECK_OSES,
  type CheckCommand,
  type CheckOs,
  type PortPart,
  portTitle,
} from '../../src/index.js';
import { DROP, EMBED_COLORS, protocolText, spanText } from './embed-style.js';
import type { EmbedDraft, FieldDraft } from './fit-embeds.js';
import { code, firstSentence, plain } from './markdown.js';

/** Known uses shown as their own field; the rest are listed by name. */
const FULL_USES = 6;
/** Uses that stay even when the message runs long. */
const KEPT_USES = 2;
const STATUS_TEXT = {
  unassigned: 'not registered with IANA (free to request)',
  reserved: 'reserved by IANA (will not be assigned)',
  'never-assigned': 'never assigned: IANA leaves the Dynamic/Private range unassigned',
  assigned: 'assigned',
} as const;

function assignmentLines(part: PortPart): string[] {
  const lines: string[] = [];
  const grouped = new Map<string, string[]>();
  for (const assignment of part.assignments) {
    const text =
      assignment.services.length === 0
        ? STATUS_TEXT[assignment.status]
        : assignment.services
            .map((service) => {
              const aliases =
                service.aliases.length > 0 ? ` (also ${plain(service.aliases.join(', '))})` : '';
              const range = service.range ? ` [${spanText(service.range.from, service.range.to)}]` : '';
              const refs = service.references.map((ref) =>
                ref.url ? `[${ref.text}](${ref.url})` : ref.text,
              );
              const refText = refs.length > 0 ? ` · ${refs.join(', ')}` : '';
              const description = service.description ? ` — ${plain(service.description)}` : '';
              return `**${plain(service.name)}**${aliases}${range}${description}${refText}`;
            })
            .join('; ');
    grouped.set(text, [...(grouped.get(text) ?? []), assignment.transport.toUpperCase()]);
  }
  for (const [text, transports] of grouped) lines.push(`${transports.join(', ')}: ${text}`);
  for (const assignment of part.assignments)
    for (const service of assignment.services)
      if (service.unauthorizedUse)
        lines.push(`⚠️ IANA notes unauthorized use: ${plain(service.unauthorizedUse)}`);
  return [...new Set(lines)];
}

function ianaField(part: PortPart): FieldDraft {
  const range = part.ianaRange;
  const head = `**${range.name}** (${range.nickname}, ${spanText(range.from, range.to)})`;
  return { name: 'IANA', value: [head, ...assignmentLines(part)].join('\n') };
}

function useName(use: PortPart['knownUses'][number]): string {
  const role = use.role ? ` — ${use.role}` : '';
  const range = use.range ? ` (${spanText(use.range.from, use.range.to)})` : '';
  const usage = use.usage === 'unofficial' ? ' (unofficial)' : '';
  return `${use.security ? '⚠️ ' : ''}${plain(use.name)}${role}${range}${usage} · ${protocolText(use.protocols)}`;
}

function useFields(part: PortPart): FieldDraft[] {
  const fields: FieldDraft[] = part.knownUses.slice(0, FULL_USES).map((use, index) => {
    const lines = [plain(use.note)];
    if (use.security) lines.push(`**Security:** ${plain(use.security)}`);
    if (use.tip) lines.push(`**Tip:** ${plain(use.tip)}`);
    if (use.homepage) lines.push(`<${use.homepage}>`);
    return {
      name: useName(use),
      value: lines.join('\n'),
      ...(index >= KEPT_USES ? { drop: DROP.extraUses } : {}),
    };
  });
  const rest = part.knownUses.slice(FULL_USES);
  if (rest.length > 0) {
    const names = rest.map(
      (use) => `${use.security ? '⚠️ ' : ''}${use.name}${use.role ? ` (${use.role})` : ''}`,
    );
    fields.push({ name: 'Also seen on this port', value: plain(names.join(', ')), drop: DROP.moreNames });
  }
  return fields;
}

function ephemeralField(part: PortPart): FieldDraft {
  const main = part.ephemeral.filter((fact) => ['linux', 'windows', 'macos'].includes(fact.os));
  const others = part.ephemeral.filter((fact) => !main.includes(fact) && fact.includesPort);
  const line = (fact: PortPart['ephemeral'][number]) =>
    `${fact.includesPort ? 'yes' : 'no'} · ${fact.label} (${spanText(fact.from, fact.to)})`;
  return {
    name: 'A temporary client port by default?',
    value: [...main.map(line), ...others.map(line)].join('\n'),
    drop: DROP.ephemeral,
  };
}

function notableField(part: PortPart): FieldDraft | undefined {
  if (part.notableRanges.length === 0) return undefined;
  const lines = part.notableRanges.map(
    (range) => `**${range.label}** (${spanText(range.from, range.to)}): ${plain(range.note)}`,
  );
  return { name: 'Also inside', value: lines.join('\n'), drop: DROP.notableRanges };
}

function commandLine(check: CheckCommand): string {
  const admin = check.elevation === 'admin' ? ' (as Administrator)' : '';
  return `${code(check.command)}${admin}`;
}

/** With an OS chosen: every command for it, with what it shows, one field per transport. */
function osCheckFields(part: PortPart, os: CheckOs): FieldDraft[] {
  return part.checkTransports.map((transport) => {
    const checks = part.checks.filter((check) => check.os === os && check.transport === transport);
    const lines = checks.map((check) => `${commandLine(check)}\n${plain(check.note)}`);
    return { name: `Who holds ${part.port}/${transport} · ${CHECK_OS_LABELS[os]}`, value: lines.join('\n') };
  });
}

/** Without an OS: the first command per OS and transport; the buttons show the rest. */
function overviewCheckField(part: PortPart): FieldDraft {
  const lines: string[] = [];
  for (const transport of part.checkTransports) {
    for (const os of CHECK_OSES) {
      const check = part.checks.find((candidate) => candidate.os === os && candidate.transport === transport);
      if (check) lines.push(`**${CHECK_OS_LABELS[os]}** ${transport.toUpperCase()}: ${commandLine(check)}`);
    }
  }
  lines.push('Pick an OS below for every command and what it shows.');
  return { name: `Who holds port ${part.port}?`, value: lines.join('\n') };
}

/** Tips that belong to no use shown above (a use's own tip sits in its field, where it makes sense). */
function tipsField(part: PortPart): FieldDraft | undefined {
  const shown = new Set(part.knownUses.slice(0, FULL_USES).map((use) => use.tip));
  const tips = part.tips.filter((tip) => !shown.has(tip));
  if (tips.length === 0) return undefined;
  return { name: 'Tips', value: tips.map((tip) => `• ${plain(tip)}`).join('\n'), drop: DROP.tips };
}

function colorOf(part: PortPart): number {
  return part.hasSecurityNotes ? EMBED_COLORS.security : EMBED_COLORS.answer;
}

/** The verdict's lead is already in the title; the rest (range, ephemeral use) follows it. */
function verdictAfter(title: string, part: PortPart): string {
  const [lead = '', ...rest] = part.verdict.split(' · ');
  return title.endsWith(lead) && rest.length > 0 ? rest.join(' · ') : part.verdict;
}

export function renderPortFull(part: PortPart, os: CheckOs | null, title: string): EmbedDraft {
  const description = [plain(verdictAfter(title, part)), ...part.notes.map(plain)].join('\n');
  const fields = [
    ianaField(part),
    ...useFields(part),
    ...(os ? osCheckFields(part, os) : [overviewCheckField(part)]),
    ephemeralField(part),
    notableField(part),
    tipsField(part),
  ].filter((field): field is FieldDraft => field !== undefined);
  return { title, description, fields, color: colorOf(part) };
}

/** Short IANA line for the compact view: "TCP/UDP ssh", or why there is none. */
function ianaShort(part: PortPart): string {
  const names = part.assignments.flatMap((assignment) =>
    assignment.services.slice(0, 1).map((service) => `${assignment.transport.toUpperCase()} ${service.name}`),
  );
  if (names.length > 0) return `IANA: ${plain(names.join(', '))}`;
  const status = part.assignments[0]?.status ?? 'unassigned';
  return `IANA: ${STATUS_TEXT[status]}`;
}

export function renderPortCompact(part: PortPart, os: CheckOs | null): EmbedDraft {
  // The core's title, so an embed heads a port exactly as the CLI and Slack do.
  const title = portTitle(part);
  const lines = [plain(verdictAfter(title, part)), ianaShort(part)];
  const security = part.knownUses.find((use) => use.security);
  if (security?.security)
    lines.push(`⚠️ **${plain(security.name)}:** ${plain(firstSentence(security.security))}`);
  const fields: FieldDraft[] = [];
  if (os) {
    const checks = part.checkTransports.flatMap((transport) =>
      part.checks.filter((check) => check.os === os && check.transport === transport).slice(0, 1),
    );
    fields.push({
      name: `Who holds it · ${CHECK_OS_LABELS[os]}`,
      value: checks.map(commandLine).join('\n'),
      drop: DROP.moreNames,
    });
  }
  return { title, description: lines.join('\n'), fields, color: colorOf(part) };
}
