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
import { blockRegions, withBlocks } from './port-buckets.js';
import { escapeNonAscii, type SearchableText } from './searchable-text.js';
import { normalizeName } from './synonyms.js';

/** One block per first character code below 128; escaped (non-ASCII) keys start with "\". */
const BLOCKS = 128;
const blockOf = (line: string) => line.charCodeAt(0);

type StoredLookup = Omit<NameLookup, 'entries'> & { entries: [number, string][] };

export function encodeNameTable(index: NameIndex): string {
  const lines: string[] = [];
  for (const key of index.keys) {
    const found = index.lookup(key);
    if (!found) continue;
    const stored: StoredLookup = { ...found, entries: found.entries.map((entry) => [entry.port, entry.id]) };
    lines.push(`${escapeNonAscii(key)}\t${escapeNonAscii(JSON.stringify(stored))}`);
  }
  // Sorted as written (escaped), so that each first character's lines are together.
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return withBlocks(`\n${lines.join('\n')}\n`, BLOCKS, blockOf);
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
  const regions = blockRegions(text, BLOCKS);
  const lookup = (word: string): NameLookup | undefined => {
    const key = escapeNonAscii(normalizeName(word));
    if (!key) return undefined;
    const region = text.slice(...regions.block(blockOf(key)));
    const prefix = `\n${key}\t`;
    const at = region.indexOf(prefix);
    if (at === -1) return undefined;
    const stored = JSON.parse(region.slice(at + prefix.length, region.indexOf('\n', at + 1))) as StoredLookup;
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
