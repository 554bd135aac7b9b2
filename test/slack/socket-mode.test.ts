/**
 * End to end, Socket Mode: the real service and Bolt app connect to a local WebSocket stand-in
 * (handed out by a stand-in `apps.connections.open`), receive envelopes and ack them; a
 * `disconnect` from the server makes the client reconnect and answer again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBlockKitViolations, type SlackMessage } from '../../adapters/slack/block-kit-limits.js';
import { appMention, blockAction, slashCommandFields } from '../support/slack/payloads.js';
import { type RunningSlackService, startSlackService } from '../support/slack/slack-service.js';
import { type SocketStandIn, startSocketStandIn } from '../support/slack/socket-stand-in.js';
import { waitFor } from '../support/slack/wait.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const APP_TOKEN = 'xapp-test-app-token';
const BOT_TOKEN = 'xoxb-test-token';

let api: WebApiStandIn;
let socket: SocketStandIn;
let slack: RunningSlackService;
let envelopes = 0;

beforeAll(async () => {
  api = await startWebApiStandIn();
  socket = await startSocketStandIn();
  api.setSocketUrl(socket.url);
  // A shorter ping timeout than the client's default keeps the reconnect back-off (one ping timeout
  // per attempt) short, yet long enough that a busy machine never mistakes slowness for a dead link.
  slack = await startSlackService(
    { SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: api.apiUrl },
    { socketPingTimeoutMs: 3000 },
  );
});

afterAll(async () => {
  // The adapter's stop() awaits the Socket Mode client's disconnect before the stand-in goes away.
  await slack?.stop();
  await socket?.close();
  await api?.close();
});

async function pushCommand(text: string) {
  const envelopeId = `env-${++envelopes}`;
  const ack = await socket.push({
    envelope_id: envelopeId,
    type: 'slash_commands',
    payload: slashCommandFields(text, api.responseUrl(envelopeId)),
    accepts_response_payload: true,
  });
  return ack.payload as unknown as SlackMessage & { response_type?: string };
}

describe('Socket Mode', () => {
  it('opened the connection with the app token and is ready', () => {
    const [open] = api.callsTo('apps.connections.open');
    expect(open?.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(slack.adapter.ready()).toBe(true);
  });

  it('serves health on the service, and no /slack/events route', async () => {
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${slack.baseUrl}/readyz`)).status).toBe(200);
    const events = await fetch(`${slack.eventsUrl}`, { method: 'POST', body: '{}' });
    expect(events.status).toBe(404);
    expect(slack.adapter.routes).toEqual([]);
  });

  it('answers a slash command in the envelope ack', async () => {
    const payload = await pushCommand('60140');
    expect(payload.response_type).toBe('ephemeral');
    expect(JSON.stringify(payload.blocks[0])).toContain('Port 60140');
    expect(payload.text.length).toBeGreaterThan(0);
    expect(findBlockKitViolations(payload)).toEqual([]);
  });

  it('acks an events_api envelope at once and answers the mention through the Web API', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const ack = await socket.push({
      envelope_id: `env-${++envelopes}`,
      type: 'events_api',
      payload: appMention(`<@${BOT_USER_ID}> 22`),
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
    });
    expect(ack.payload ?? {}).toEqual({});
    const call = (await api.waitForCalls('chat.postMessage', before + 1))[before];
    expect(call?.form.blocks).toContain('Port 22');
  });

  it('acks a button click envelope and answers through its response_url', async () => {
    const command = await pushCommand('5432');
    const actions = command.blocks.find((block) => block.type === 'actions');
    const windows =
      actions?.type === 'actions'
        ? actions.elements.find((e) => e.type === 'button' && e.action_id === 'portbot_os_windows')
        : undefined;
    const value = windows?.type === 'button' ? (windows.value ?? '') : '';
    const envelopeId = `env-${++envelopes}`;
    const ack = await socket.push({
      envelope_id: envelopeId,
      type: 'interactive',
      payload: blockAction('portbot_os_windows', value, api.responseUrl(envelopeId)),
      accepts_response_payload: false,
    });
    expect(ack.payload ?? {}).toEqual({});
    const post = await waitFor(() => api.responsePosts.find((p) => p.id === envelopeId), {
      what: 'the response_url post',
    });
    expect(JSON.stringify(post.body)).toContain('Get-NetTCPConnection');
  });

  it('reconnects after a disconnect message and answers again', { timeout: 70_000 }, async () => {
    const connections = socket.connectionCount;
    socket.requestReconnect();
    await socket.waitForConnections(connections + 1, { timeoutMs: 30_000 });
    await waitFor(() => (slack.adapter.ready() ? true : undefined), {
      timeoutMs: 30_000,
      what: 'ready again',
    });
    expect(api.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(2);
    const payload = await pushCommand('443');
    expect(JSON.stringify(payload.blocks[0])).toContain('Port 443');
  });

  it('stops cleanly: stop() waits for the WebSocket to close', async () => {
    await slack.stop();
    expect(slack.adapter.ready()).toBe(false);
    // The client saw the close handshake finish; the stand-in's side of it lands a moment later.
    await waitFor(() => (socket.openConnections === 0 ? true : undefined), {
      timeoutMs: 10_000,
      what: 'closed',
    });
  });
});
