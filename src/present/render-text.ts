/**
 * Presentation → plain text: the terminal's output and the chat fallback. A thin mapping with no
 * wording of its own — every word comes from the presentation; this only lays it out (indents,
 * bullets, padded table columns) and styles spans (colour on a TTY through `TextStyle`).
 */
import { PLAIN_STYLE, type TextStyle } from '../report/text-style.js';
import { plainText, spanText } from './catalog/index.js';
import type { Block, IconName, Inline, Line, Presentation, TableRow } from './model.js';

const INDENT = '  ';
const MAX_COLUMN = 40;
const ICONS: Record<IconName, string> = { warning: '⚠', info: 'ℹ' };

function inline(span: Inline, s: TextStyle): string {
  switch (span.kind) {
    case 'text':
      return span.text;
    case 'strong':
      return s.strong(span.text);
    case 'code':
      return s.code(span.text);
    case 'warning':
      return s.warn(span.text);
    case 'muted':
      return s.dim(span.text);
    case 'link':
      return span.text === span.url ? s.dim(span.url) : `${span.text} ${s.dim(span.url)}`;
    case 'icon':
      return s.warn(ICONS[span.icon]);
  }
}

function spans(list: readonly Inline[], s: TextStyle): string {
  return list.map((span) => inline(span, s)).join('');
}

function lineText(value: Line, depth: number, s: TextStyle): string {
  const indent = INDENT.repeat(depth + (value.level ?? 0));
  return `${indent}${value.bullet ? '• ' : ''}${spans(value.spans, s)}`;
}

/** Hangul, CJK and full-width forms take two columns of a terminal: [first, last] code units. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
];

/** Any wide code unit: most cells have none, and a native scan says so without a loop here. */
const HAS_WIDE = new RegExp(`[${WIDE.map(([first, last]) => `\\u${hex(first)}-\\u${hex(last)}`).join('')}]`);

function hex(unit: number): string {
  return unit.toString(16).padStart(4, '0');
}

/**
 * Widths of texts with wide characters, by text: a Korean table's cells are mostly the same few
 * hundred roles and labels, and walking them again cost more than the rest of the table.
 * Bounded: emptied when full.
 */
const wideColumns = new Map<string, number>();
const WIDE_COLUMNS_MAX = 4096;

/**
 * The columns a text takes in a terminal, so that a Korean table lines up as an English one does.
 * A text without a wide character (most cells, and every English one) is never walked.
 */
function columnsOf(text: string): number {
  if (!HAS_WIDE.test(text)) return text.length;
  let columns = wideColumns.get(text);
  if (columns === undefined) {
    columns = countColumns(text);
    if (wideColumns.size >= WIDE_COLUMNS_MAX) wideColumns.clear();
    wideColumns.set(text, columns);
  }
  return columns;
}

function countColumns(text: string): number {
  let columns = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x1100 && WIDE.some(([first, last]) => unit >= first && unit <= last)) columns++;
  }
  return columns;
}

function tableLines(
  columns: readonly { label: string }[],
  rows: readonly TableRow[],
  s: TextStyle,
): string[] {
  // Each cell measured once, by its plain text, so colour codes do not shift the columns.
  const cells = rows.map((row) => columns.map((_, index) => row.cells[index] ?? []));
  const cellColumns = cells.map((row) => row.map((cell) => columnsOf(plainText(cell))));
  const labelColumns = columns.map((column) => columnsOf(column.label));
  const widths = labelColumns.map((label, index) =>
    Math.min(
      MAX_COLUMN,
      cellColumns.reduce((widest, row) => Math.max(widest, row[index] ?? 0), label),
    ),
  );
  const last = columns.length - 1;
  const gap = (index: number, used: number) => ' '.repeat(Math.max(1, (widths[index] ?? 0) + 2 - used));
  const header = `${INDENT}${s.dim(
    columns
      .map((column, index) =>
        index === last ? column.label : column.label + gap(index, labelColumns[index] ?? 0),
      )
      .join('')
      .toUpperCase(),
  )}`;
  const body = cells.map((row, rowIndex) => {
    let out = INDENT;
    row.forEach((cell, index) => {
      out += spans(cell, s);
      if (index !== last) out += gap(index, cellColumns[rowIndex]?.[index] ?? 0);
    });
    return out.trimEnd();
  });
  return [header, ...body];
}

function blockLines(block: Block, s: TextStyle): string[] {
  switch (block.kind) {
    case 'lines':
      return block.lines.map((value) => lineText(value, 1, s));
    case 'fields':
      return block.fields.flatMap((field) => [
        `${INDENT}• ${spans(field.label, s)}`,
        ...field.value.map((value) => lineText(value, 2, s)),
      ]);
    case 'table':
      return tableLines(block.columns, block.rows, s);
    case 'code':
      return [
        `${INDENT.repeat(2)}${s.dim(`# ${block.label.map(spanText).join('')}: ${plainText(block.note)}`)}`,
        `${INDENT.repeat(2)}${s.code(block.code)}`,
      ];
    case 'links':
      return block.links.map((value) => `${INDENT}${value.text} ${s.dim(value.url)}`);
  }
}

/**
 * @example renderPresentationText(presentAnswer(answer)).split('\n')[0]
 * // "Port 22 — OpenSSH, Dropbear · System port (0–1023)"
 */
export function renderPresentationText(presentation: Presentation, style: TextStyle = PLAIN_STYLE): string {
  const s = style;
  const lines = [s.heading(presentation.title)];
  for (const section of presentation.sections) {
    // A headed section starts a paragraph; an unheaded first one continues the title (a port's notes).
    if (section.heading !== undefined) lines.push('', s.heading(section.heading));
    else if (lines.length > 1) lines.push('');
    for (const block of section.blocks) lines.push(...blockLines(block, s));
  }
  if (presentation.trimmed?.note) lines.push('', spans(presentation.trimNote, s));
  if (presentation.data.length > 0) lines.push('', spans(presentation.data, s));
  return lines.join('\n');
}
