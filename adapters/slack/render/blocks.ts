/**
 * Small builders for the blocks this adapter renders. Sections, fields and context take text that
 * is already escaped mrkdwn (see escape.ts) and only shape and size it; the header (plain_text),
 * inline code and code blocks take the raw text and escape it themselves, since nothing inside
 * them is ever our own markup.
 */

import type { types } from '@slack/bolt';
import { BLOCK_KIT_LIMITS, type SlackBlock } from '../block-kit-limits.js';
import { clip, escapeMrkdwn } from '../escape.js';

/** Room kept under the section limit, so that a later edit of a line cannot push a section over. */
const SECTION_ROOM = BLOCK_KIT_LIMITS.sectionText - 100;

/**
 * A header from raw text. Slack decodes `&amp;`, `&lt;` and `&gt;` in plain_text too, so the text
 * is escaped like mrkdwn; it is clipped first so that an entity is never cut in half.
 */
export function header(text: string): types.HeaderBlock {
  return {
    type: 'header',
    text: {
      type: 'plain_text',
      text: escapeWithin(text.trim() || 'portbot', BLOCK_KIT_LIMITS.headerText),
      emoji: true,
    },
  };
}

/** Escaped text of at most `max` characters: clipped before escaping, shorter until it fits. */
function escapeWithin(text: string, max: number): string {
  let length = max;
  for (let round = 0; round < 8; round++) {
    const escaped = escapeMrkdwn(clip(text, length));
    if (escaped.length <= max) return escaped;
    length -= escaped.length - max;
  }
  return escapeMrkdwn(clip(text.replace(/[&<>]/g, ''), max));
}

export function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(mrkdwn, BLOCK_KIT_LIMITS.sectionText) } };
}

export function fieldsSection(fields: readonly string[]): types.SectionBlock {
  return {
    type: 'section',
    fields: fields
      .slice(0, BLOCK_KIT_LIMITS.sectionFields)
      .map((text) => ({ type: 'mrkdwn', text: clip(text, BLOCK_KIT_LIMITS.fieldText) })),
  };
}

export function context(mrkdwn: readonly string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: mrkdwn
      .slice(0, BLOCK_KIT_LIMITS.contextElements)
      .map((text) => ({ type: 'mrkdwn', text: clip(text, BLOCK_KIT_LIMITS.contextText) })),
  };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

/**
 * Lines packed into as few sections as fit, never splitting a line (a split could cut a code
 * block's fence in two). A line longer than a whole section is clipped.
 */
export function packSections(lines: readonly string[], max = SECTION_ROOM): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let current = '';
  for (const raw of lines) {
    const line = clip(raw, max);
    if (current && current.length + 1 + line.length > max) {
      blocks.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current.trim()) blocks.push(section(current));
  return blocks;
}

/**
 * Inline code from raw text, escaped: Slack reads `<!channel>` and `&…;` inside code spans too.
 * Backticks inside would end it early, so they are dropped.
 * @example code('<!everyone>') // '`&lt;!everyone&gt;`'
 */
export function code(text: string): string {
  return `\`${escapeMrkdwn(text.replace(/`/g, ''))}\``;
}

/** A fenced code block from raw lines, escaped; a fence inside a line is broken up. */
export function codeBlock(lines: readonly string[]): string {
  return `\`\`\`${lines.map((line) => escapeMrkdwn(line.replace(/```/g, "'''"))).join('\n')}\`\`\``;
}

/** Lines up to a character budget, then one line saying how many were left out. */
export function withinBudget(
  lines: readonly string[],
  budget: number,
  more: (left: number) => string,
): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    if (used + line.length + 1 > budget) {
      kept.push(more(lines.length - index));
      return kept;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept;
}
