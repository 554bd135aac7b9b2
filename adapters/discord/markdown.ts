/**
 * Discord markdown for the presentation's plain characters, escaped in one pass per span:
 * registry descriptions and curated notes may hold `*` or `_` (IANA: "SUN RPC *") that Discord
 * would read as formatting; curated notes use `inline code` on purpose, which is kept.
 */
/** An inline code span, kept as is: inside it Discord formats nothing. */
const CODE_SPAN = /(`[^`\n]+`)/;
/** Characters that start formatting anywhere: emphasis, strikethrough, spoilers, links, stray backticks. */
const INLINE_SPECIAL = /[\\*_~|`[\]]/g;
/** Headings, subtext and quotes only count at the start of a line. */
const LINE_START_SPECIAL = /^(\s*)([#>-])/gm;

function escapeOutsideCode(part: string): string {
  return part.replace(INLINE_SPECIAL, '\\$&').replace(LINE_START_SPECIAL, '$1\\$2');
}

/**
 * Escapes formatting characters, keeping `inline code` spans as code. Written here rather than
 * taken from discord.js's escapeMarkdown, which costs ~60 µs a call with code spans kept, and an
 * answer calls this dozens of times.
 */
export function plain(text: string): string {
  return text
    .split(CODE_SPAN)
    .map((part, index) => (index % 2 === 1 ? part : escapeOutsideCode(part)))
    .join('');
}

/** A command as inline code; commands never hold a backtick, but double ones keep it safe if one does. */
export function code(command: string): string {
  if (!command.includes('`')) return `\`${command}\``;
  return `\`\` ${command.replaceAll('``', '`\u200b`')} \`\``;
}

/**
 * Cuts text to `max` characters, at a line break when one is near, and marks the cut with "…".
 * Keeps inline code balanced so a cut never leaves the rest of an embed formatted as code.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  const lineBreak = cut.lastIndexOf('\n');
  if (lineBreak >= max * 0.6) cut = cut.slice(0, lineBreak);
  if ((cut.match(/`/g)?.length ?? 0) % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('`'));
  // Never leave half of a surrogate pair (an emoji) before the mark.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
