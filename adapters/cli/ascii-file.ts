/**
 * An ASCII data file as searchable text without decoding it whole: the search runs over the bytes
 * (`Buffer#indexOf`), and only the lines a question needs become strings. Decoding the registry
 * and the curated uses (~1 MB) as strings on every start cost the CLI more than answering.
 */
import { readFileSync } from 'node:fs';
import type { SearchableText } from '../../src/index.js';

export function readAsciiFile(path: string): SearchableText {
  const bytes = readFileSync(path);
  return {
    length: bytes.length,
    indexOf: (search, from) => bytes.indexOf(search, from, 'latin1'),
    slice: (start, end = bytes.length) => bytes.toString('latin1', start, end < 0 ? bytes.length + end : end),
  };
}
