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
  for (const entry of singles) text += `${entry.port}\t${JSON.stringify(entry)}\n`;
  for (const entry of ranges) text += `r\t${JSON.stringify(entry)}\n`;
  return text;
}

export function createKnownUseLines(text: string): KnownUseSource {
  /** Parses the consecutive lines that start with `key` + tab, from the first such line on. */
  const linesOf = (key: string): KnownUse[] => {
    const prefix = `\n${key}\t`;
    const found: KnownUse[] = [];
    let at = text.indexOf(prefix);
    // Each turn moves past one line, so the loop ends at the last line with this key.
    while (at !== -1 && text.startsWith(prefix, at)) {
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
