/**
 * End to end, HTTP mode: the real service and Bolt app on 127.0.0.1, really signed requests in,
 * Web API calls and response_url posts out to a local stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBlockKitViolations, type SlackMessage } from '../../adapters/slack/block-kit-limits.js';
import {
  appMention,
  blockAction,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  directMessage,
  interactionForm,
  messageShortcut,
  slashCommandForm,
  USER_ID,
} from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, nowSeconds, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type RunningSlackService, startSlackService } from '../support/slack/slack-service.js';
import { waitFor, waitForHandled } from '../support/slack/wait.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const BOT_TOKEN = 'xoxb-test-token';

let api: WebApiStandIn;
let slack: RunningSlackService;
let responseIds = 0;

beforeAll(async () => {
  api = await startWebApiStandIn();
  slack = await startSlackService({
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: api.apiUrl,
  });
});

afterAll(async () => {
  await slack?.stop();
  await api?.close();
});

type Reply = SlackMessage & { response_type?: string; replace_original?: boolean; delete_original?: boolean };

function newResponseUrl(): { id: string; url: string } {
  const id = `r${++responseIds}`;
  return { id, url: api.responseUrl(id) };
}

async function slashCommand(text: string): Promise<Reply> {
  const response = await signedPost(slack.eventsUrl, slashCommandForm(text, newResponseUrl().url), FORM);
  expect(response.status).toBe(200);
  return (await response.json()) as Reply;
}

/** Requests refused at the route as replays of a signature already seen. */
function replaysRefused(): number {
  return slack.logs.filter((line) => String(line.msg).startsWith('repeated request signature')).length;
}

async function postEvent(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<void> {
  const response = await signedPost(slack.eventsUrl, JSON.stringify(body), JSON_TYPE, { headers });
  expect(response.status).toBe(200);
}

async function postInteraction(payload: Record<string, unknown>): Promise<void> {
  const response = await signedPost(slack.eventsUrl, interactionForm(payload), FORM);
  expect(response.status).toBe(200);
}

function allText(message: unknown): string {
  return JSON.stringify(message);
}

function buttonValue(message: Reply, actionId: string): string {
  for (const block of message.blocks) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements)
      if (element.type === 'button' && element.action_id === actionId && element.value) return element.value;
  }
  throw new Error(`no ${actionId} button`);
}

function postedBlocks(call: { form: Record<string, string> }): SlackMessage {
  return { text: call.form.text ?? '', blocks: JSON.parse(call.form.blocks ?? '[]') };
}

describe('service', () => {
  it('serves health and readiness beside /slack/events', async () => {
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${slack.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ adapters: { slack: true } });
  });

  it('checked the bot token with auth.test at start, against SLACK_API_URL', () => {
    const [call] = api.callsTo('auth.test');
    expect(call?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({ token: 'legacy', challenge: 'challenge-abc', type: 'url_verification' });
    const response = await signedPost(slack.eventsUrl, body, JSON_TYPE);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'challenge-abc' });
  });
});

describe('request signatures', () => {
  const form = () => slashCommandForm('22', newResponseUrl().url);

  it.each([
    ['a forged signature', { signature: `v0=${'0'.repeat(64)}` }],
    ['a signature made with another secret', { secret: 'some-other-secret' }],
    ['a timestamp 10 minutes old', { timestamp: nowSeconds() - 600 }],
    ['a timestamp 10 minutes in the future', { timestamp: nowSeconds() + 600 }],
  ])('rejects %s with 401', async (_name, options) => {
    const response = await signedPost(slack.eventsUrl, form(), FORM, options);
    expect(response.status).toBe(401);
  });

  it.each([
    ['an event', () => JSON.stringify(appMention('<@UBOTSTANDIN> 22')), JSON_TYPE],
    [
      'an interaction',
      () => interactionForm(blockAction('portbot_os_linux', '1|linux|p22', newResponseUrl().url)),
      FORM,
    ],
  ])('rejects %s with a forged signature or a future timestamp', async (_name, body, type) => {
    const forged = await signedPost(slack.eventsUrl, body(), type, { signature: `v0=${'f'.repeat(64)}` });
    expect(forged.status).toBe(401);
    const future = await signedPost(slack.eventsUrl, body(), type, { timestamp: nowSeconds() + 600 });
    expect(future.status).toBe(401);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const body = `${slashCommandForm('22', newResponseUrl().url)}&pad=${'x'.repeat(1024 * 1024)}`;
    const response = await signedPost(slack.eventsUrl, body, FORM);
    expect(response.status).toBe(413);
  });

  it('accepts a timestamp within the 5-minute tolerance (positive control)', async () => {
    const response = await signedPost(slack.eventsUrl, form(), FORM, { timestamp: nowSeconds() + 60 });
    expect(response.status).toBe(200);
  });
});

