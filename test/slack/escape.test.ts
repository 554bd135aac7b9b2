/** Escaping for mrkdwn, clipping, links and mentions. */
import { describe, expect, it } from 'vitest';
import { clip, escapeMrkdwn, mrkdwnLink, userMention } from '../../adapters/slack/escape.js';

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<@U0123|bob>', '&lt;@U0123|bob&gt;'],
    ['a & b', 'a &amp; b'],
    ['&lt; already', '&amp;lt; already'],
    ['plain *bold* _it_', 'plain *bold* _it_'],
  ])('%s → %s', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });
});

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['longer than ten', 10, 'longer th…'],
    ['ab😀cd', 4, 'ab…'],
  ])('clip(%j, %i) → %j', (input, max, expected) => {
    expect(clip(input, max)).toBe(expected);
    expect(clip(input, max).length).toBeLessThanOrEqual(max);
  });
});

describe('links and mentions', () => {
  it('links only clean https URLs', () => {
    expect(mrkdwnLink('https://www.rfc-editor.org/rfc/rfc9110', 'RFC9110')).toBe(
      '<https://www.rfc-editor.org/rfc/rfc9110|RFC9110>',
    );
    expect(mrkdwnLink('http://x.example', 'x')).toBe('x');
    expect(mrkdwnLink('https://x.example/a|<!channel>', '<b>')).toBe('&lt;b&gt;');
  });

  it('mentions only well-formed user ids', () => {
    expect(userMention('U0123ABC')).toBe('<@U0123ABC>');
    expect(userMention('W0123ABC')).toBe('<@W0123ABC>');
    expect(userMention('U01>|<!channel')).toBeUndefined();
    expect(userMention(undefined)).toBeUndefined();
  });
});
