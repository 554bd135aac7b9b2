/**
 * Text safety for Slack's mrkdwn. Slack reads `<…>` as mentions and links (`<!channel>`, `<@U123>`,
 * `<https://x|y>`) and `&…;` as entities, so `&`, `<` and `>` are the only characters that must be
 * escaped: https://docs.slack.dev/messaging/formatting-message-text#escaping
 * Every piece of text this adapter renders into mrkdwn goes through `escapeMrkdwn`, whether it came
 * from a user or from our own data.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** @example escapeMrkdwn('<!channel> & co') // '&lt;!channel&gt; &amp; co' */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (character) => ENTITIES[character] ?? character);
}

/** Shortens to at most `max` characters, ending with "…" when something was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  // Do not leave half of a surrogate pair (an emoji) before the ellipsis.
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** An https link in Slack's `<url|label>` form, or the escaped label alone when the URL is unusable. */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !/^https:\/\/[^\s<>|&]+$/.test(url)) return safeLabel;
  return `<${url}|${safeLabel}>`;
}

/** A Slack user id as Slack sends it, safe to render as a mention of that user. */
export function userMention(userId: string | undefined): string | undefined {
  return userId && /^[UW][A-Z0-9]{2,20}$/.test(userId) ? `<@${userId}>` : undefined;
}
