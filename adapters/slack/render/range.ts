/**
 * A port range as a compact table: one line per port with a registered name or a known use, and
 * runs of identical ports folded into one line ("6000–6063 `x11`"). Long ranges are cut to a
 * character budget that depends on how much room the message has.
 */
import type { RangePart, RangeRow, Transport } from '../../../src/index.js';
import { groupRangeRows } from '../../../src/index.js';
import type { SlackBlock } from '../block-kit-limits.js';
import { clip, escapeMrkdwn } from '../escape.js';
import { code, packSections, withinBudget } from './blocks.js';
import type { Detail } from './detail.js';
import { rangeText, transportLabel, WARNING } from './labels.js';

const ROW_BUDGET: Record<Detail, number> = { full: 6000, compact: 1400, brief: 500 };

interface Line {
  from: number;
  to: number;
  text: string;
  /** How much a reader wants this line when only a few fit: security notes, then known uses. */
  weight: number;
}

function namesText(row: RangeRow, transports: readonly Transport[]): string {
  const names = transports.flatMap((transport) => {
    const name = row.names[transport];
    return name ? [{ transport, name }] : [];
  });
  if (names.length === 0) return '';
  const distinct = new Set(names.map((entry) => entry.name));
  if (distinct.size === 1 && names.length === transports.length) return code(names[0]?.name ?? '');
  return names.map((entry) => `${transportLabel(entry.transport)} ${code(entry.name)}`).join(' · ');
}

function rowText(row: RangeRow, transports: readonly Transport[]): string {
  const names = namesText(row, transports);
  const uses = row.knownUses.length > 0 ? escapeMrkdwn(clip(row.knownUses.join(', '), 160)) : '';
  const pieces = [names, uses].filter(Boolean).join(' · ');
  return `${pieces}${row.security ? ` ${WARNING}` : ''}`;
}

/** Folds neighbouring ports whose lines read the same (x11's 64 ports are one line). */
function foldedLines(part: RangePart): Line[] {
  const lines: Line[] = [];
  for (const group of groupRangeRows(part.rows)) {
    const text =
      group.kind === 'empty' ? `_${group.iana.replace('-', ' ')}_` : rowText(group.row, part.transports);
    const from = group.kind === 'empty' ? group.from : group.row.port;
    const to = group.kind === 'empty' ? group.to : group.row.port;
    const weight = group.kind === 'empty' ? 0 : weightOf(group.row);
    const last = lines.at(-1);
    if (last && last.text === text && last.to === from - 1) last.to = to;
    else lines.push({ from, to, text, weight });
  }
  return lines;
}

function summary(part: RangePart): string {
  const named = part.rows.filter((row) => Object.keys(row.names).length > 0).length;
  const used = part.rows.filter((row) => row.knownUses.length > 0).length;
  const risky = part.rows.filter((row) => row.security).length;
  const pieces = [`${part.rows.length} ports`, `${named} with an IANA name`, `${used} with known uses`];
  if (risky > 0) pieces.push(`${risky} with security notes ${WARNING}`);
  return pieces.join(' · ');
}

/** Registry rows that span ports, one line per row with the same text for TCP and UDP. */
function registryLines(part: RangePart): string[] {
  const lines = new Map<string, string[]>();
  for (const row of part.registryRanges) {
    const text = `${rangeText(row.from, row.to)}: ${row.names.map(code).join(', ')} ${escapeMrkdwn(clip(row.description, 120))}`;
    lines.set(text, [
      ...(lines.get(text) ?? []),
      row.transport ? transportLabel(row.transport) : 'any protocol',
    ]);
  }
  return [...lines].map(([text, transports]) => `Registered (${transports.join(', ')}) for ${text}`);
}

export function renderRangePart(part: RangePart, detail: Detail): SlackBlock[] {
  const transports = part.transports.map(transportLabel).join(', ');
  const iana = part.ianaRanges.map(
    (range) => `${escapeMrkdwn(range.name)} (${rangeText(range.from, range.to)})`,
  );
  const lead = [`*Ports ${rangeText(part.from, part.to)}* (${transports}) · IANA: ${iana.join(', ')}`];
  if (detail !== 'brief') {
    for (const line of registryLines(part).slice(0, detail === 'full' ? 6 : 2)) lead.push(line);
  }
  lead.push(`_${summary(part)}_`);
  const folded = foldedLines(part);
  // Brief layouts list only the ports that carry something, most interesting first.
  const rows =
    detail === 'brief'
      ? folded.filter((line) => line.weight > 0).sort((a, b) => b.weight - a.weight || a.from - b.from)
      : folded;
  const lines = rows.map((line) => `${code(rangeText(line.from, line.to))} ${line.text}`);
  const table = withinBudget(
    lines,
    ROW_BUDGET[detail],
    (left) => `_…and ${left} more lines: ask for a smaller range_`,
  );
  return packSections([lead.join('\n'), ...table]);
}

function weightOf(row: RangeRow): number {
  return 1 + (row.knownUses.length > 0 ? 1 : 0) + (row.security ? 2 : 0);
}
