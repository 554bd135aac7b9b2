/**
 * The same rows as one text blob, "\nport/proto\tname\tdescription\n…": a string literal that V8
 * scans in about a millisecond, where the JSON object costs ~10 ms to parse and allocate. A
 * one-port answer finds its rows with `indexOf` and never builds the other 12,000.
 *
 * The text is ASCII: the few non-ASCII characters (and backslashes) are written as \uXXXX, so the
 * CLI can read the file as latin1 into a one-byte string, which reads and searches several times
 * faster than a UTF-8 string holding a single "É".
 */
import type { PackageRow, PackageRows } from './package-rows.js';
import type { SearchableText } from './searchable-text.js';

export function toPackageRowsText(rows: PackageRows): string {
  let text = '\n';
  for (const [key, [name, description]] of rows.entries()) text += `${key}\t${name}\t${description}\n`;
  return text.replace(
    /[\u0080-\uffff]|\\/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const unescape = (line: string): string =>
  line.includes('\\')
    ? line.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : line;

export function createTextPackageRows(text: SearchableText): PackageRows {
  const rowAt = (start: number): [string, PackageRow] => {
    const end = text.indexOf('\n', start);
    const [key = '', name = '', description = ''] = unescape(text.slice(start, end)).split('\t');
    return [key, [name, description]];
  };
  return {
    get(key) {
      const at = text.indexOf(`\n${key}\t`);
      return at === -1 ? undefined : rowAt(at + 1)[1];
    },
    *entries() {
      for (let at = 1; at < text.length; at = text.indexOf('\n', at) + 1) yield rowAt(at);
    },
  };
}
