/**
 * A range ("6000-6127", up to 128 ports) as one embed: IANA's ranges and registry rows that span
 * it, then one line per port that has something on it, with runs of alike ports folded into one
 * line. Lines that do not fit the description continue in fields.
 */
import { groupRangeRows, type RangePart, type RangeRow } from '../../src/index.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { EMBED_COLORS, protocolText, spanText } from './embed-style.js';
import type { EmbedDraft, FieldDraft } from './fit-embeds.js';
import { clip, plain } from './markdown.js';

const STATUS_WORD: Record<RangeRow['iana'], string> = {
  assigned: 'assigned',
  reserved: 'reserved',
  unassigned: 'unassigned',
  'never-assigned': 'never assigned',
};

interface Line {
  from: number;
  to: number;
  text: string;
}

function namesText(row: RangeRow): string {
  const entries = Object.entries(row.names);
  const distinct = new Set(entries.map(([, name]) => name));
  if (distinct.size === 1) return plain(entries[0]?.[1] ?? '');
  return entries.map(([transport, name]) => `${transport.toUpperCase()} ${plain(name)}`).join(', ');
}

/** Uses named per row; 8080 alone has dozens, and a table line should stay one line. */
const USES_PER_ROW = 4;

function usesText(row: RangeRow): string {
  if (row.knownUses.length === 0) return '';
  const shown = row.knownUses.slice(0, USES_PER_ROW).join(', ');
  const more = row.knownUses.length > USES_PER_ROW ? ` +${row.knownUses.length - USES_PER_ROW} more` : '';
  return ` · ${plain(shown)}${more}`;
}

function rowText(row: RangeRow): string {
  const names = Object.keys(row.names).length > 0 ? namesText(row) : STATUS_WORD[row.iana];
  const uses = usesText(row);
  return `${names}${uses}${row.security ? ' ⚠️' : ''}`;
}

/** One line per port with something on it; alike neighbours (x11 on 6001–6005) share a line. */
function rangeLines(part: RangePart): Line[] {
  const lines: Line[] = [];
  for (const group of groupRangeRows(part.rows)) {
    const line =
      group.kind === 'empty'
        ? { from: group.from, to: group.to, text: `— ${STATUS_WORD[group.iana]}` }
        : { from: group.row.port, to: group.row.port, text: rowText(group.row) };
    const last = lines.at(-1);
    const foldable = group.kind === 'row' && group.row.knownUses.length === 0;
    if (foldable && last && last.text === line.text && last.to === line.from - 1) last.to = line.to;
    else lines.push(line);
  }
  return lines;
}

function headerLines(part: RangePart): string[] {
  const lines = part.ianaRanges.map(
    (range) => `**${range.name}** (${range.nickname}, ${spanText(range.from, range.to)})`,
  );
  for (const registry of part.registryRanges) {
    const transport = registry.transport ? `/${registry.transport}` : '';
    lines.push(
      `IANA range **${plain(registry.names.join(', '))}**${transport} ${spanText(registry.from, registry.to)} — ${plain(registry.description)}`,
    );
  }
  return [...new Set(lines)];
}

/** Packs lines into chunks of at most `max` characters, never splitting a line. */
function pack(lines: readonly string[], first: number, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    const limit = chunks.length === 0 ? first : max;
    const next = current ? `${current}\n${line}` : line;
    if (next.length > limit && current) {
      chunks.push(current);
      current = line;
    } else current = next;
  }
  if (current) chunks.push(current);
  return chunks;
}

export function renderRange(part: RangePart): EmbedDraft {
  const suffix = part.transports.length === 1 ? `/${part.transports[0]}` : '';
  const title = `Ports ${spanText(part.from, part.to)}${suffix} (${protocolText(part.transports)})`;
  const header = headerLines(part).join('\n');
  const lines = rangeLines(part).map((line) => clip(`\`${spanText(line.from, line.to)}\` ${line.text}`, 300));
  const legend = part.rows.some((row) => row.security)
    ? '⚠️ has security notes: ask about the port itself for them.'
    : '';
  const room = DISCORD_LIMITS.embedDescription - header.length - legend.length - 4;
  const [first = '', ...rest] = pack(lines, room, DISCORD_LIMITS.fieldValue);
  const description = [header, first, legend].filter(Boolean).join('\n\n');
  const fields: FieldDraft[] = rest.map((value) => {
    const from = /^`(\d+)/.exec(value)?.[1] ?? '';
    return { name: `From ${from}`, value };
  });
  const security = part.rows.some((row) => row.security);
  return { title, description, fields, color: security ? EMBED_COLORS.security : EMBED_COLORS.answer };
}
