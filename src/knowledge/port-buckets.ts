/**
 * A header that says where each block of 256 ports begins in a text of lines sorted by port, so
 * that a one-port lookup decodes and searches a few kilobytes instead of the whole text (the CLI's
 * data files are ~0.5 MB each, and scanning them whole was a visible part of its start-up).
 *
 *   "#" o0 "," o1 "," … "," o256  then the body, which begins with "\n"
 *
 * `oK` is the offset (in the whole text, fixed width) of the "\n" before the first line whose port
 * is at least 256·K; `o256` is where the numbered lines end (anything after them, such as the
 * curated ranges, follows). A text without the header is searched whole, as before.
 */
import type { SearchableText } from './searchable-text.js';

const BLOCK = 256;
const BLOCKS = 65536 / BLOCK;
const WIDTH = 7;
/** "#" and BLOCKS + 1 fixed-width offsets, comma-separated. */
const HEADER_LENGTH = 1 + (BLOCKS + 1) * (WIDTH + 1) - 1;

/**
 * The body with its header. `body` starts with "\n" and holds lines that begin with a port number,
 * in ascending order, then any other lines.
 */
export function withPortBuckets(body: string): string {
  const offsets: number[] = [];
  let block = 0;
  let at = 0;
  while (at !== -1 && at < body.length - 1 && block <= BLOCKS) {
    const port = /^\d+/.exec(body.slice(at + 1, at + 7));
    const reached = port ? Math.floor(Number(port[0]) / BLOCK) : BLOCKS;
    while (block <= reached && block <= BLOCKS) offsets[block++] = HEADER_LENGTH + at;
    at = body.indexOf('\n', at + 1);
  }
  while (block <= BLOCKS) offsets[block++] = HEADER_LENGTH + body.length - 1;
  return `#${offsets.map((offset) => String(offset).padStart(WIDTH, '0')).join(',')}${body}`;
}

/** Where to look, as [start, end) of the text: the block of a port, or what follows the ports. */
export interface PortRegions {
  port(port: number): [number, number];
  afterPorts(): [number, number];
  /** The whole body, header excluded. */
  body(): [number, number];
}

export function portRegions(text: SearchableText): PortRegions {
  if (text.slice(0, 1) !== '#') {
    const whole: [number, number] = [0, text.length];
    return { port: () => whole, afterPorts: () => whole, body: () => whole };
  }
  const offsets = text
    .slice(1, HEADER_LENGTH)
    .split(',')
    .map((offset) => Number(offset));
  const at = (block: number) => offsets[block] ?? text.length - 1;
  return {
    // Up to and including the "\n" that ends the block's last line.
    port: (port) => {
      const block = Math.min(Math.max(Math.floor(port / BLOCK), 0), BLOCKS - 1);
      return [at(block), at(block + 1) + 1];
    },
    afterPorts: () => [at(BLOCKS), text.length],
    body: () => [HEADER_LENGTH, text.length],
  };
}
