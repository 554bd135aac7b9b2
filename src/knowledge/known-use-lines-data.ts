/**
 * The curated uses as known-use lines (known-use-lines.ts). From source they are made from the
 * validated data files; the CLI's build swaps this module for one that reads the same text from
 * beside the bundle (dist/data/known-uses.txt), written from data the build validated.
 */
import { encodeKnownUseLines } from './known-use-lines.js';
import { loadKnownUses } from './load-known-uses.js';
import type { SearchableText } from './searchable-text.js';

export function readKnownUseLines(): SearchableText {
  return encodeKnownUseLines(loadKnownUses());
}
