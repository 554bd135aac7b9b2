/**
 * The curated uses as text, one entry a line, so that a one-port question parses only the entries
 * it needs instead of all 1,400 (`JSON.parse` of the whole list and the collections it triggers
 * were a large part of the CLI's cold start):
 *
 *   "\n"                  first, so that every line can be found as "\n<key>\t"
 *   "<port>\t<entry>\n"   entries of one port, grouped by port in ascending order
 *   "r\t<entry>\n"        entries that cover a range (Kubernetes NodePorts, RPC dynamic)
 *
 * Each entry is the JSON of a `KnownUse` the build already validated. The CLI's build writes this
 * text (dist/data/known-uses.txt); the service keeps the parsed list.
 */
import type { KnownUse } from './known-use.js';
import type { SearchableText } from './searchable-text.js';

/** Curated uses that can be read one port at a time. */
export interface KnownUseSource {
  /** The entries of exactly this port, in no particular order. */
  forPort(port: number): KnownUse[];
  /** The entries that cover a range, in no particular order. */
  ranges(): KnownUse[];
  /** Every entry, in no particular order. */
  all(): KnownUse[];
}

export function encodeKnownUseLines(entries: readonly KnownUse[]): string {
  const singles = entries.filter((entry) => entry.to === undefined).sort((a, b) => a.port - b.port);
  const ranges = entries.filter((entry) => entry.to !== undefined);
  let text = '\n';
  for (const entry of singles) text += `${entry.port}\t${asciiJson(entry)}\n`;
  for (const entry of ranges) text += `r\t${asciiJson(entry)}\n`;
  return text;
}

/**
 * JSON with every non-ASCII character escaped ("–" as \u2013), which `JSON.parse` reads back the
 * same. An ASCII-only file can be read as latin1 into a one-byte string: reading and searching it
 * then cost a fraction of what a UTF-8 string with a single "–" in it costs.
 */
function asciiJson(entry: KnownUse): string {
  return JSON.stringify(entry).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function createKnownUseLines(text: SearchableText): KnownUseSource {
  /** Parses the consecutive lines that start with `key` + tab, from the first such line on. */
  const linesOf = (key: string): KnownUse[] => {
    const prefix = `\n${key}\t`;
    const found: KnownUse[] = [];
    let at = text.indexOf(prefix);
    // Each turn moves past one line, so the loop ends at the last line with this key.
    while (at !== -1 && text.slice(at, at + prefix.length) === prefix) {
      const end = text.indexOf('\n', at + prefix.length);
      found.push(JSON.parse(text.slice(at + prefix.length, end)) as KnownUse);
      at = end;
    }
    return found;
  };
  return {
    forPort: (port) => linesOf(String(port)),
    ranges: () => linesOf('r'),
    all: () =>
      text
        .slice(1, -1)
        .split('\n')
        .map((line) => JSON.parse(line.slice(line.indexOf('\t') + 1)) as KnownUse),
  };
}
