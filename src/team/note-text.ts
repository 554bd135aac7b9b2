/**
 * A team note is text one person typed and everyone in the workspace reads, so it is stored as
 * written and made harmless only when shown: no mention can ping (`<!channel>`, `@everyone`, a
 * role or user mention), no link can hide behind other words (`<http://x|y>`, `[x](http://y)`),
 * and only https addresses stay usable, shown as the plain address. Renderers still escape every
 * span for their own format; this is the platform-neutral half.
 */
import { userText } from '../present/inline.js';

/** Notes are at most this many characters (as people count them: an emoji is one). */
export const MAX_NOTE_LENGTH = 300;

/** `http://`, `ftp://`, `javascript://`…: any scheme but https is shown but cannot be followed. */
const OTHER_SCHEME = /\b([a-z][a-z0-9+.-]{0,20}):\/\//gi;

/**
 * @example neutraliseNoteText('<!channel> see [docs](http://evil.example)')
 * // → '‹!channel› see [docs] (http[:]//evil.example)'
 */
export function neutraliseNoteText(raw: string, max = MAX_NOTE_LENGTH + 20): string {
  return (
    userText(raw, max)
      // A Markdown link's label and target apart: the target shows as itself, never under a label.
      .replace(/\]\s*\(/g, '] (')
      .replace(OTHER_SCHEME, (whole, scheme: string) =>
        scheme.toLowerCase() === 'https' ? whole : `${scheme}[:]//`,
      )
  );
}

/** Characters as people count them. */
export function noteLength(text: string): number {
  return [...text.trim()].length;
}
