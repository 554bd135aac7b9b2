/**
 * A (fitted) presentation as Block Kit: the title as the header, each section as section blocks
 * (its heading in bold, lines, two-column fields, tables, commands in code blocks, links), a
 * divider between answered items, a context line with the trim note and the data, then the
 * buttons. A mapping only: every word comes from the presentation, every span is escaped in
 * inline.ts, and what to leave out was decided by fit.ts.
 */
import type { types } from '@slack/bolt';
import {
  type Block,
  createTranslator,
  type Field,
  type Inline,
  type Presentation,
  plainText,
  type Section,
} from '../../../src/index.js';
import { BLOCK_KIT_LIMITS, type SlackBlock } from '../block-kit-limits.js';
import { clip, escapeMrkdwn, mrkdwnLink, userMention } from '../escape.js';
import { type ActionsContext, actionsBlock, teamBlocks } from './actions.js';
import { codeFence, lineMrkdwn, mrkdwn } from './inline.js';

export interface ChromeOptions extends ActionsContext {
  /** Who shared the answer into the channel (a Slack user id), named in the footer. */
  sharedBy?: string | undefined;
}

/** Widest table (in characters) still shown as aligned columns in a code block. */
const MONOSPACE_WIDTH = 72;
const COLUMN_GAP = '  ';

/** Escaped text of at most `max` characters: clipped before escaping, shorter until it fits. */
function escapeWithin(value: string, max: number): string {
  let length = max;
  for (let round = 0; round < 8; round++) {
    const escaped = escapeMrkdwn(clip(value, length));
    if (escaped.length <= max) return escaped;
    length -= escaped.length - max;
  }
  return escapeMrkdwn(clip(value.replace(/[&<>]/g, ''), max));
}

/** The header is plain_text, which Slack decodes entities in too: escaped like mrkdwn. */
export function header(title: string): types.HeaderBlock {
  const text = escapeWithin(title.trim() || 'portbot', BLOCK_KIT_LIMITS.headerText);
  return { type: 'header', text: { type: 'plain_text', text, emoji: true } };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

function textSection(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, BLOCK_KIT_LIMITS.sectionText) } };
}

/** Fields show as two columns on a desktop (one on a phone); `text` sits above them. */
function fieldsSection(fields: readonly string[], text: string): types.SectionBlock {
  return {
    type: 'section',
    ...(text.trim() ? { text: { type: 'mrkdwn', text: clip(text, BLOCK_KIT_LIMITS.sectionText) } } : {}),
    fields: fields
      .slice(0, BLOCK_KIT_LIMITS.sectionFields)
      .map((value) => ({ type: 'mrkdwn', text: clip(value, BLOCK_KIT_LIMITS.fieldText) })),
  };
}

function cellText(cell: readonly Inline[]): string {
  return cell
    .map((span) => (span.kind === 'icon' ? (span.icon === 'warning' ? '⚠' : 'ℹ') : span.text))
    .join('');
}

/**
 * A narrow table as aligned columns in a code block; a wide one (long cells would wrap and break
 * the columns) as one line per row with its cells joined.
 */
function tableMrkdwn(block: Extract<Block, { kind: 'table' }>): string {
  const rows = block.rows.map((row) => block.columns.map((_, index) => row.cells[index] ?? []));
  const plain = rows.map((row) => row.map(cellText));
  const widths = block.columns.map((column, index) =>
    Math.max(column.label.length, ...plain.map((row) => row[index]?.length ?? 0)),
  );
  const width = widths.reduce((sum, value) => sum + value, 0) + COLUMN_GAP.length * (widths.length - 1);
  if (width <= MONOSPACE_WIDTH) {
    const pad = (cells: readonly string[]) =>
      cells
        .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
        .join(COLUMN_GAP)
        .trimEnd();
    return codeFence([pad(block.columns.map((column) => column.label)), ...plain.map(pad)]);
  }
  return rows
    .map((row) =>
      row
        .filter((cell) => plainText(cell).trim() !== '')
        .map(mrkdwn)
        .join(' · '),
    )
    .join('\n');
}

function fieldMrkdwn(field: Field): string {
  return [mrkdwn(field.label), ...field.value.map(lineMrkdwn)].join('\n');
}

/** What one presentation block becomes: mrkdwn text, or the fields of a section. */
export type Piece = { text: string } | { fields: string[] };

