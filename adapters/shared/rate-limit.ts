/**
 * Per-user rate limits on answers: a token bucket per key. Each user may ask `burst` questions at
 * once, then `perMinute` a minute; past that they get a friendly "slow down" reply instead of an
 * answer. The limiter is an interface so that replicas can share one (redis-rate-limiter.ts); the
 * in-memory limiter below is right for a single process.
 */
import { createTranslator, type Lang } from '../../src/index.js';

export interface RateLimitDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise whole seconds until the next question would be allowed (≥ 1). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /**
   * Takes one token from `key`'s bucket. Never rejects: a limiter that cannot decide allows.
   * @example const { allowed, retryAfterSeconds } = await limiter.take(rateLimitKey('slack', team, user));
   */
  take(key: string): Promise<RateLimitDecision>;
}

export interface RateLimitSettings {
  /** Sustained questions per minute per user (the refill rate). */
  perMinute: number;
  /** Questions a user may ask at once before the sustained rate applies (the bucket size). */
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { perMinute: 20, burst: 5 };
export const DEFAULT_RATE_LIMIT_MAX_KEYS = 10_000;

const ALLOWED: RateLimitDecision = { allowed: true, retryAfterSeconds: 0 };

/** Allows everything: `RATE_LIMIT_PER_MINUTE=0` turns rate limiting off. */
export const NO_RATE_LIMIT: RateLimiter = { take: async () => ALLOWED };

/**
 * The key for one user on one platform; workspaces/guild installs keep users apart.
 * @example rateLimitKey('slack', 'T012AB', 'U045CD') // → 'slack:T012AB:U045CD'
 */
export function rateLimitKey(platform: string, ...ids: readonly string[]): string {
  return [platform, ...ids].join(':');
}

/**
 * The reply a rate-limited user sees (ephemeral where the platform allows).
 * @example slowDownText(12) // → "You're asking faster than I can keep up — try again in 12 s."
 */
export function slowDownText(retryAfterSeconds: number, lang: Lang = 'en'): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return createTranslator(lang).text('notice.rateLimited', { count: seconds });
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** Milliseconds an empty bucket takes to fill: after that a bucket is as good as new. */
export function fullRefillMs(settings: RateLimitSettings): number {
  return Math.ceil((settings.burst * 60_000) / settings.perMinute);
}

/**
 * One step of the token bucket, pure: refill for the time passed, then take a token if there is
 * one. The Redis limiter runs the same arithmetic in Lua.
 */
export function takeToken(
  bucket: Bucket | undefined,
  nowMs: number,
  settings: RateLimitSettings,
): { bucket: Bucket; decision: RateLimitDecision } {
  const perMs = settings.perMinute / 60_000;
  const elapsed = bucket ? Math.max(0, nowMs - bucket.updatedMs) : 0;
  const tokens = Math.min(settings.burst, bucket ? bucket.tokens + elapsed * perMs : settings.burst);
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, updatedMs: nowMs }, decision: ALLOWED };
  const retryAfterSeconds = Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  return { bucket: { tokens, updatedMs: nowMs }, decision: { allowed: false, retryAfterSeconds } };
}

export interface MemoryRateLimiterOptions {
  /** Most users tracked at once; the least recently seen are forgotten first. Bounds memory. */
  maxKeys?: number;
  /** Clock in milliseconds; tests pass their own. */
  now?: () => number;
}

/** Checks the settings: the environment schema guarantees this; callers from code may not. */
function assertSettings({ perMinute, burst }: RateLimitSettings): void {
  if (!(perMinute > 0) || !Number.isFinite(perMinute)) throw new RangeError('perMinute must be > 0');
  if (!(burst >= 1) || !Number.isFinite(burst)) throw new RangeError('burst must be ≥ 1');
}

/**
 * An in-process limiter: one bucket per key in a Map kept in least-recently-used order.
 * @example const limiter = createMemoryRateLimiter({ perMinute: 20, burst: 5 });
 */
export function createMemoryRateLimiter(
  settings: RateLimitSettings,
  options: MemoryRateLimiterOptions = {},
): RateLimiter {
  assertSettings(settings);
  const maxKeys = Math.max(1, options.maxKeys ?? DEFAULT_RATE_LIMIT_MAX_KEYS);
  const now = options.now ?? Date.now;
  const refillMs = fullRefillMs(settings);
  const buckets = new Map<string, Bucket>();

  function sweep(time: number): void {
    // Least recently used first: a bucket untouched for a full refill is as good as absent.
    for (const [key, bucket] of buckets) {
      if (time - bucket.updatedMs < refillMs) break;
      buckets.delete(key);
    }
    // Under a flood of distinct keys, forgetting the oldest only ever gives someone a fresh burst.
    while (buckets.size >= maxKeys) {
      const oldest = buckets.keys().next();
      if (oldest.done) break;
      buckets.delete(oldest.value);
    }
  }

  return {
    async take(key) {
      const time = now();
      const previous = buckets.get(key);
      buckets.delete(key);
      sweep(time);
      const { bucket, decision } = takeToken(previous, time, settings);
      buckets.set(key, bucket);
      return decision;
    },
  };
}
