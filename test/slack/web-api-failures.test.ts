/**
 * When Slack's side fails: 429 with Retry-After, 5xx, a refused token, a failing response_url, and
 * a bug of our own. Answers arrive after bounded retries or the failure is logged with a
 * correlation id; the process keeps serving (an unhandled rejection would fail this suite).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AdapterDeps } from '../../adapters/shared/service-adapter.js';
import type { SlackAdapterOptions } from '../../adapters/slack/adapter.js';
import { appMention, blockAction, interactionForm, slashCommandForm } from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type LogLine, type RunningSlackService, startSlackService } from '../support/slack/slack-service.js';
import { waitFor } from '../support/slack/wait.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const running: { api?: WebApiStandIn; slack?: RunningSlackService } = {};

afterEach(async () => {
  await running.slack?.stop();
  await running.api?.close();
  running.slack = undefined;
  running.api = undefined;
});

async function start(options: SlackAdapterOptions = {}, deps: Partial<AdapterDeps> = {}) {
  const api = await startWebApiStandIn();
  running.api = api;
  const env = {
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: api.apiUrl,
  };
  const slack = await startSlackService(env, options, deps);
  running.slack = slack;
  return { api, slack };
}

async function mention(slack: RunningSlackService, text: string): Promise<void> {
  const response = await signedPost(
    slack.eventsUrl,
    JSON.stringify(appMention(`<@${BOT_USER_ID}> ${text}`)),
    JSON_TYPE,
  );
  expect(response.status).toBe(200);
}

function errorLine(logs: LogLine[]): LogLine | undefined {
  return logs.find((line) => line.msg === 'could not answer');
}

describe('chat.postMessage failures', () => {
  it('waits out a 429 Retry-After, then answers', async () => {
    const { api, slack } = await start();
    api.script('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    await mention(slack, '5432');
    const calls = await api.waitForCalls('chat.postMessage', 2, { timeoutMs: 8000 });
    expect(calls[1]?.form.blocks).toContain('Port 5432');
    expect(errorLine(slack.logs)).toBeUndefined();
  });

  it('does not wait out a Retry-After beyond its bound: the failure is logged instead', async () => {
    const { api, slack } = await start();
    api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '3600' }, body: { ok: false } });
    api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '3600' }, body: { ok: false } });
    await mention(slack, '22');
    const line = await waitFor(() => errorLine(slack.logs), { what: 'the failure log line' });
    expect(line.correlationId).toMatch(/^[0-9a-f]{8}$/);
  });

  it('retries a 500 within its bound and answers', async () => {
    const { api, slack } = await start({ retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 20 } });
    api.script('chat.postMessage', { status: 500, body: 'upstream error' });
    await mention(slack, '443');
    const calls = await api.waitForCalls('chat.postMessage', 2);
    expect(calls[1]?.form.blocks).toContain('Port 443');
  });

  it('logs a 500 it cannot get past with a correlation id, and keeps serving', async () => {
    const { api, slack } = await start();
    api.script('chat.postMessage', { status: 500, body: 'down' }, { status: 500, body: 'still down' });
    await mention(slack, '6379');
    const line = await waitFor(() => errorLine(slack.logs), { what: 'the failure log line' });
    expect(line).toMatchObject({ via: 'mention', level: 50 });
    expect(line.correlationId).toMatch(/^[0-9a-f]{8}$/);
    // The apology was tried too (and failed against the same outage); that is only logged.
    await waitFor(() => slack.logs.find((entry) => entry.msg === 'follow-up failed'), {
      what: 'follow-up log',
    });
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
    await mention(slack, '3306');
    const calls = await api.waitForCalls('chat.postMessage', 3);
    expect(calls[2]?.form.blocks).toContain('Port 3306');
  });

  it('logs a failing response_url and keeps serving', async () => {
    const { api, slack } = await start();
    api.scriptResponseUrl({ status: 500, body: 'nope' }, { status: 500, body: 'nope' });
    const value = '1|windows|p8080';
    const body = interactionForm(blockAction('portbot_os_windows', value, api.responseUrl('broken')));
    expect((await signedPost(slack.eventsUrl, body, FORM)).status).toBe(200);
    const line = await waitFor(() => errorLine(slack.logs), { what: 'the failure log line' });
    expect(line.via).toBe('os-button');
    const again = await signedPost(slack.eventsUrl, slashCommandForm('22', api.responseUrl('ok')), FORM);
    expect(again.status).toBe(200);
  });
});

describe('internal errors and start-up', () => {
  it('answers a bug with a short apology and a reference, and logs the same reference', async () => {
    const broken: Partial<AdapterDeps> = {
      knowledge: () => {
        throw new Error('knowledge unavailable: secret detail');
      },
    };
    const { api, slack } = await start({}, broken);
    const response = await signedPost(slack.eventsUrl, slashCommandForm('22', api.responseUrl('x')), FORM);
    expect(response.status).toBe(200);
    const reply = (await response.json()) as { text: string; response_type: string };
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(/^Sorry, something went wrong/);
    expect(JSON.stringify(reply)).not.toMatch(/secret detail|at .*\.ts:\d+|Error:/);
    const line = errorLine(slack.logs);
    expect(line?.via).toBe('command');
    expect(reply.text).toContain(String(line?.correlationId));
  });

  it('refuses to start when Slack rejects the bot token, with a clear error', async () => {
    const api = await startWebApiStandIn();
    running.api = api;
    api.script('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    const env = {
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: api.apiUrl,
    };
    await expect(startSlackService(env)).rejects.toThrow(
      /did not accept SLACK_BOT_TOKEN \(auth.test: invalid_auth\)/,
    );
  });

  it('says so when Slack cannot be reached at start, rather than blaming the token, and stays up', async () => {
    const api = await startWebApiStandIn();
    const apiUrl = api.apiUrl;
    await api.close();
    const env = {
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: apiUrl,
    };
    // HTTP mode: no crash loop during an outage. The service starts, is not ready, and says why.
    const slack = await startSlackService(env, { authRetry: { initialDelayMs: 60_000, maxDelayMs: 60_000 } });
    running.slack = slack;
    const line = slack.logs.find(
      (entry) => entry.msg === 'Slack cannot be reached; not ready, retrying auth.test',
    );
    expect(String(line?.reason)).toMatch(/could not check SLACK_BOT_TOKEN/);
    expect(String(line?.reason)).not.toMatch(/did not accept/);
    expect((await fetch(`${slack.baseUrl}/readyz`)).status).toBe(503);
  });
});
