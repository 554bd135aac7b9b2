/**
 * Event dedupe shared by every replica: a claim is `SET key 1 PX ttl NX`, which Redis grants to
 * exactly one caller until the key expires. Slack retries an unacknowledged event to whichever
 * replica the load balancer picks, so an in-process store would answer it once per replica.
 */
import type { Redis } from 'ioredis';
import type { DedupeStore } from './event-dedupe.js';
import type { Logger } from './logger.js';

export interface RedisDedupeOptions {
  /** Prepended to every key, so that several apps can share one Redis. */
  prefix?: string;
  logger?: Logger;
}

export const DEFAULT_DEDUPE_PREFIX = 'portbot:dedupe:';

/**
 * @example const store = createRedisDedupeStore(redis); await store.claim('slack:event:Ev01', 600_000);
 */
export function createRedisDedupeStore(redis: Redis, options: RedisDedupeOptions = {}): DedupeStore {
  const prefix = options.prefix ?? DEFAULT_DEDUPE_PREFIX;
  return {
    async claim(key, ttlMs) {
      // PX must be a positive integer; Redis refuses 0.
      const ttl = Math.max(1, Math.round(ttlMs));
      try {
        return (await redis.set(`${prefix}${key}`, '1', 'PX', ttl, 'NX')) === 'OK';
      } catch (error) {
        // Without Redis we cannot know; answering twice beats never answering.
        options.logger?.warn({ err: error, key }, 'dedupe store unavailable; answering');
        return true;
      }
    },
  };
}
