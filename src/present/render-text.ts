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

/**
 * The columns a text takes in a terminal, so that a Korean table lines up as an English one does.
 * A loop over code units, not a global regex match: every cell is measured twice per table, and
 * the match built an array of every Korean character.
 */
function columnsOf(text: string): number {
  let columns = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x1100) continue;
    for (const [first, last] of WIDE)
      if (unit >= first && unit <= last) {
        columns++;
        break;
      }
  }
  return columns;
}

/** Pads by the plain width, so colour codes do not shift the columns. */
function padded(cell: readonly Inline[], width: number, s: TextStyle): string {
  const plain = columnsOf(plainText(cell));
  return `${spans(cell, s)}${' '.repeat(Math.max(1, width - plain + 2))}`;
}

function tableLines(
  columns: readonly { label: string }[],
  rows: readonly TableRow[],
  s: TextStyle,
): string[] {
  const widths = columns.map((column, index) =>
    Math.min(
      MAX_COLUMN,
      Math.max(columnsOf(column.label), ...rows.map((row) => columnsOf(plainText(row.cells[index] ?? [])))),
    ),
  );
  const render = (cells: readonly (readonly Inline[])[]) =>
    `${INDENT}${cells
      .map((cell, index) =>
        index === cells.length - 1 ? spans(cell, s) : padded(cell, widths[index] ?? 0, s),
      )
      .join('')}`.trimEnd();
  const header = `${INDENT}${s.dim(
    columns
      .map((column, index) =>
        index === columns.length - 1
          ? column.label
          : column.label + ' '.repeat(Math.max(1, (widths[index] ?? 0) + 2 - columnsOf(column.label))),
      )
      .join('')
      .toUpperCase(),
  )}`;
  return [header, ...rows.map((row) => render(columns.map((_, index) => row.cells[index] ?? [])))];
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
