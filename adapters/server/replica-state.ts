/**
 * What replicas of the service must share, chosen once from the config: with `REDIS_URL`, dedupe
 * (Slack event ids, Discord interaction ids) and per-user rate limits live in Redis, so a retried
 * event is answered once, a replayed interaction is refused, and a user's limit holds whichever
 * replica answers; without it, both live in this process (one instance).
 */
import type { Redis } from 'ioredis';
import { createMemoryDedupeStore, type DedupeStore } from '../shared/event-dedupe.js';
import type { Logger } from '../shared/logger.js';
import { createMemoryRateLimiter, NO_RATE_LIMIT, type RateLimiter } from '../shared/rate-limit.js';
import type { ServiceConfig } from './config.js';
import type { ConnectionCheck } from './metrics.js';

export interface ReplicaState {
  dedupe: DedupeStore;
  rateLimiter: RateLimiter;
  /** Redis's connection state for metrics; absent without Redis. */
  connection: ConnectionCheck | null;
  /** Closes the Redis connection, if any; call after the service stopped answering. */
  close(): Promise<void>;
}

/** The Redis client and stores are imported only when REDIS_URL is set: ioredis costs ~20 MB to load. */
export async function createReplicaState(config: ServiceConfig, logger: Logger): Promise<ReplicaState> {
  const redisModules = config.redisUrl
    ? await Promise.all([
        import('../shared/redis-client.js'),
        import('../shared/redis-dedupe-store.js'),
        import('../shared/redis-rate-limiter.js'),
      ])
    : null;
  const redis: Redis | null =
    config.redisUrl && redisModules ? redisModules[0].createRedisClient(config.redisUrl, logger) : null;
  const limits = config.rateLimit;
  logger.info(
    { store: redis ? 'redis' : 'memory', rateLimit: limits ?? 'off' },
    'dedupe and rate limits configured',
  );
  if (!redis || !redisModules)
    return {
      dedupe: createMemoryDedupeStore(),
      rateLimiter: limits ? createMemoryRateLimiter(limits) : NO_RATE_LIMIT,
      connection: null,
      close: async () => {},
    };
  const [{ closeRedisClient, isRedisReady }, { createRedisDedupeStore }, { createRedisRateLimiter }] =
    redisModules;
  return {
    dedupe: createRedisDedupeStore(redis, { logger }),
    rateLimiter: limits ? createRedisRateLimiter(redis, limits, { logger }) : NO_RATE_LIMIT,
    connection: { name: 'redis', ready: () => isRedisReady(redis) },
    close: () => closeRedisClient(redis),
  };
}