export function pieceOf(block: Block): Piece {
  switch (block.kind) {
    case 'lines':
      return { text: block.lines.map(lineMrkdwn).join('\n') };
    case 'fields':
      return { fields: block.fields.map(fieldMrkdwn) };
    case 'table':
      return { text: tableMrkdwn(block) };
    case 'code': {
      const about = [mrkdwn(block.label), mrkdwn(block.note)].filter((value) => value.trim()).join(' · ');
      return { text: `${about}\n${codeFence([block.code])}` };
    }
    case 'links':
      return { text: block.links.map((value) => mrkdwnLink(value.url, value.text)).join(' · ') };
  }
}

/** One piece on its own as a block: what fit.ts measures. */
export function pieceBlock(piece: Piece): types.SectionBlock {
  return 'fields' in piece ? fieldsSection(piece.fields, '') : textSection(piece.text);
}

export function headingMrkdwn(heading: string): string {
  return mrkdwn([{ kind: 'strong', text: heading }]);
}

/**
 * A section's blocks: the heading and neighbouring text pieces share one section block while they
 * fit in it; fields get a block of their own, with any text before them above the columns.
 */
export function sectionBlocks(section: Section): types.SectionBlock[] {
  const out: types.SectionBlock[] = [];
  let pending = section.heading !== undefined ? headingMrkdwn(section.heading) : '';
  for (const block of section.blocks) {
    const piece = pieceOf(block);
    if ('fields' in piece) {
      out.push(fieldsSection(piece.fields, pending));
      pending = '';
      continue;
    }
    if (!piece.text.trim()) continue;
    const joined = pending ? `${pending}\n${piece.text}` : piece.text;
    if (joined.length <= BLOCK_KIT_LIMITS.sectionText) pending = joined;
    else {
      if (pending.trim()) out.push(textSection(pending));
      pending = piece.text;
    }
  }
  if (pending.trim()) out.push(textSection(pending));
  return out;
}

/** "Shared by <@U…>": the only markup not escaped, a mention of a checked user id. */
function sharedByMrkdwn(userId: string | undefined, lang: Presentation['lang']): string | undefined {
  const mention = userMention(userId);
  if (!mention) return undefined;
  const marker = '\u0000';
  const spans = createTranslator(lang).rich('footer.sharedBy', { user: marker });
  return mrkdwn(spans).replace(marker, mention);
}

/**
 * The context line under the answer: the trim note and the data line (and who shared it), as
 * elements that Slack sets side by side.
 */
export function footer(presentation: Presentation, sharedBy?: string): types.ContextBlock | undefined {
  const note = presentation.trimmed?.note ? mrkdwn(presentation.trimNote) : '';
  const data = [mrkdwn(presentation.data), sharedByMrkdwn(sharedBy, presentation.lang)].filter(
    (value): value is string => Boolean(value?.trim()),
  );
  const elements = [note, data.join(escapeMrkdwn(' · '))]
    .filter((value) => value.trim() !== '')
    .map((value) => ({ type: 'mrkdwn' as const, text: clip(value, BLOCK_KIT_LIMITS.contextText) }));
  return elements.length > 0 ? { type: 'context', elements } : undefined;
}

/** Everything around the sections: header, footer, buttons. Dividers are counted by the caller. */
export function chromeBlocks(presentation: Presentation, options: ChromeOptions): SlackBlock[] {
  const end = [footer(presentation, options.sharedBy), actionsBlock(presentation, options)];
  return [
    header(presentation.title),
    ...end.filter((block) => block !== undefined),
    ...teamBlocks(presentation, options),
  ];
}

/**
 * @example toBlocks(fitted, { answerOs: null })[0] // { type: 'header', text: { text: 'Port 22 — …' } }
 */
export function toBlocks(presentation: Presentation, options: ChromeOptions): SlackBlock[] {
  const [head, ...end] = chromeBlocks(presentation, options);
  const body: SlackBlock[] = [];
  let part: number | null = null;
  for (const section of presentation.sections) {
    if (section.part !== null) {
      if (part !== null && section.part !== part) body.push(divider());
      part = section.part;
    }
    body.push(...sectionBlocks(section));
  }
  return [...(head ? [head] : []), ...body, ...end];
}
