/**
 * Text a one-port (or one-name) question reads a few blocks of, never all of: a string, or the
 * CLI's data file read block by block from disk (adapters/cli/ascii-file.ts), so only the bytes a
 * question needs are read and decoded. A string has this shape already.
 */
export interface SearchableText {
  readonly length: number;
  /** As `String.prototype.slice`: a negative end counts from the end. */
  slice(start: number, end?: number): string;
}

/**
 * Text with every character past ASCII written as \uXXXX, which `JSON.parse` reads back: the data
 * files stay one byte a character, so the CLI reads and decodes only the bytes it needs.
 */
export function escapeNonAscii(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
