/**
 * One port in Block Kit: verdict, range and ephemeral facts, IANA assignments, known uses with
 * their security notes, tips, and the commands that show who holds the port.
 */
import type { CheckCommand, CheckOs, KnownUseFact, PortPart } from '../../../src/index.js';
import { CHECK_OSES } from '../../../src/index.js';
import type { SlackBlock } from '../block-kit-limits.js';
import { clip, escapeMrkdwn, mrkdwnLink } from '../escape.js';
import { code, codeBlock, fieldsSection, packSections, withinBudget } from './blocks.js';
import type { Detail } from './detail.js';
import {
  assignmentLines,
  knownUseName,
  osLabel,
  rangeText,
  shortOsLabel,
  transportLabel,
  WARNING,
} from './labels.js';

/** Known uses listed in full before the rest are only named. */
const FULL_USES = 12;

function ephemeralField(part: PortPart): string {
  const yes = part.ephemeral.filter((fact) => fact.includesPort).map(shortOsLabel);
  const no = part.ephemeral.filter((fact) => !fact.includesPort).map(shortOsLabel);
  const lines = ['*Temporary client port by default?*'];
  if (yes.length > 0) lines.push(`Yes on ${escapeMrkdwn(yes.join(', '))}`);
  if (no.length > 0) lines.push(`No on ${escapeMrkdwn(no.join(', '))}`);
  return lines.join('\n');
}

function rangeField(part: PortPart): string {
  const range = part.ianaRange;
  return [
    '*IANA range*',
    `${escapeMrkdwn(range.name)} (${rangeText(range.from, range.to)})`,
    `_${escapeMrkdwn(range.nickname)}_`,
  ].join('\n');
}

function referencesText(part: PortPart): string[] {
  const lines: string[] = [];
  for (const assignment of part.assignments) {
    for (const service of assignment.services) {
      const refs = service.references.slice(0, 4).map((ref) => mrkdwnLink(ref.url, ref.text));
      if (refs.length > 0) lines.push(`${code(service.name)} references: ${refs.join(', ')}`);
      if (service.unauthorizedUse)
        lines.push(
          `${WARNING} IANA reports unauthorized use: ${escapeMrkdwn(clip(service.unauthorizedUse, 300))}`,
        );
    }
  }
  return [...new Set(lines)].slice(0, 6);
}

function knownUseEntry(use: KnownUseFact): string {
  const where = use.range ? ` · ports ${rangeText(use.range.from, use.range.to)}` : '';
  const protocols = use.protocols.map(transportLabel).join('/');
  const lines = [
    `• ${knownUseName(use, false)} — ${escapeMrkdwn(clip(use.note, 400))} _(${protocols}${where})_`,
  ];
  if (use.security) lines.push(`    ${WARNING} ${escapeMrkdwn(clip(use.security, 400))}`);
  return lines.join('\n');
}

function knownUseLines(part: PortPart): string[] {
  if (part.knownUses.length === 0) return [];
  const shown = part.knownUses.slice(0, FULL_USES).map(knownUseEntry);
  const rest = part.knownUses.slice(FULL_USES);
  if (rest.length > 0) shown.push(`Also: ${rest.map((use) => knownUseName(use)).join(', ')}`);
  return ['*Known uses*', ...shown];
}

function checkEntry(check: CheckCommand): string {
  const shell = check.shell === 'powershell' ? 'PowerShell · ' : check.shell === 'cmd' ? 'cmd · ' : '';
  // Only our own labels are italic: an underscore inside the note (ip_local_port_range) would end it.
  const note = `_${shell}${transportLabel(check.transport)}_ · ${escapeMrkdwn(check.note)}`;
  return `${note}\n${codeBlock([check.command])}`;
}

function fullCheckLines(part: PortPart): string[] {
  if (part.checks.length === 0) return [];
  const transports = part.checkTransports.map(transportLabel).join(', ');
  const lines = [`*Who holds port ${part.port}?* (${transports})`];
  for (const os of CHECK_OSES) {
    const checks = part.checks.filter((check) => check.os === os);
    if (checks.length === 0) continue;
    lines.push(`*${osLabel(os)}*`, ...checks.map(checkEntry));
  }
  return lines;
}

/** The first command per transport for one OS: enough to paste when space is short. */
export function firstChecks(part: PortPart, os: CheckOs): CheckCommand[] {
  const forOs = part.checks.filter((check) => check.os === os);
  return part.checkTransports.flatMap(
    (transport) => forOs.find((check) => check.transport === transport) ?? [],
  );
}

function renderFull(part: PortPart): SlackBlock[] {
  const lead = [`*${escapeMrkdwn(part.verdict)}*`, ...part.notes.map(escapeMrkdwn)];
  for (const notable of part.notableRanges) {
    lead.push(
      `_${escapeMrkdwn(notable.label)} (${rangeText(notable.from, notable.to)})_: ${escapeMrkdwn(notable.note)}`,
    );
  }
  const iana = ['*IANA assignments*', ...assignmentLines(part.assignments, true), ...referencesText(part)];
  const tips = part.tips.length > 0 ? ['*Tips*', ...part.tips.map((tip) => `• ${escapeMrkdwn(tip)}`)] : [];
  return [
    ...packSections(lead),
    fieldsSection([rangeField(part), ephemeralField(part)]),
    ...packSections(iana),
    ...packSections(knownUseLines(part)),
    ...packSections(tips),
    ...packSections(fullCheckLines(part)),
  ];
}

function securityLines(part: PortPart, count: number, length: number): string[] {
  return part.knownUses
    .filter((use) => use.security)
    .slice(0, count)
    .map(
      (use) => `${WARNING} *${escapeMrkdwn(use.name)}*: ${escapeMrkdwn(clip(use.security ?? '', length))}`,
    );
}

function usesLine(part: PortPart, budget: number): string[] {
  if (part.knownUses.length === 0) return [];
  const names = withinBudget(
    part.knownUses.map((use) => knownUseName(use)),
    budget,
    (left) => `+${left} more`,
  );
  return [`Known uses: ${names.join(', ')}`];
}

function renderCompact(part: PortPart, os: CheckOs): SlackBlock[] {
  const checks = firstChecks(part, os);
  const lines = [
    `*Port ${part.port}* — ${escapeMrkdwn(part.verdict)}`,
    `IANA: ${assignmentLines(part.assignments, false).join(' · ')}`,
    ...usesLine(part, 400),
    ...securityLines(part, 2, 220),
  ];
  if (checks.length > 0) lines.push(`_${osLabel(os)}:_ ${codeBlock(checks.map((check) => check.command))}`);
  return packSections([lines.join('\n')]);
}

function renderBrief(part: PortPart, os: CheckOs): SlackBlock[] {
  const [check] = firstChecks(part, os);
  const lines = [`*Port ${part.port}* — ${escapeMrkdwn(clip(part.verdict, 160))}`, ...usesLine(part, 200)];
  if (check) lines.push(`_${osLabel(os)}:_ ${code(check.command)}`);
  return packSections([lines.join('\n')]);
}

/** `os` picks the commands shown when space is short (full shows every OS the answer holds). */
export function renderPortPart(part: PortPart, detail: Detail, os: CheckOs): SlackBlock[] {
  if (detail === 'full') return renderFull(part);
  if (detail === 'compact') return renderCompact(part, os);
  return renderBrief(part, os);
}
