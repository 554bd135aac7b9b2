/**
 * The Korean curated texts as lines, one use a line, so that a Korean answer parses the few uses
 * it shows instead of all 1,400 (parsing the whole ~330 kB file and building its map cost a Korean
 * CLI answer tens of milliseconds). The CLI's build writes them (dist/data/known-uses-ko.txt):
 *
 *   header            where each first character's block begins (port-buckets.ts)
 *   "<id>\t<json>"    a use's Korean note, security note and tip, sorted by id; ASCII (\uXXXX)
 */
import type { KoreanLabels, KoreanUseText, KoreanUseTexts } from './korean-texts.js';
import { keyedLines, withKeyBlocks } from './port-buckets.js';
import { escapeNonAscii, type SearchableText } from './searchable-text.js';

export function encodeKoreanUseTextLines(texts: ReadonlyMap<string, KoreanUseText>): string {
  return withKeyBlocks(
    [...texts].map(([id, text]) => `${escapeNonAscii(id)}\t${escapeNonAscii(JSON.stringify(text))}`),
  );
}

/**
 * The texts as a map that reads one line per `get`; iterating it (which no answer does) reads
 * them all.
 */
export function createKoreanUseTextLines(text: SearchableText, labels?: KoreanLabels): KoreanUseTexts {
  const lines = keyedLines(text);
  const found = new Map<string, KoreanUseText | undefined>();
  let all: Map<string, KoreanUseText> | undefined;
  const read = (id: string): KoreanUseText | undefined => {
    if (found.has(id)) return found.get(id);
    const line = lines.value(escapeNonAscii(id));
    const value = line === undefined ? undefined : (JSON.parse(line) as KoreanUseText);
    found.set(id, value);
    return value;
  };
  const whole = (): Map<string, KoreanUseText> => {
    if (all) return all;
    const [start, end] = lines.body();
    all = new Map();
    for (const line of text.slice(start + 1, end - 1).split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0)
        all.set(
          JSON.parse(`"${line.slice(0, tab)}"`) as string,
          JSON.parse(line.slice(tab + 1)) as KoreanUseText,
        );
    }
    return all;
  };
  const map: ReadonlyMap<string, KoreanUseText> = {
    get: read,
    has: (id) => read(id) !== undefined,
    get size() {
      return whole().size;
    },
    forEach: (callback, thisArg) => {
      for (const [id, value] of whole()) callback.call(thisArg, value, id, map);
    },
    entries: () => whole().entries(),
    keys: () => whole().keys(),
    values: () => whole().values(),
    [Symbol.iterator]: () => whole()[Symbol.iterator](),
  };
  return labels ? Object.assign(map, { labels }) : map;
}
