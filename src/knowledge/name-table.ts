/**
 * The names index's exact lookups, written out once, so that `portbot redis` parses one line
 * instead of building the index from 13,000 registry records and 1,400 curated entries (~300 ms of
 * a CLI start-up). The CLI's build writes it (dist/data/names.txt) from the very index the service
 * builds; typo suggestions and completion still build that index, on their first use.
 *
 *   header          where each first character's block begins (port-buckets.ts)
 *   "\n"            so that every line can be found as "\n<key>\t"
 *   "<key>\t<json>" one line per name that means something, sorted by key: the lookup, with its
 *                   curated entries as [port, id] pairs (they are read from the curated lines)
 *
 * ASCII throughout: anything else is written as \uXXXX, in keys as in JSON.
 */
import type { KnownUse } from './known-use.js';
import type { NameIndex, NameLookup } from './name-index.js';
import { keyedLines, withKeyBlocks } from './port-buckets.js';
import { escapeNonAscii, type SearchableText } from './searchable-text.js';
import { normalizeName } from './synonyms.js';

type StoredLookup = Omit<NameLookup, 'entries'> & { entries: [number, string][] };

export function encodeNameTable(index: NameIndex): string {
  const lines: string[] = [];
  for (const key of index.keys) {
    const found = index.lookup(key);
    if (!found) continue;
    const stored: StoredLookup = { ...found, entries: found.entries.map((entry) => [entry.port, entry.id]) };
    lines.push(`${escapeNonAscii(key)}\t${escapeNonAscii(JSON.stringify(stored))}`);
  }
  return withKeyBlocks(lines);
}

/**
 * The index for exact lookups, from the table; `entry` finds a curated entry by port and id, and
 * `full` builds the whole index for what the table does not hold (suggestions, completion, size).
 */
export function createNameTableIndex(
  text: SearchableText,
  entry: (port: number, id: string) => KnownUse | undefined,
  full: () => NameIndex,
): NameIndex {
  const lines = keyedLines(text);
  const lookup = (word: string): NameLookup | undefined => {
    const key = escapeNonAscii(normalizeName(word));
    const value = key ? lines.value(key) : undefined;
    if (value === undefined) return undefined;
    const stored = JSON.parse(value) as StoredLookup;
    const entries = stored.entries
      .map(([port, id]) => entry(port, id))
      .filter((found) => found !== undefined);
    return { ...stored, entries };
  };
  return {
    lookup,
    suggest: (word, limit) => full().suggest(word, limit),
    complete: (prefix, limit) => full().complete(prefix, limit),
    get keys() {
      return full().keys;
    },
    get size() {
      return full().size;
    },
  };
}
