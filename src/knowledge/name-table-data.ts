/**
 * The names table (name-table.ts) of the embedded registry and the curated uses. From source it is
 * written on the spot, from the very index it stands for; the CLI's build swaps this module for one
 * that reads the same text from beside the bundle (dist/data/names.txt).
 */
import { createKnowledge } from './knowledge.js';
import { encodeNameTable } from './name-table.js';
import type { SearchableText } from './searchable-text.js';

export function readNameTable(): SearchableText {
  return encodeNameTable(createKnowledge().names());
}
