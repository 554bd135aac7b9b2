/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line breaks inside quotes,
 * CRLF or LF between records. IANA's registry needs all of it (multi-line descriptions, some copies
 * with CRLF between records and LF inside fields), so a split on commas and newlines would not do.
 * Malformed input comes back as a value with a stable code, never as an exception.
 */

import { type Failed, ok, type Result } from '../../result.js';

export type CsvErrorCode = 'unterminated_quote' | 'unexpected_quote' | 'text_after_quote' | 'too_many_rows';

export interface CsvError {
  code: CsvErrorCode;
  /** 1-based line where the faulty record starts (or where the fault is). */
  line: number;
  message: string;
}

export type CsvResult = Result<string[][], CsvError>;

export interface CsvOptions {
  /** Stops runaway input: more records than this is an error. */
  maxRows?: number;
}

/** Far above the ~15,000 records of IANA's registry. */
export const DEFAULT_MAX_CSV_ROWS = 1_000_000;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

function countLineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

type FieldRead = { ok: true; value: string; next: number } | Failed<CsvError>;

/** Reads a quoted field starting at the opening quote; `next` is just past the closing quote. */
function readQuoted(text: string, open: number, line: number): FieldRead {
  let value = '';
  let start = open + 1;
  // Each turn consumes at least one character, so the loop ends by the end of the text.
  for (;;) {
    const quote = text.indexOf('"', start);
    if (quote === -1) {
      return {
        ok: false,
        problem: {
          code: 'unterminated_quote',
          line,
          message: `a quoted field opened on line ${line} never closes (the text ends inside it)`,
        },
      };
    }
    if (text.charCodeAt(quote + 1) === QUOTE) {
      value += text.slice(start, quote + 1);
      start = quote + 2;
      continue;
    }
    value += text.slice(start, quote);
    // Inside a field a line break is content: normalise CRLF so every copy reads the same.
    return {
      ok: true,
      value: value.includes('\r\n') ? value.replaceAll('\r\n', '\n') : value,
      next: quote + 1,
    };
  }
}

function readPlain(text: string, start: number, line: number): FieldRead {
  let end = start;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === COMMA || code === LF || code === CR) break;
    if (code === QUOTE) {
      return {
        ok: false,
        problem: {
          code: 'unexpected_quote',
          line,
          message: `line ${line} has a quote inside an unquoted field`,
        },
      };
    }
    end++;
  }
  return { ok: true, value: text.slice(start, end), next: end };
}

/**
 * Splits CSV text into records of fields. Blank lines are skipped; a leading BOM is ignored.
 * @example parseCsv('a,"b ""c"""\r\n1,"x\ny"\r\n') // → rows [['a', 'b "c"'], ['1', 'x\ny']]
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvResult {
  const read = parseCsvRecords(text, options);
  return read.ok ? ok(read.value.rows) : read;
}

/** Records and, for each, the 1-based line it starts on (a record may span lines). */
export type CsvRecordsResult = Result<{ rows: string[][]; lines: number[] }, CsvError>;

/**
 * parseCsv, plus the line each record starts on, for messages that point into the file.
 * @example parseCsvRecords('a\n"b\nc"\nd\n') // → rows [['a'], ['b\nc'], ['d']], lines [1, 2, 4]
 */
export function parseCsvRecords(text: string, options: CsvOptions = {}): CsvRecordsResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_CSV_ROWS;
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let at = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  let rowLine = 1;
  if (at >= text.length) return ok({ rows, lines });
  // Every turn reads one field and moves `at` forward by at least one character or ends.
  for (;;) {
    const quoted = text.charCodeAt(at) === QUOTE;
    const read = quoted ? readQuoted(text, at, line) : readPlain(text, at, line);
    if (!read.ok) return read;
    if (quoted) line += countLineBreaks(text.slice(at, read.next));
    row.push(read.value);
    at = read.next;
    const code = at < text.length ? text.charCodeAt(at) : -1;
    if (code === COMMA) {
      at++;
      continue;
    }
    if (code !== -1 && code !== LF && code !== CR) {
      return {
        ok: false,
        problem: {
          code: 'text_after_quote',
          line,
          message: `line ${line} has text after a closing quote (a quote inside a field must be doubled)`,
        },
      };
    }
    // A record ends. A blank line reads as one empty field: skip it.
    if (row.length > 1 || row[0] !== '') {
      rows.push(row);
      lines.push(rowLine);
    }
    if (rows.length > maxRows) {
      return {
        ok: false,
        problem: { code: 'too_many_rows', line: rowLine, message: `more than ${maxRows} records` },
      };
    }
    row = [];
    if (code === -1) return ok({ rows, lines });
    at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
    line++;
    rowLine = line;
    if (at >= text.length) return ok({ rows, lines });
  }
}
