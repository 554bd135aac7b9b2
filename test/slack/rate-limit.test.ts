/**
 * End to end, the per-user rate limit on every way a question reaches the Slack adapter: the real
 * service and Bolt app, the service's in-memory limiter (burst 2, on a stopped clock so that no
 * token comes back during a test), signed requests in, and the stand-in Web API and response_urls
 * out. Each test asks as its own users, so buckets never carry over between tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryRateLimiter, type RateLimiter } from '../../adapters/shared/rate-limit.js';
import type { SlackMessage } from '../../adapters/slack/block-kit-limits.js';
import {
  appMention,
  blockAction,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  directMessage,
  interactionForm,
  messageShortcut,
  slashCommandFields,
  slashCommandForm,
} from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type RunningSlackService, startSlackService } from '../support/slack/slack-service.js';
import { type SocketStandIn, startSocketStandIn } from '../support/slack/socket-stand-in.js';
import { waitFor, waitForHandled } from '../support/slack/wait.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const BOT_TOKEN = 'xoxb-test-token';
const SLOW_DOWN = /You're asking faster than I can keep up — try again in \d+ s\./;

type Reply = SlackMessage & { response_type?: string; replace_original?: boolean };

/** Burst 2, and a clock that never moves: the third question in a row is always over the limit. */
function burstOfTwo(): RateLimiter {
  return createMemoryRateLimiter({ perMinute: 1, burst: 2 }, { now: () => 0 });
}

let api: WebApiStandIn;
let responseIds = 0;

function newResponseUrl(): { id: string; url: string } {
  const id = `r${++responseIds}`;
  return { id, url: api.responseUrl(id) };
}

function waitForPostTo(id: string) {
  return waitFor(() => api.responsePosts.find((post) => post.id === id), { what: `a post to ${id}` });
}

const isAnswer = (reply: SlackMessage, port: string) =>
  reply.blocks[0]?.type === 'header' && JSON.stringify(reply.blocks[0]).includes(`Port ${port}`);

const httpEnv = () => ({
  SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_API_URL: api.apiUrl,
});

beforeAll(async () => {
  api = await startWebApiStandIn();
});

afterAll(async () => {
  await api?.close();
});

/** The three answers to `/port` from one user, then another user's, through `ask`. */
async function commandsInARow(ask: (text: string, user: string) => Promise<Reply>, prefix: string) {
  const first = await ask('22', `${prefix}A`);
  const second = await ask('443', `${prefix}A`);
  const third = await ask('8080', `${prefix}A`);
  const otherUser = await ask('8080', `${prefix}B`);
  return { first, second, third, otherUser };
}

function expectThirdSlowedDown({ first, second, third, otherUser }: Record<string, Reply>) {
  expect(isAnswer(first as Reply, '22')).toBe(true);
  expect(isAnswer(second as Reply, '443')).toBe(true);
  expect(third?.response_type).toBe('ephemeral');
  expect(third?.text).toMatch(SLOW_DOWN);
  expect(JSON.stringify(third)).not.toContain('Port 8080');
  expect(isAnswer(otherUser as Reply, '8080')).toBe(true);
}