describe('/port', () => {
  it('answers a port ephemerally with a header, fallback text, commands and buttons', async () => {
    const reply = await slashCommand('60140');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.blocks[0]).toMatchObject({ type: 'header' });
    expect(allText(reply.blocks[0])).toContain('Port 60140');
    expect(reply.text).toContain('60140');
    expect(findBlockKitViolations(reply)).toEqual([]);
    const actions = reply.blocks.find((block) => block.type === 'actions');
    expect(allText(actions)).toContain('Share in channel');
    for (const os of ['Linux', 'macOS', 'Windows']) expect(allText(actions)).toContain(os);
    expect(allText(reply)).toContain('ss -');
    expect(allText(reply)).toMatch(/Data: /);
  });

  it.each(['', 'help'])('shows usage with examples for "/port %s"', async (text) => {
    const reply = await slashCommand(text);
    expect(reply.response_type).toBe('ephemeral');
    expect(allText(reply)).toContain('/port 60140');
    expect(findBlockKitViolations(reply)).toEqual([]);
  });

  it('explains a port out of range privately and kindly', async () => {
    const reply = await slashCommand('99999');
    expect(reply.response_type).toBe('ephemeral');
    expect(allText(reply)).toMatch(/99999 is not a valid port/);
    expect(allText(reply)).not.toContain('Share in channel');
  });

  it.each([
    ['<!channel>'],
    ['<!here> <!everyone>'],
    ['<@U0ADMIN01> 22'],
    ['<!subteam^S012|@oncall> what is 443'],
    ['<https://evil.example|click> 8080'],
  ])('never echoes a mention or link typed as "%s"', async (text) => {
    const reply = await slashCommand(text);
    const json = allText(reply);
    expect(json).not.toMatch(/<[!@#]/);
    expect(json).not.toContain('evil.example');
  });

  it('swaps the commands for Windows in place when the Windows button is clicked', async () => {
    const reply = await slashCommand('8080');
    const { id, url } = newResponseUrl();
    await postInteraction(blockAction('portbot_os_windows', buttonValue(reply, 'portbot_os_windows'), url));
    const [post] = await waitForPostsTo(id, 1);
    const body = post?.body as Reply;
    expect(body.replace_original).toBe(true);
    expect(allText(body)).toContain('Get-NetTCPConnection');
    expect(allText(body)).not.toContain('sudo ss -ltnp');
    expect(allText(body)).toContain('✓ Windows');
    expect(findBlockKitViolations(body)).toEqual([]);
  });

  it('shows everything in place when "Show everything" is clicked, every OS included', async () => {
    const reply = await slashCommand('22');
    expect(allText(reply)).not.toContain('Get-NetTCPConnection');
    const { id, url } = newResponseUrl();
    await postInteraction(blockAction('portbot_detail_full', buttonValue(reply, 'portbot_detail_full'), url));
    const [post] = await waitForPostsTo(id, 1);
    const body = post?.body as Reply;
    expect(body.replace_original).toBe(true);
    expect(allText(body)).toContain('Get-NetTCPConnection');
    expect(allText(body)).toContain('sudo ss -ltnp');
    expect(allText(body)).not.toContain('portbot_detail_full');
    expect(findBlockKitViolations(body)).toEqual([]);
  });

  it('shares the answer in the channel through response_url and removes the private copy', async () => {
    const reply = await slashCommand('5432');
    const { id, url } = newResponseUrl();
    await postInteraction(blockAction('portbot_share', buttonValue(reply, 'portbot_share'), url));
    const posts = await waitForPostsTo(id, 2);
    const shared = posts[0]?.body as Reply;
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(allText(shared)).toContain('Port 5432');
    expect(allText(shared)).toContain(`Shared by <@${USER_ID}>`);
    expect(shared.blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(posts[1]?.body).toEqual({ delete_original: true });
  });

  it('says a button no longer works when its value cannot be read', async () => {
    const { id, url } = newResponseUrl();
    await postInteraction(blockAction('portbot_os_linux', '1|linux|<!channel>', url));
    const [post] = await waitForPostsTo(id, 1);
    expect(allText(post?.body)).toContain('no longer works');
    expect(allText(post?.body)).not.toContain('<!channel>');
  });
});

function waitForPostsTo(id: string, count: number) {
  return waitFor(
    () => {
      const posts = api.responsePosts.filter((post) => post.id === id);
      return posts.length >= count ? posts : undefined;
    },
    { what: `${count} post(s) to ${id}` },
  );
}

describe('mentions and direct messages', () => {
  it('answers a mention in the thread of the question', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const event = appMention(`<@${BOT_USER_ID}> what's on 5432?`);
    await postEvent(event);
    const calls = await api.waitForCalls('chat.postMessage', before + 1);
    const call = calls[before];
    const inner = event.event as { ts: string };
    expect(call?.form.channel).toBe(CHANNEL_ID);
    expect(call?.form.thread_ts).toBe(inner.ts);
    expect(call?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const message = postedBlocks(call as { form: Record<string, string> });
    expect(allText(message.blocks)).toContain('Port 5432');
    expect(message.text.length).toBeGreaterThan(0);
    expect(findBlockKitViolations(message)).toEqual([]);
  });

  it('answers a mention inside a thread in that thread', async () => {
    const before = api.callsTo('chat.postMessage').length;
    await postEvent(appMention(`<@${BOT_USER_ID}> 22`, { threadTs: '1699999999.000001' }));
    const call = (await api.waitForCalls('chat.postMessage', before + 1))[before];
    expect(call?.form.thread_ts).toBe('1699999999.000001');
  });

  it('gives a short hint, not silence, to a mention without a port question', async () => {
    const before = api.callsTo('chat.postMessage').length;
    await postEvent(appMention(`<@${BOT_USER_ID}> hello there`));
    const call = (await api.waitForCalls('chat.postMessage', before + 1))[before];
    expect(call?.form.text).toMatch(/I answer questions about ports/);
  });

  it('answers a direct message in its thread', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const event = directMessage('53/udp');
    await postEvent(event);
    const call = (await api.waitForCalls('chat.postMessage', before + 1))[before];
    expect(call?.form.channel).toBe(DM_CHANNEL_ID);
    expect(call?.form.thread_ts).toBe((event.event as { ts: string }).ts);
    expect(call?.form.blocks).toContain('Port 53');
  });

  it('ignores bots, itself and edited messages, then still answers people (control)', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const events = [
      appMention(`<@${BOT_USER_ID}> 22`, { botId: 'BOTHER0001', user: 'UOTHERBOT1' }),
      directMessage('22', { user: BOT_USER_ID, botId: 'BBOTSTANDIN' }),
      directMessage('22', { subtype: 'message_changed' }),
      directMessage('443'),
    ];
    for (const event of events) await postEvent(event);
    const calls = await api.waitForCalls('chat.postMessage', before + 1);
    // Bolt's own ignoreSelf drops the bot's own message before any middleware of ours runs.
    await waitForHandled(
      slack.logs,
      events.filter((_event, index) => index !== 1),
    );
    expect(api.callsTo('chat.postMessage')).toHaveLength(before + 1);
    expect(calls[before]?.form.blocks).toContain('Port 443');
  });

  it('answers a retried event once, and a new event after it (control)', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const replays = replaysRefused();
    const event = appMention(`<@${BOT_USER_ID}> 3306`, { eventId: 'EvRETRIED01' });
    await postEvent(event);
    await postEvent(event, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await postEvent(event, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    await api.waitForCalls('chat.postMessage', before + 1);
    // A retry signed in the same second as the first try is refused at the route as a replay;
    // the others reach Bolt and are dropped there by event id.
    await waitForHandled(slack.logs, [event], 3 - (replaysRefused() - replays));
    expect(api.callsTo('chat.postMessage')).toHaveLength(before + 1);
    await postEvent(appMention(`<@${BOT_USER_ID}> 6379`, { eventId: 'EvFRESH0001' }));
    const calls = await api.waitForCalls('chat.postMessage', before + 2);
    expect(calls[before + 1]?.form.blocks).toContain('Port 6379');
  });

  it('never lets a typed mention through into the reply', async () => {
    const before = api.callsTo('chat.postMessage').length;
    await postEvent(appMention(`<@${BOT_USER_ID}> <!channel> <@U0ADMIN01> 99999`));
    const call = (await api.waitForCalls('chat.postMessage', before + 1))[before];
    expect(`${call?.form.text}${call?.form.blocks}`).not.toMatch(/<[!@#]/);
  });
});

describe('"Explain ports" message shortcut', () => {
  it('explains the ports found in a message, privately, with buttons', async () => {
    const { id, url } = newResponseUrl();
    await postInteraction(messageShortcut('db on 5432, cache on 6379, see <!channel>', url));
    const [post] = await waitForPostsTo(id, 1);
    const body = post?.body as Reply;
    expect(body.response_type).toBe('ephemeral');
    expect(allText(body)).toContain('5432');
    expect(allText(body)).toContain('6379');
    expect(allText(body)).toContain('Share in channel');
    expect(allText(body)).not.toContain('<!channel>');
    expect(findBlockKitViolations(body)).toEqual([]);
  });

  it('says so when a message holds no port numbers', async () => {
    const { id, url } = newResponseUrl();
    await postInteraction(messageShortcut('lunch at noon?', url));
    const [post] = await waitForPostsTo(id, 1);
    expect(allText(post?.body)).toContain('no port numbers');
  });
});
