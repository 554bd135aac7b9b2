/**
 * When a word is a likely typo of a name: the one rule the names index and the product lookup
 * share, so that "postgress" finds PostgreSQL everywhere and "version" never becomes "reversion".
 */
import { distance } from 'fastest-levenshtein';
import { EVERYDAY_WORDS } from './everyday-words.js';

/** Shorter words are too often another word than a typo ("most" and Mosh, "deny" and Deno). */
export const MIN_TYPO_LENGTH = 5;

/** Edits allowed for a word of this length: one, two from eight letters on ("elasticsearh"). */
export function maxTypoEdits(length: number): number {
  return length < 8 ? 1 : 2;
}

/** Whether a (normalised) word may be a typo at all: long enough and not an everyday word. */
export function mayBeTypo(word: string): boolean {
  return word.length >= MIN_TYPO_LENGTH && !EVERYDAY_WORDS.has(word);
}

/**
 * Optimal string alignment distance: Levenshtein plus swapping two neighbouring letters as one
 * edit ("kafak" → "kafka"), the most common slip on a keyboard.
 */
function alignmentDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array.from({ length: b.length }, () => 0)]);
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The edits between a word and a known name when the word is a likely typo of it, else undefined.
 * Both are normalised (`normalizeName`). The first letter must match: people slip inside a word,
 * rarely on its first key ("night" is not "light").
 *
 * @example typoDistance('postgress', 'postgres') // 1
 * @example typoDistance('privacy', 'privoxy') // undefined
 */
export function typoDistance(word: string, name: string): number | undefined {
  if (!mayBeTypo(word) || EVERYDAY_WORDS.has(name) || word[0] !== name[0] || word === name) return undefined;
  const allowed = maxTypoEdits(word.length);
  if (Math.abs(word.length - name.length) > allowed) return undefined;
  const edits = distance(word, name);
  if (edits <= 1) return edits;
  if (edits > allowed + 1) return undefined;
  // A swap counts once: "postgrse" is one slip from "postgres", not two.
  const aligned = Math.min(edits, alignmentDistance(word, name));
  return aligned <= allowed ? aligned : undefined;
}
