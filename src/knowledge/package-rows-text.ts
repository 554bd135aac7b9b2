/**
 * The same rows as one text blob, "\nport/proto\tname\tdescription\n…": a string literal that V8
 * scans in about a millisecond, where the JSON object costs ~10 ms to parse and allocate. A
 * one-port answer finds its rows with `indexOf` and never builds the other 12,000.
 */
import type { PackageRow, PackageRows } from './package-rows.js';

export function toPackageRowsText(rows: PackageRows): string {
  let text = '\n';
  for (const [key, [name, description]] of rows.entries()) text += `${key}\t${name}\t${description}\n`;
  return text;
}

export function createTextPackageRows(text: string): PackageRows {
  const rowAt = (start: number): [string, PackageRow] => {
    const end = text.indexOf('\n', start);
    const [key = '', name = '', description = ''] = text.slice(start, end).split('\t');
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
