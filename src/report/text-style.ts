/** How plain text is emphasised: identity for chat fallbacks and pipes, ANSI colours on a TTY. */
export interface TextStyle {
  heading(text: string): string;
  strong(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  good(text: string): string;
  code(text: string): string;
}

const same = (text: string) => text;

export const PLAIN_STYLE: TextStyle = {
  heading: same,
  strong: same,
  dim: same,
  warn: same,
  good: same,
  code: same,
};
