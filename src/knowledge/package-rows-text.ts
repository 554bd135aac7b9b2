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
import { portRegions, withPortBuckets } from './port-buckets.js';
import type { SearchableText } from './searchable-text.js';

export function toPackageRowsText(rows: PackageRows): string {
  let text = '\n';
  for (const [key, [name, description]] of rows.entries()) text += `${key}\t${name}\t${description}\n`;
  return withPortBuckets(
    text.replace(/[\u0080-\uffff]|\\/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

const decodeEscapes = (line: string): string =>
  line.includes('\\')
    ? line.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : line;

const rowOf = (line: string): [string, PackageRow] => {
  const [key = '', name = '', description = ''] = decodeEscapes(line).split('\t');
  return [key, [name, description]];
};

/** Reads rows written by `toPackageRowsText` (sorted by port, with the port-block header). */
export function createTextPackageRows(text: SearchableText): PackageRows {
  const regions = portRegions(text);
  return {
    get(key) {
      // The block of the key's port only: a few kilobytes, not the whole text.
      const region = text.slice(...regions.port(Number.parseInt(key, 10) || 0));
      const at = region.indexOf(`\n${key}\t`);
      return at === -1 ? undefined : rowOf(region.slice(at + 1, region.indexOf('\n', at + 1)))[1];
    },
    *entries() {
      const [start, end] = regions.body();
      for (const line of text.slice(start + 1, end - 1).split('\n')) yield rowOf(line);
    },
  };
}
