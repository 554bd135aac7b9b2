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
