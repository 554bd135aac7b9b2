import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../src/knowledge/iana-import/csv-reader.js';

describe('parseCsv (RFC 4180)', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'CRLF between records',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['empty fields', ',,\n', [['', '', '']]],
    ['trailing comma at the end of the text', 'a,', [['a', '']]],
    ['quoted comma', '"a,b",c\n', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['only a doubled quote', '"""",x\n', [['"', 'x']]],
    ['empty quoted field', '"",x\n', [['', 'x']]],
    ['LF inside a quoted field', '"line 1\nline 2",x\r\n', [['line 1\nline 2', 'x']]],
    ['CRLF inside a quoted field becomes LF', '"line 1\r\nline 2",x\r\n', [['line 1\nline 2', 'x']]],
    ['blank lines are skipped', 'a\n\nb\r\n\r\n', [['a'], ['b']]],
    ['a leading BOM is ignored', '\uFEFFa,b\n', [['a', 'b']]],
    ['lone CR ends a record', 'a\rb\r', [['a'], ['b']]],
    ['empty text', '', []],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, value: rows });
  });

  it.each([
    ['unterminated quote at the end', 'a,b\n1,"never\nclosed', 'unterminated_quote', 2],
    ['quote inside an unquoted field', 'a,b\n1,x"y\n', 'unexpected_quote', 2],
    ['text after a closing quote', 'a\n"x"y,2\n', 'text_after_quote', 2],
    ['line numbers count line breaks inside quotes', '"a\nb\nc"\n"open', 'unterminated_quote', 4],
  ])('%s → %s', (_name, text, code, line) => {
    const result = parseCsv(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ code, line });
  });

  it('refuses more records than allowed', () => {
    const result = parseCsv('a\nb\nc\n', { maxRows: 2 });
    expect(result.ok ? undefined : result.problem.code).toBe('too_many_rows');
  });

  it('gives the line each record starts on, counting breaks inside quotes and blank lines', () => {
    expect(parseCsvRecords('a,b\r\n"x\ny\nz",1\r\n\r\nlast,2\r\n')).toEqual({
      ok: true,
      value: {
        rows: [
          ['a', 'b'],
          ['x\ny\nz', '1'],
          ['last', '2'],
        ],
        lines: [1, 2, 6],
      },
    });
  });
});
