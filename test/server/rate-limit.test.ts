/** The in-memory token bucket: bursts, refill, retry-after, per-key isolation and its size bound. */
import { describe, expect, it } from 'vitest';
import {
  createMemoryRateLimiter,
  fullRefillMs,
  NO_RATE_LIMIT,
  rateLimitKey,
  slowDownText,
  takeToken,
} from '../../adapters/shared/rate-limit.js';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('takeToken', () => {
  const settings = { perMinute: 60, burst: 3 };

  it.each([
    // [tokens before, ms since last take, allowed, retryAfterSeconds, tokens after]
    [3, 0, true, 0, 2],
    [1, 0, true, 0, 0],
    [0, 0, false, 1, 0],
    [0, 500, false, 1, 0.5],
    [0, 1_000, true, 0, 0],
    [0, 60_000, true, 0, 2],
    [0.2, 0, false, 1, 0.2],
  ])('%d tokens, %d ms later → allowed %s, retry after %d s', (tokens, elapsed, allowed, retry, after) => {
    const { bucket, decision } = takeToken({ tokens, updatedMs: 0 }, elapsed, settings);
    expect(decision).toEqual({ allowed, retryAfterSeconds: retry });
    expect(bucket.tokens).toBeCloseTo(after, 6);
  });

  it('starts a new key with a full bucket', () => {
    expect(takeToken(undefined, 5, settings).bucket.tokens).toBe(2);
  });

  it('waits in whole seconds at the slow rate', () => {
    const slow = { perMinute: 1, burst: 1 };
    expect(takeToken({ tokens: 0, updatedMs: 0 }, 0, slow).decision.retryAfterSeconds).toBe(60);
  });
});

describe('createMemoryRateLimiter', () => {
  it('allows a burst, then asks to wait, then refills', async () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ perMinute: 6, burst: 2 }, { now: time.now });
    expect((await limiter.take('u')).allowed).toBe(true);
    expect((await limiter.take('u')).allowed).toBe(true);
    expect(await limiter.take('u')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    time.advance(10_000);
    expect((await limiter.take('u')).allowed).toBe(true);
  });

  it('keeps users apart', async () => {
    const limiter = createMemoryRateLimiter({ perMinute: 1, burst: 1 }, { now: clock().now });
    expect((await limiter.take('slack:T1:U1')).allowed).toBe(true);
    expect((await limiter.take('slack:T1:U1')).allowed).toBe(false);
    expect((await limiter.take('slack:T1:U2')).allowed).toBe(true);
  });

  it('holds at most maxKeys buckets, forgetting the least recently used', async () => {
    const limiter = createMemoryRateLimiter({ perMinute: 1, burst: 1 }, { maxKeys: 2, now: clock().now });
    await limiter.take('a');
    await limiter.take('b');
    await limiter.take('a'); // a is now the most recent
    await limiter.take('c'); // evicts b
    expect((await limiter.take('a')).allowed).toBe(false);
    expect((await limiter.take('b')).allowed).toBe(true);
  });

  it.each([
    [{ perMinute: 0, burst: 1 }],
    [{ perMinute: 5, burst: 0 }],
    [{ perMinute: Number.NaN, burst: 1 }],
  ])('refuses settings %j', (settings) => {
    expect(() => createMemoryRateLimiter(settings)).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('NO_RATE_LIMIT allows everything', async () => {
    expect(await NO_RATE_LIMIT.take('x')).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it.each([
    [['slack', 'T1', 'U1'], 'slack:T1:U1'],
    [['discord', '123'], 'discord:123'],
  ])('rateLimitKey(%j) → %s', (parts, key) => {
    const [platform = '', ...ids] = parts;
    expect(rateLimitKey(platform, ...ids)).toBe(key);
  });

  it.each([
    [0, '1 s'],
    [1.2, '2 s'],
    [30, '30 s'],
  ])('slowDownText(%d) mentions %s', (seconds, text) => {
    expect(slowDownText(seconds)).toContain(text);
  });

  it('fullRefillMs is the time an empty bucket takes to fill', () => {
    expect(fullRefillMs({ perMinute: 30, burst: 5 })).toBe(10_000);
  });
});
