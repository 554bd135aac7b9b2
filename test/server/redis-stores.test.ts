/**
 * Dedupe and rate limits in a real redis-server, as two replicas see them: two separate
 * connections share one Redis. Also: what happens when Redis is away (they fail open, quickly).
 */
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/shared/logger.js';
import { closeRedisClient, createRedisClient, isRedisReady } from '../../adapters/shared/redis-client.js';
import { createRedisDedupeStore } from '../../adapters/shared/redis-dedupe-store.js';
import { createRedisRateLimiter } from '../../adapters/shared/redis-rate-limiter.js';
import { type RedisServer, redisAvailable, startRedisServer } from '../support/redis-server.js';

const logger = createLogger('silent');

/** Tries `attempt` every `everyMs` until it succeeds: bounded in rounds and by a generous deadline. */
async function eventually(attempt: () => Promise<boolean>, everyMs: number, deadlineMs = 10_000) {
  const end = Date.now() + deadlineMs;
  for (let round = 0; round < deadlineMs / everyMs && Date.now() < end; round++) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    if (await attempt()) return true;
  }
  return false;
}

describe.skipIf(!redisAvailable())('with a real Redis', () => {
  let server: RedisServer;
  let replicaA: Redis;
  let replicaB: Redis;

  beforeAll(async () => {
    server = await startRedisServer();
    replicaA = createRedisClient(server.url, logger);
    replicaB = createRedisClient(server.url, logger);
  });

  afterAll(async () => {
    await Promise.all([replicaA, replicaB].filter(Boolean).map((client) => closeRedisClient(client)));
    await server?.stop();
  });

  it('grants a dedupe claim to exactly one replica', async () => {
    const a = createRedisDedupeStore(replicaA);
    const b = createRedisDedupeStore(replicaB);
    const claims = await Promise.all([
      a.claim('slack:event:Ev001', 60_000),
      b.claim('slack:event:Ev001', 60_000),
      a.claim('slack:event:Ev001', 60_000),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await b.claim('slack:event:Ev002', 60_000)).toBe(true);
  });

  it('releases a claim when its TTL ends', async () => {
    const store = createRedisDedupeStore(replicaA);
    expect(await store.claim('short', 50)).toBe(true);
    expect(await store.claim('short', 50)).toBe(false);
    // Redis keeps the clock here (PX): poll until it has let the key go.
    expect(await eventually(() => store.claim('short', 50), 25)).toBe(true);
  });

  it('keeps prefixes apart', async () => {
    const one = createRedisDedupeStore(replicaA, { prefix: 'one:' });
    const two = createRedisDedupeStore(replicaA, { prefix: 'two:' });
    expect(await one.claim('k', 60_000)).toBe(true);
    expect(await two.claim('k', 60_000)).toBe(true);
  });

  it('shares one bucket per user between replicas', async () => {
    const settings = { perMinute: 1, burst: 2 };
    const a = createRedisRateLimiter(replicaA, settings);
    const b = createRedisRateLimiter(replicaB, settings);
    expect((await a.take('discord:U1')).allowed).toBe(true);
    expect((await b.take('discord:U1')).allowed).toBe(true);
    const third = await a.take('discord:U1');
    expect(third.allowed).toBe(false);
    // One token a minute: the next comes in (just under) 60 s.
    expect(third.retryAfterSeconds).toBeGreaterThan(50);
    expect(third.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await b.take('discord:U2')).allowed).toBe(true);
  });

  it('refills at the configured rate', async () => {
    // 600 a minute: a token every 100 ms.
    const limiter = createRedisRateLimiter(replicaA, { perMinute: 600, burst: 1 });
    expect((await limiter.take('fast')).allowed).toBe(true);
    expect((await limiter.take('fast')).allowed).toBe(false);
    // The refill reads Redis's own TIME: poll until a token is back.
    expect(await eventually(async () => (await limiter.take('fast')).allowed, 50)).toBe(true);
  });

  it('lets buckets expire once they would be full again', async () => {
    const limiter = createRedisRateLimiter(replicaA, { perMinute: 60, burst: 5 }, { prefix: 'ttl:' });
    await limiter.take('u');
    const ttl = await replicaA.pttl('ttl:u');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(6_000);
  });

  it('reports the connection as ready', () => {
    expect(isRedisReady(replicaA)).toBe(true);
  });
});

describe('when Redis is away', () => {
  // A port nothing listens on: the client keeps reconnecting; commands fail fast.
  const client = createRedisClient('redis://127.0.0.1:1', logger, { commandTimeoutMs: 200 });
  afterAll(() => closeRedisClient(client));

  it('dedupe answers (claims succeed) rather than staying silent', async () => {
    expect(await createRedisDedupeStore(client).claim('k', 1_000)).toBe(true);
  });

  it('rate limits allow rather than silence everyone', async () => {
    const limiter = createRedisRateLimiter(client, { perMinute: 1, burst: 1 });
    expect(await limiter.take('u')).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await limiter.take('u')).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it('is not ready', () => {
    expect(isRedisReady(client)).toBe(false);
  });
});
