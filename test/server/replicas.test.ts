/**
 * Two replicas of the real built service sharing one real Redis (REDIS_URL), as behind a load
 * balancer: a Slack event retried to the other replica is answered once. (Rate limits shared
 * between replicas: see rate-limit-replicas.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

    // A later event on the replica that got the retries: once it is answered, so were the retries
    // (each is claimed in Redis before answering), or they were skipped.
    const later = appMention(`<@${BOT_USER_ID}> 22`);
    const laterThread = (later.event as { ts: string }).ts;
    expect((await post(1, later)).status).toBe(200);
    await expect.poll(() => repliesIn(laterThread), { timeout: 10_000 }).toBe(1);
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
