/** Button values: what the adapter writes it can read back; anything else is refused. */
import { describe, expect, it } from 'vitest';
import { isFromTheFuture } from '../../adapters/slack/events-route.js';
import { decodeButtonValue, encodeButtonValue } from '../../src/index.js';

describe('button values', () => {
  it.each([
    [{ token: 'p60140', os: null }],
    [{ token: 'p22.p80.p443', os: 'windows' as const }],
    [{ token: 'r8000-8127/tcp', os: 'macos' as const }],
  ])('round-trips %j', (state) => {
    const decoded = decodeButtonValue(encodeButtonValue(state));
    expect(decoded?.token).toBe(state.token);
    expect(decoded?.os).toBe(state.os);
  });

  it.each([
    ['', 'empty'],
    ['2|linux|p22', 'another version'],
    ['1|bsd|p22', 'an unknown OS'],
    ['1|linux|<!channel>', 'user text'],
    ['1|linux|p99999', 'an invalid port'],
    ['1|linux|p22|extra', 'extra fields'],
    [`1|linux|${'p1.'.repeat(200)}p1`, 'an oversized value'],
    [42, 'not a string'],
  ] as [unknown, string][])('refuses %j (%s)', (value) => {
    expect(decodeButtonValue(value)).toBeUndefined();
  });
});

describe('isFromTheFuture', () => {
  const now = 1_700_000_000_000;
  it.each([
    [String(now / 1000), false],
    [String(now / 1000 + 300), false],
    [String(now / 1000 + 301), true],
    [String(now / 1000 - 3600), false],
    ['not-a-number', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(isFromTheFuture(header, now)).toBe(expected);
  });
});
