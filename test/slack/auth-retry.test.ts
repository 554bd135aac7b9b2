/**
 * HTTP mode when Slack cannot be reached at start: the service stays up and not ready (GET /readyz
 * 503), auth.test is retried with capped, jittered back-off against the Web API stand-in, and the
 * adapter becomes ready once Slack answers. A refused token is still final.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AuthRetryPolicy, authRetryDelay, DEFAULT_AUTH_RETRY } from '../../adapters/slack/adapter.js';
import { appMention, slashCommandForm } from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type RunningSlackService, startSlackService } from '../support/slack/slack-service.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const FAST_RETRY: AuthRetryPolicy = { initialDelayMs: 50, maxDelayMs: 200 };
const RETRYING = 'Slack cannot be reached; not ready, retrying auth.test';
const running: { api?: WebApiStandIn; slack?: RunningSlackService } = {};

afterEach(async () => {
  vi.useRealTimers();
  await running.slack?.stop();
  await running.api?.close();
  running.slack = undefined;
  running.api = undefined;
});

async function start(
  script: (api: WebApiStandIn) => void,
): Promise<{ api: WebApiStandIn; slack: RunningSlackService }> {
  const api = await startWebApiStandIn();
  running.api = api;
  script(api);
  const env = {
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: api.apiUrl,
  };
  const slack = await startSlackService(env, { authRetry: FAST_RETRY });
  running.slack = slack;
  return { api, slack };
}

async function readiness(slack: RunningSlackService): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${slack.baseUrl}/readyz`);
  return { status: response.status, body: await response.json() };
}

describe('auth.test unreachable at start', () => {
  it('stays up and not ready through a cut connection and 5xx answers, then becomes ready', async () => {
    const { api, slack } = await start((stand) =>
      stand.script(
        'auth.test',
        { status: 0 },
        { status: 503, body: 'unavailable' },
        { status: 500, body: { ok: false } },
        { status: 0 },
        { status: 0 },
        { status: 0 },
      ),
    );
    // start() returned although Slack could not be reached: the process would not exit.
    expect(await readiness(slack)).toEqual({
      status: 503,
      body: { status: 'starting', adapters: { slack: false } },
    });
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
    // Events need Bolt, which cannot dispatch yet: 503, and Slack retries them later.
    const early = await signedPost(
      slack.eventsUrl,
      JSON.stringify(appMention(`<@${BOT_USER_ID}> 22`)),
      JSON_TYPE,
    );
    expect(early.status).toBe(503);

    await expect
      .poll(async () => (await readiness(slack)).status, { timeout: 15_000, interval: 50 })
      .toBe(200);
    expect(api.callsTo('auth.test')).toHaveLength(7);
    const retries = slack.logs.filter((line) => line.msg === RETRYING);
    expect(retries.map((line) => line.attempt)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const line of retries) {
      expect(line.level).toBe(40);
      expect(line.err).toBeUndefined();
      expect(Number(line.retryInMs)).toBeLessThanOrEqual(FAST_RETRY.maxDelayMs);
    }
    expect(slack.logs.some((line) => line.msg === 'Slack adapter ready')).toBe(true);

    // Ready: events and commands are answered.
    const before = api.callsTo('chat.postMessage').length;
    const event = await signedPost(
      slack.eventsUrl,
      JSON.stringify(appMention(`<@${BOT_USER_ID}> 443`)),
      JSON_TYPE,
    );
    expect(event.status).toBe(200);
    await api.waitForCalls('chat.postMessage', before + 1);
    const command = await signedPost(slack.eventsUrl, slashCommandForm('22', api.responseUrl('ready')), FORM);
    expect(await command.json()).toMatchObject({ response_type: 'ephemeral' });
  });

  it('stops retrying and stays not ready when Slack then refuses the token', async () => {
    // The retry waits on the adapter's own timer: fake it, so that "no retry" is a fact about
    // what is scheduled, not about how long the test waited.
    useFakeRetryTimer();
    const { api, slack } = await start((stand) =>
      stand.script('auth.test', { status: 0 }, { status: 200, body: { ok: false, error: 'invalid_auth' } }),
    );
    expect(api.callsTo('auth.test')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(FAST_RETRY.maxDelayMs);
    await expect
      .poll(() => slack.logs.some((line) => line.level === 60), { timeout: 10_000, interval: 50 })
      .toBe(true);
    const line = slack.logs.find((entry) => entry.level === 60);
    expect(String(line?.reason)).toMatch(/did not accept SLACK_BOT_TOKEN \(auth.test: invalid_auth\)/);
    await expectNothingScheduled();
    expect(api.callsTo('auth.test')).toHaveLength(2);
    expect(slack.logs.filter((entry) => entry.msg === RETRYING)).toHaveLength(1);
    vi.useRealTimers();
    expect((await readiness(slack)).status).toBe(503);
  });

  it('stops retrying when the service stops', async () => {
    useFakeRetryTimer();
    const { api, slack } = await start((stand) =>
      stand.script('auth.test', ...Array.from({ length: 50 }, () => ({ status: 503, body: 'down' }))),
    );
    await vi.advanceTimersByTimeAsync(FAST_RETRY.maxDelayMs);
    // The second attempt has failed once its retry is announced, and that retry is now pending.
    await expect
      .poll(() => slack.logs.filter((line) => line.msg === RETRYING).length, {
        timeout: 10_000,
        interval: 20,
      })
      .toBe(2);
    expect(api.callsTo('auth.test')).toHaveLength(2);
    await slack.stop();
    await expectNothingScheduled();
    expect(api.callsTo('auth.test')).toHaveLength(2);
  });
});

/** Fakes only the timers the retry is scheduled with; sockets and the test's polling stay real. */
function useFakeRetryTimer(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}

/**
 * Moves the fake clock a minute on, far past any retry (at most FAST_RETRY.maxDelayMs) and the HTTP
 * client's idle-connection timers, then checks that no timer is left. A retry that had fired would
 * still hold its auth.test deadline timer, so the call counts that follow are final.
 */
async function expectNothingScheduled(): Promise<void> {
  await vi.advanceTimersByTimeAsync(60_000);
  expect(vi.getTimerCount()).toBe(0);
}

describe('authRetryDelay', () => {
  it.each([
    [1, 0, 500],
    [1, 1, 1000],
    [2, 1, 2000],
    [3, 0.5, 3000],
    [6, 1, 32_000],
    [7, 1, 60_000],
    [7, 0, 30_000],
    [1000, 1, 60_000],
  ])('attempt %i with jitter %f waits %i ms', (attempt, jitter, expected) => {
    expect(authRetryDelay(attempt, DEFAULT_AUTH_RETRY, () => jitter)).toBe(expected);
  });

  it('never waits longer than the cap, nor less than half the step', () => {
    for (let attempt = 1; attempt <= 40; attempt++) {
      const delay = authRetryDelay(attempt, DEFAULT_AUTH_RETRY);
      expect(delay).toBeLessThanOrEqual(DEFAULT_AUTH_RETRY.maxDelayMs);
      expect(delay).toBeGreaterThanOrEqual(
        Math.min(DEFAULT_AUTH_RETRY.maxDelayMs, 1000 * 2 ** (attempt - 1)) / 2,
      );
    }
  });
});
