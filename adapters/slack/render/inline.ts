/**
 * The one place where presentation text becomes Slack text. Every span arrives as plain
 * characters (our catalog's words, registry data, a user's team note) and is escaped here, for
 * mrkdwn or for plain_text, never earlier: nothing a span holds can become a mention or a link.
 * https://docs.slack.dev/messaging/formatting-message-text
 */
import type { Inline, Line } from '../../../src/index.js';
import { escapeMrkdwn, mrkdwnLink } from '../escape.js';

const ICONS = { warning: ':warning:', info: ':information_source:' } as const;
/** Slack indents nothing by itself: a continuation line starts with spaces. */
const INDENT = '    ';

/**
 * `*bold*` or `_italic_` around escaped text. Slack's markers only work against word boundaries
 * and cannot be escaped, so text that holds the marker itself (ip_local_port_range), or only
 * spaces, stays plain rather than rendering stray markers.
 */
function emphasise(marker: '*' | '_', value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.includes(marker)) return escapeMrkdwn(value);
  const start = value.indexOf(trimmed);
  const before = value.slice(0, start);
  const after = value.slice(start + trimmed.length);
  return `${before}${marker}${escapeMrkdwn(trimmed)}${marker}${after}`;
}

/**
 * Inline code, escaped: Slack reads `<!channel>` and `&…;` inside code spans too. A backtick
 * would end the span early, so backticks are dropped.
 * @example codeSpan('<!everyone>') // '`&lt;!everyone&gt;`'
 */
export function codeSpan(value: string): string {
  const inner = escapeMrkdwn(value.replace(/`/g, ''));
  return inner.trim() === '' ? inner : `\`${inner}\``;
}

/** A fenced block of raw lines, escaped; a fence inside a line is broken up. */
export function codeFence(lines: readonly string[]): string {
  return `\`\`\`${lines.map((value) => escapeMrkdwn(value.replace(/```/g, "'''"))).join('\n')}\`\`\``;
}

function spanMrkdwn(span: Inline): string {
  switch (span.kind) {
    case 'text':
    case 'warning':
      return escapeMrkdwn(span.text);
    case 'strong':
      return emphasise('*', span.text);
    case 'muted':
      return emphasise('_', span.text);
    case 'code':
      return codeSpan(span.text);
    case 'link':
      return mrkdwnLink(span.url, span.text);
    case 'icon':
      return ICONS[span.icon];
  }
}

/** Neighbouring spans of one kind as one ("_Data: …_ _·_ _Linux_" reads better as one italic run). */
function joinKinds(spans: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    const joinable = span.kind !== 'icon' && span.kind !== 'link' && span.kind !== 'code';
    if (joinable && last?.kind === span.kind) out[out.length - 1] = { ...last, text: last.text + span.text };
    else out.push(span);
  }
  return out;
}

/** Spans as escaped mrkdwn. */
export function mrkdwn(spans: readonly Inline[]): string {
  return joinKinds(spans).map(spanMrkdwn).join('');
}

/** One line: "• " for a list item, an indent for a line that continues the item above. */
export function lineMrkdwn(value: Line): string {
  const indent = value.level === 1 ? INDENT : '';
  return `${indent}${value.bullet ? '• ' : ''}${mrkdwn(value.spans)}`;
}