describe('HTTP mode', () => {
  let slack: RunningSlackService;

  beforeAll(async () => {
    slack = await startSlackService(httpEnv(), {}, { rateLimiter: burstOfTwo() });
  });

  afterAll(async () => {
    await slack?.stop();
  });

  async function slashCommand(text: string, user: string): Promise<Reply> {
    const form = slashCommandForm(text, newResponseUrl().url, '/port', user);
    const response = await signedPost(slack.eventsUrl, form, FORM);
    expect(response.status).toBe(200);
    return (await response.json()) as Reply;
  }

  async function post(body: string, type: string): Promise<void> {
    expect((await signedPost(slack.eventsUrl, body, type)).status).toBe(200);
  }

  it('/port: the third in a row gets the slow-down note privately, another user an answer', async () => {
    expectThirdSlowedDown(await commandsInARow(slashCommand, 'UFAST0000'));
  });

  it('/port help is still answered for a user over the limit', async () => {
    await commandsInARow(slashCommand, 'UHELP0000');
    for (const text of ['', 'help']) {
      const reply = await slashCommand(text, 'UHELP0000A');
      expect(JSON.stringify(reply)).toContain('/port 60140');
    }
    expect((await slashCommand('53', 'UHELP0000A')).text).toMatch(SLOW_DOWN);
  });

  it('mentions: the third gets a chat.postEphemeral to the asker, in the channel; another user an answer', async () => {
    const user = 'UMENTION0A';
    const posted = api.callsTo('chat.postMessage').length;
    const privately = api.callsTo('chat.postEphemeral').length;
    await post(JSON.stringify(appMention(`<@${BOT_USER_ID}> 22`, { user })), JSON_TYPE);
    await post(JSON.stringify(appMention(`<@${BOT_USER_ID}> 443`, { user })), JSON_TYPE);
    await api.waitForCalls('chat.postMessage', posted + 2);
    const limited = appMention(`<@${BOT_USER_ID}> 8080`, { user });
    await post(JSON.stringify(limited), JSON_TYPE);
    const note = (await api.waitForCalls('chat.postEphemeral', privately + 1))[privately];
    expect(note?.form).toMatchObject({ channel: CHANNEL_ID, user });
    expect(note?.form.thread_ts).toBeUndefined();
    expect(note?.form.text).toMatch(SLOW_DOWN);
    expect(note?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);

    const other = appMention(`<@${BOT_USER_ID}> 8080`, { user: 'UMENTION0B' });
    await post(JSON.stringify(other), JSON_TYPE);
    const answer = (await api.waitForCalls('chat.postMessage', posted + 3))[posted + 2];
    expect(answer?.form.blocks).toContain('Port 8080');
    await waitForHandled(slack.logs, [limited, other]);
    expect(api.callsTo('chat.postMessage')).toHaveLength(posted + 3);
  });

  it('mentions: a limited question inside a thread gets its note in that thread', async () => {
    const user = 'UTHREAD00A';
    const privately = api.callsTo('chat.postEphemeral').length;
    const posted = api.callsTo('chat.postMessage').length;
    for (const text of ['22', '443'])
      await post(JSON.stringify(appMention(`<@${BOT_USER_ID}> ${text}`, { user })), JSON_TYPE);
    await api.waitForCalls('chat.postMessage', posted + 2);
    const threadTs = '1699999999.000777';
    await post(JSON.stringify(appMention(`<@${BOT_USER_ID}> 8080`, { user, threadTs })), JSON_TYPE);
    const note = (await api.waitForCalls('chat.postEphemeral', privately + 1))[privately];
    expect(note?.form).toMatchObject({ channel: CHANNEL_ID, user, thread_ts: threadTs });
  });

  it('direct messages: the third gets a chat.postEphemeral in the DM', async () => {
    const user = 'UDIRECT00A';
    const posted = api.callsTo('chat.postMessage').length;
    const privately = api.callsTo('chat.postEphemeral').length;
    for (const text of ['22', '443']) await post(JSON.stringify(directMessage(text, { user })), JSON_TYPE);
    await api.waitForCalls('chat.postMessage', posted + 2);
    await post(JSON.stringify(directMessage('8080', { user })), JSON_TYPE);
    const note = (await api.waitForCalls('chat.postEphemeral', privately + 1))[privately];
    expect(note?.form).toMatchObject({ channel: DM_CHANNEL_ID, user });
    expect(note?.form.text).toMatch(SLOW_DOWN);
  });

  it('"Explain ports": the third gets the note through response_url, beside the message', async () => {
    const user = 'USHORTCUTA';
    const bodies: Reply[] = [];
    for (const text of ['db on 5432', 'cache on 6379', 'web on 8080']) {
      const { id, url } = newResponseUrl();
      await post(interactionForm(messageShortcut(text, url, 'explain_ports', user)), FORM);
      bodies.push((await waitForPostTo(id)).body as Reply);
    }
    expect(JSON.stringify(bodies[1])).toContain('6379');
    expect(bodies[2]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(bodies[2]?.text).toMatch(SLOW_DOWN);
  });

  it('OS buttons: the third click gets the note without replacing the answer; Share is not limited', async () => {
    const user = 'UBUTTON00A';
    const bodies: Reply[] = [];
    for (const os of ['windows', 'macos', 'linux']) {
      const { id, url } = newResponseUrl();
      await post(interactionForm(blockAction(`portbot_os_${os}`, `1|${os}|p8080`, url, user)), FORM);
      bodies.push((await waitForPostTo(id)).body as Reply);
    }
    expect(bodies[0]?.replace_original).toBe(true);
    expect(bodies[1]?.replace_original).toBe(true);
    expect(bodies[2]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(bodies[2]?.text).toMatch(SLOW_DOWN);

    const { id, url } = newResponseUrl();
    await post(interactionForm(blockAction('portbot_share', '1|linux|p8080', url, user)), FORM);
    const shared = (await waitForPostTo(id)).body as Reply;
    expect(shared.response_type).toBe('in_channel');
    expect(JSON.stringify(shared)).toContain('Port 8080');
  });
});

describe('Socket Mode', () => {
  let socket: SocketStandIn;
  let slack: RunningSlackService;
  let envelopes = 0;

  beforeAll(async () => {
    socket = await startSocketStandIn();
    api.setSocketUrl(socket.url);
    slack = await startSlackService(
      { SLACK_APP_TOKEN: 'xapp-test-app-token', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: api.apiUrl },
      // Short enough to keep a reconnect quick, long enough that a busy machine is not taken for a
      // dead link.
      { socketPingTimeoutMs: 3000 },
      { rateLimiter: burstOfTwo() },
    );
  });

  afterAll(async () => {
    await slack?.stop();
    await socket?.close();
  });

  it('/port: the third in a row gets the slow-down note in the ack, another user an answer', async () => {
    const ask = async (text: string, user: string) => {
      const envelopeId = `env-${++envelopes}`;
      const ack = await socket.push({
        envelope_id: envelopeId,
        type: 'slash_commands',
        payload: slashCommandFields(text, api.responseUrl(envelopeId), '/port', user),
        accepts_response_payload: true,
      });
      return ack.payload as unknown as Reply;
    };
    expectThirdSlowedDown(await commandsInARow(ask, 'USOCKET00'));
  });

  it('mentions: the third gets a chat.postEphemeral to the asker', async () => {
    const user = 'USOCKMENTA';
    const posted = api.callsTo('chat.postMessage').length;
    const privately = api.callsTo('chat.postEphemeral').length;
    for (const text of ['22', '443', '8080'])
      await socket.push({
        envelope_id: `env-${++envelopes}`,
        type: 'events_api',
        payload: appMention(`<@${BOT_USER_ID}> ${text}`, { user }),
        accepts_response_payload: false,
        retry_attempt: 0,
        retry_reason: '',
      });
    const note = (await api.waitForCalls('chat.postEphemeral', privately + 1))[privately];
    expect(note?.form).toMatchObject({ channel: CHANNEL_ID, user });
    expect(note?.form.text).toMatch(SLOW_DOWN);
    await api.waitForCalls('chat.postMessage', posted + 2);
  });
});
