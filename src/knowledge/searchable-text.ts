/**
 * Text a one-port question searches without decoding all of it: a string, or the CLI's data file
 * kept as bytes (adapters/cli/ascii-file.ts), where `indexOf` runs over the raw bytes and only the
 * lines found become strings. A string has this shape already.
 */
export interface SearchableText {
  readonly length: number;
  indexOf(search: string, from?: number): number;
  /** As `String.prototype.slice`: a negative end counts from the end. */
  slice(start: number, end?: number): string;
}
