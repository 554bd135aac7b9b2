/**
 * Two replicas sharing one real Redis (REDIS_URL), as behind a load balancer: a Slack event retried
 * to the other replica is answered once (two real built services), and the state the service hands
 * every adapter (dedupe store, rate limiter, built from the config as main.ts does) is shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServiceConfig, type ServiceConfig } from '../../adapters/server/config.js';
import { createReplicaState, type ReplicaState } from '../../adapters/server/replica-state.js';
import { createLogger } from '../../adapters/shared/logger.js';
import { type RedisServer, redisAvailable, startRedisServer } from '../support/redis-server.js';
import { appMention } from '../support/slack/payloads.js';
import { JSON_TYPE, signedPost } from '../support/slack/signing.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';
import { ensureBuilt, type RunningServer, startBuiltServer } from './support/built-server.js';

const SIGNING_SECRET = 'fake-signing-secret-for-replicas';

describe.skipIf(!redisAvailable())('two replicas sharing Redis', () => {
  let redis: RedisServer;
  let api: WebApiStandIn;
  let replicas: RunningServer[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    redis = await startRedisServer();
    api = await startWebApiStandIn();
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-fake-replica-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      REDIS_URL: redis.url,
      // Redis-shared state only; notes on several replicas need PostgreSQL.
      NOTES: 'off',
    };
    replicas = await Promise.all([startBuiltServer(env), startBuiltServer(env)]);
    await Promise.all(replicas.map((replica) => replica.waitForReady()));
  }, 120_000);

  afterAll(async () => {
    const exits = await Promise.all(replicas.map((replica) => replica.stop()));
    await api?.close();
    await redis?.stop();
    for (const exit of exits) expect(exit).toEqual({ code: 0, signal: null });
  });

  function replica(index: number): RunningServer {
    const found = replicas[index];
    if (!found) throw new Error(`replica ${index} did not start`);
    return found;
  }

  function post(index: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    return signedPost(`${replica(index).baseUrl}/slack/events`, JSON.stringify(body), JSON_TYPE, {
      secret: SIGNING_SECRET,
      headers,
    });
  }

  function repliesIn(thread: string): number {
    return api.callsTo('chat.postMessage').filter((call) => call.form.thread_ts === thread).length;
  }

  it('answers a Slack event once when Slack retries it to the other replica', async () => {
    const retried = appMention(`<@${BOT_USER_ID}> 5432`);
    const thread = (retried.event as { ts: string }).ts;
    expect((await post(0, retried)).status).toBe(200);
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    expect((await post(1, retried, retry)).status).toBe(200);
    expect((await post(1, retried, { ...retry, 'x-slack-retry-num': '2' })).status).toBe(200);

    // A later event on the replica that got the retries: once it is answered, the retries before it
    // were handled too (each is claimed in Redis before answering) — answered, or skipped.
    const later = appMention(`<@${BOT_USER_ID}> 22`);
    const laterThread = (later.event as { ts: string }).ts;
    expect((await post(1, later)).status).toBe(200);
    await expect.poll(() => repliesIn(laterThread), { timeout: 10_000 }).toBe(1);
    // The first replica's answer may still be on its way; polled, not read once.
    await expect.poll(() => repliesIn(thread), { timeout: 10_000 }).toBe(1);
    expect(repliesIn(thread)).toBe(1);
  });

  it('still answers distinct events on either replica', async () => {
    const one = appMention(`<@${BOT_USER_ID}> 80`);
    const two = appMention(`<@${BOT_USER_ID}> 443`);
    await post(0, one);
    await post(1, two);
    await expect.poll(() => repliesIn((one.event as { ts: string }).ts), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => repliesIn((two.event as { ts: string }).ts), { timeout: 10_000 }).toBe(1);
  });
});

function configFor(env: Record<string, string>): ServiceConfig {
  const read = readServiceConfig({
    DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
    DISCORD_APPLICATION_ID: '123456789012345678',
    ...env,
  });
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read.config;
}

describe.skipIf(!redisAvailable())('the state replicas hand their adapters', () => {
  const logger = createLogger('silent');
  let redis: RedisServer;
  let states: ReplicaState[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    const config = configFor({
      REDIS_URL: redis.url,
      NOTES: 'off',
      RATE_LIMIT_PER_MINUTE: '1',
      RATE_LIMIT_BURST: '2',
    });
    states = await Promise.all([createReplicaState(config, logger), createReplicaState(config, logger)]);
  });

  afterAll(async () => {
    await Promise.all(states.map((state) => state.close()));
    await redis?.stop();
  });

  function state(index: number): ReplicaState {
    const found = states[index];
    if (!found) throw new Error(`no replica ${index}`);
    return found;
  }

  it('shares one rate limit per user between replicas', async () => {
    const key = 'discord:900000000000000030';
    expect((await state(0).rateLimiter.take(key)).allowed).toBe(true);
    expect((await state(1).rateLimiter.take(key)).allowed).toBe(true);
    const third = await state(0).rateLimiter.take(key);
    expect(third.allowed).toBe(false);
    expect(third.retryAfterSeconds).toBeGreaterThan(0);
    expect((await state(1).rateLimiter.take(key)).allowed).toBe(false);
  });

  it('shares dedupe claims between replicas', async () => {
    expect(await state(0).dedupe.claim('slack:event:EvSHARED', 60_000)).toBe(true);
    expect(await state(1).dedupe.claim('slack:event:EvSHARED', 60_000)).toBe(false);
  });

  it('reports the Redis connection for metrics', () => {
    expect(state(0).connection?.name).toBe('redis');
    expect(state(0).connection?.ready()).toBe(true);
  });
});

describe('without REDIS_URL', () => {
  it('keeps dedupe and limits in this process, and has no Redis connection', async () => {
    const single = await createReplicaState(
      configFor({ RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '1' }),
      createLogger('silent'),
    );
    expect(single.connection).toBeNull();
    expect((await single.rateLimiter.take('u')).allowed).toBe(true);
    expect((await single.rateLimiter.take('u')).allowed).toBe(false);
    await single.close();
  });

  it('RATE_LIMIT_PER_MINUTE=0 turns the limit off', async () => {
    const unlimited = await createReplicaState(
      configFor({ RATE_LIMIT_PER_MINUTE: '0' }),
      createLogger('silent'),
    );
    for (let question = 0; question < 50; question++)
      expect((await unlimited.rateLimiter.take('u')).allowed).toBe(true);
  });
});
