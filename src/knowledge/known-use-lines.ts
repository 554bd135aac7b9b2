/**
 * The curated uses as text, one entry a line, so that a one-port question parses only the entries
 * it needs instead of all 1,400 (`JSON.parse` of the whole list and the collections it triggers
 * were a large part of the CLI's cold start):
 *
 *   "#…"                  where each block of 256 ports begins (port-buckets.ts)
 *   "\n"                  so that every line can be found as "\n<key>\t"
 *   "<port>\t<entry>\n"   entries of one port, grouped by port in ascending order
 *   "r\t<entry>\n"        entries that cover a range (Kubernetes NodePorts, RPC dynamic)
 *
 * Each entry is the JSON of a `KnownUse` the build already validated. The CLI's build writes this
 * text (dist/data/known-uses.txt); the service keeps the parsed list.
 */
import type { KnownUse } from './known-use.js';
import { portRegions, withPortBuckets } from './port-buckets.js';
import { escapeNonAscii, type SearchableText } from './searchable-text.js';

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
  return withPortBuckets(text);
}

const asciiJson = (entry: KnownUse) => escapeNonAscii(JSON.stringify(entry));

export function createKnownUseLines(text: SearchableText): KnownUseSource {
  const regions = portRegions(text);
  /** Parses the consecutive lines that start with `key` + tab, within one region of the text. */
  const linesOf = (key: string, [start, end]: [number, number]): KnownUse[] => {
    const region = text.slice(start, end);
    const prefix = `\n${key}\t`;
    const found: KnownUse[] = [];
    let at = region.indexOf(prefix);
    // Each turn moves past one line, so the loop ends at the last line with this key.
    while (at !== -1 && region.startsWith(prefix, at)) {
      const lineEnd = region.indexOf('\n', at + prefix.length);
      found.push(JSON.parse(region.slice(at + prefix.length, lineEnd)) as KnownUse);
      at = lineEnd;
    }
    return found;
  };
  return {
    forPort: (port) => linesOf(String(port), regions.port(port)),
    ranges: () => linesOf('r', regions.afterPorts()),
    all: () => {
      const [start, end] = regions.body();
      return text
        .slice(start + 1, end - 1)
        .split('\n')
        .map((line) => JSON.parse(line.slice(line.indexOf('\t') + 1)) as KnownUse);
    },
  };
}
