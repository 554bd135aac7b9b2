/**
 * Replay protection across replicas: two services composed as `npm start` composes them, sharing
 * one real redis-server (REDIS_URL). A signed request captured from one replica and sent to the
 * other is acknowledged and never answered again; Slack's own event retries stay answered once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisAvailable, startRedisServer } from '../support/redis-server.js';
import { appMention, blockAction, interactionForm, slashCommandForm } from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, nowSeconds, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type RunningSlackService, startSlackServiceFromEnv } from '../support/slack/slack-service.js';
import { waitForHandled } from '../support/slack/wait.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

describe.skipIf(!redisAvailable())('replayed requests across two replicas sharing Redis', () => {
  let redis: RedisServer;
  let api: WebApiStandIn;
  let replicas: RunningSlackService[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    api = await startWebApiStandIn();
    const env = {
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: api.apiUrl,
      REDIS_URL: redis.url,
      NOTES: 'off',
      RATE_LIMIT_PER_MINUTE: '0',
      // Debug lines tell when a request has been dispatched to the end (see waitForHandled).
      LOG_LEVEL: 'debug',
    };
    replicas = [await startSlackServiceFromEnv(env), await startSlackServiceFromEnv(env)];
  }, 60_000);

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await api?.close();
    await redis?.stop();
  });

  function url(index: number): string {
    const replica = replicas[index];
    if (!replica) throw new Error(`replica ${index} did not start`);
    return replica.eventsUrl;
  }

  it('answers a slash command on one replica and only acknowledges its replay on the other', async () => {
    const body = slashCommandForm('5432', api.responseUrl('replica-command'));
    const timestamp = nowSeconds();
    const first = await signedPost(url(0), body, FORM, { timestamp });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ response_type: 'ephemeral' });
    for (const index of [1, 0]) {
      const replay = await signedPost(url(index), body, FORM, { timestamp });
      expect(replay.status).toBe(200);
      expect(await replay.text()).toBe('');
    }
    // Another question on the second replica is answered (control).
    const fresh = await signedPost(url(1), slashCommandForm('5432', api.responseUrl('replica-fresh')), FORM);
    expect(await fresh.json()).toMatchObject({ response_type: 'ephemeral' });
  });

  it('never answers a replayed button click on the other replica', async () => {
    const body = interactionForm(
      blockAction('portbot_os_linux', '1|linux|p22', api.responseUrl('replica-click')),
    );
    const timestamp = nowSeconds();
    expect((await signedPost(url(0), body, FORM, { timestamp })).status).toBe(200);
    expect((await signedPost(url(1), body, FORM, { timestamp })).status).toBe(200);
    await expect
      .poll(() => api.responsePosts.filter((post) => post.id === 'replica-click').length, { timeout: 10_000 })
      .toBe(1);
    // The replay was refused before Bolt (this line is written before its 200): nothing of it runs later.
    const refused = replicas[1]?.logs.some((line) =>
      String(line.msg).startsWith('repeated request signature'),
    );
    expect(refused).toBe(true);
    expect(api.responsePosts.filter((post) => post.id === 'replica-click')).toHaveLength(1);
  });

  it("answers an event once through a replay and Slack's retries to either replica, all acknowledged", async () => {
    const event = appMention(`<@${BOT_USER_ID}> 6379`);
    const thread = (event.event as { ts: string }).ts;
    const body = JSON.stringify(event);
    const timestamp = nowSeconds();
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    const statuses = [
      (await signedPost(url(0), body, JSON_TYPE, { timestamp })).status,
      (await signedPost(url(1), body, JSON_TYPE, { timestamp })).status,
      (await signedPost(url(1), body, JSON_TYPE, { timestamp: timestamp + 1, headers: retry })).status,
      (await signedPost(url(0), body, JSON_TYPE, { timestamp: timestamp + 2, headers: retry })).status,
    ];
    expect(statuses).toEqual([200, 200, 200, 200]);
    const replies = () =>
      api.callsTo('chat.postMessage').filter((call) => call.form.thread_ts === thread).length;
    await expect.poll(replies, { timeout: 10_000 }).toBe(1);
    // The replay stops at the second replica's route; the first try and the retries reach Bolt.
    await waitForHandled(replicas[0]?.logs ?? [], [event], 2);
    await waitForHandled(replicas[1]?.logs ?? [], [event], 1);
    expect(replies()).toBe(1);
  });
});
