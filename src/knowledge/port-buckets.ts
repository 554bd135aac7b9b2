/**
 * A header that says where each block of lines begins in a sorted text, so that a lookup decodes
 * and searches a few kilobytes instead of the whole text (the CLI's data files are ~0.5 MB each,
 * and scanning them whole was a visible part of its start-up). Lines sorted by port use blocks of
 * 256 ports; the names table (name-table.ts) uses a block per first character.
 *
 *   "#" o0 "," o1 "," … "," oN  then the body, which begins with "\n"
 *
 * `oK` is the offset (in the whole text, fixed width) of the "\n" before the first line of block K
 * or later; `oN` is where the blocked lines end (anything after them, such as the curated ranges,
 * follows). A text without the header is searched whole.
 */
import type { SearchableText } from './searchable-text.js';

const PORT_BLOCK = 256;
const PORT_BLOCKS = 65536 / PORT_BLOCK;
const WIDTH = 8;
const headerLength = (blocks: number) => 1 + (blocks + 1) * (WIDTH + 1) - 1;

/**
 * The body with its header. `body` starts with "\n"; `blockOf` gives each line's block, in
 * ascending order through the body, or `blocks` (or more) for the lines after the blocked ones.
 */
export function withBlocks(body: string, blocks: number, blockOf: (line: string) => number): string {
  const header = headerLength(blocks);
  const offsets: number[] = [];
  let block = 0;
  let at = 0;
  // Each turn moves to the next line; the blocks are filled at most once each.
  while (at !== -1 && at < body.length - 1 && block <= blocks) {
    const end = body.indexOf('\n', at + 1);
    const reached = Math.min(blockOf(body.slice(at + 1, end === -1 ? undefined : end)), blocks);
    while (block <= reached) offsets[block++] = header + at;
    at = end;
  }
  while (block <= blocks) offsets[block++] = header + body.length - 1;
  return `#${offsets.map((offset) => String(offset).padStart(WIDTH, '0')).join(',')}${body}`;
}

/** Where to look, as [start, end) of the text. */
export interface BlockRegions {
  /** Block K, up to and including the "\n" that ends its last line. */
  block(block: number): [number, number];
  /** What follows the blocked lines. */
  after(): [number, number];
  /** The whole body, header excluded. */
  body(): [number, number];
}

export function blockRegions(text: SearchableText, blocks: number): BlockRegions {
  if (text.slice(0, 1) !== '#') {
    const whole: [number, number] = [0, text.length];
    return { block: () => whole, after: () => whole, body: () => whole };
  }
  const header = headerLength(blocks);
  const offsets = text
    .slice(1, header)
    .split(',')
    .map((offset) => Number(offset));
  const at = (block: number) => offsets[block] ?? text.length - 1;
  return {
    block: (block) => {
      const clamped = Math.min(Math.max(block, 0), blocks - 1);
      return [at(clamped), at(clamped + 1) + 1];
    },
    after: () => [at(blocks), text.length],
    body: () => [header, text.length],
  };
}

const portBlockOf = (line: string) => {
  const port = /^\d+/.exec(line);
  return port ? Math.floor(Number(port[0]) / PORT_BLOCK) : PORT_BLOCKS;
};

/** Lines that begin with a port number, ascending, then any other lines. */
export const withPortBuckets = (body: string): string => withBlocks(body, PORT_BLOCKS, portBlockOf);

export interface PortRegions {
  port(port: number): [number, number];
  afterPorts(): [number, number];
  body(): [number, number];
}

export function portRegions(text: SearchableText): PortRegions {
  const regions = blockRegions(text, PORT_BLOCKS);
  return {
    port: (port) => regions.block(Math.floor(port / PORT_BLOCK)),
    afterPorts: regions.after,
    body: regions.body,
  };
}

/** One block per first character code below 128; escaped (non-ASCII) keys start with "\". */
const KEY_BLOCKS = 128;
const keyBlockOf = (line: string) => line.charCodeAt(0);

/**
 * "key\tvalue" lines, sorted by key as written, behind a block per first character: what the
 * names table and the Korean text lines are. Keys and values must already be ASCII.
 */
export function withKeyBlocks(lines: readonly string[]): string {
  const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return withBlocks(`\n${sorted.join('\n')}\n`, KEY_BLOCKS, keyBlockOf);
}

/** Reads a text written by `withKeyBlocks`: the value of a key's line, or undefined. */
export function keyedLines(text: SearchableText): {
  value(key: string): string | undefined;
  body(): [number, number];
} {
  const regions = blockRegions(text, KEY_BLOCKS);
  return {
    value: (key) => {
      const region = text.slice(...regions.block(keyBlockOf(key)));
      const prefix = `\n${key}\t`;
      const at = region.indexOf(prefix);
      return at === -1 ? undefined : region.slice(at + prefix.length, region.indexOf('\n', at + 1));
    },
    body: regions.body,
  };
}
