/**
 * Rate limits shared by every replica: the token bucket of rate-limit.ts, run atomically in Redis
 * as a Lua script. Time comes from Redis (`TIME`), so replicas with skewed clocks still agree.
 * Each bucket expires once it would be full again, so Redis holds only recently active users.
 */
import type { Redis } from 'ioredis';
import type { Logger } from './logger.js';
import { fullRefillMs, type RateLimiter, type RateLimitSettings } from './rate-limit.js';

export interface RedisRateLimiterOptions {
  /** Prepended to every key, so that several apps can share one Redis. */
  prefix?: string;
  logger?: Logger;
}

export const DEFAULT_RATE_LIMIT_PREFIX = 'portbot:rate:';

// KEYS[1] bucket; ARGV: burst, tokens per millisecond, TTL in ms. Returns {allowed 0|1, wait ms}.
// Script effects are replicated (the default since Redis 5), so reading TIME here is allowed.
export const TOKEN_BUCKET_LUA = `
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = burst
else
  tokens = math.min(burst, tokens + math.max(0, now - ts) * per_ms)
end
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) / per_ms)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], ttl)
return {allowed, wait}
`;

/**
 * @example const limiter = createRedisRateLimiter(redis, { perMinute: 20, burst: 5 });
 */
export function createRedisRateLimiter(
  redis: Redis,
  settings: RateLimitSettings,
  options: RedisRateLimiterOptions = {},
): RateLimiter {
  const prefix = options.prefix ?? DEFAULT_RATE_LIMIT_PREFIX;
  const perMs = String(settings.perMinute / 60_000);
  const ttl = String(fullRefillMs(settings) + 1_000);
  const burst = String(settings.burst);
  return {
    async take(key) {
      try {
        // EVAL sends the (small) script each time; no EVALSHA cache to lose when Redis restarts.
        const reply = (await redis.eval(TOKEN_BUCKET_LUA, 1, `${prefix}${key}`, burst, perMs, ttl)) as [
          number,
          number,
        ];
        const [allowed, waitMs] = reply;
        if (allowed === 1) return { allowed: true, retryAfterSeconds: 0 };
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      } catch (error) {
        // Rate limits protect against abuse; a Redis outage must not silence every user.
        options.logger?.warn({ err: error }, 'rate limiter unavailable; allowing');
        return { allowed: true, retryAfterSeconds: 0 };
      }
    },
  };
}
