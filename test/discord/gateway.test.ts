/**
 * End to end over the gateway: the real discord.js client, inside the real portbot service,
 * against the Discord stand-in on 127.0.0.1. Nothing of portbot's is replaced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeDiscord,
  isCallbackFor,
  type RecordedRequest,
  startFakeDiscord,
  waitUntil,
} from '../support/discord/fake-discord.js';
import {
  botUser,
  buttonClick,
  explainPorts,
  FAKE_TOKEN,
  IDS,
  messageCreate,
  portAutocomplete,
  portCommand,
  user,
} from '../support/discord/payloads.js';
import { discordConfig, type RunningPortbot, startPortbot } from '../support/discord/start-portbot.js';

interface CallbackBody {
  type: number;
  data: {
    content?: string;
    flags?: number;
    embeds?: { title?: string; fields?: { name: string; value: string }[] }[];
    components?: { components: { custom_id: string; label: string; disabled?: boolean }[] }[];
    allowed_mentions?: { parse: string[]; replied_user?: boolean };
    choices?: { name: string; value: string }[];
  };
}

let discord: FakeDiscord;
let portbot: RunningPortbot;

async function interact(payload: { id: string }): Promise<CallbackBody> {
  discord.gateway.dispatch('INTERACTION_CREATE', payload);
  const request = await discord.waitForRequest(isCallbackFor(payload.id));
  return request.body as CallbackBody;
}

function isReplyTo(messageId: string) {
  return (request: RecordedRequest) =>
    request.method === 'POST' &&
    /\/channels\/\d+\/messages$/.test(request.path) &&
    (request.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ===
      messageId;
}

beforeAll(async () => {
  discord = await startFakeDiscord({ heartbeatIntervalMs: 300 });
  portbot = await startPortbot(discordConfig({ token: FAKE_TOKEN, apiUrl: discord.apiUrl }));
  await waitUntil(() => portbot.adapter.ready(), 10_000, 'the gateway to be ready');
});

afterAll(async () => {
  await portbot?.stop();
  await discord?.close();
});

describe('gateway handshake', () => {
  it('identifies with only the non-privileged intents, and its heartbeats are acknowledged', async () => {
    const identify = discord.gateway.received.find((frame) => frame.op === 2);
    // Guilds (1) + GuildMessages (512) + DirectMessages (4096); no MessageContent (32768).
    expect(identify?.d).toMatchObject({ token: FAKE_TOKEN, intents: 1 + 512 + 4096 });
    await waitUntil(() => discord.gateway.acks >= 1, 5_000, 'a heartbeat');
    expect(discord.requests[0]).toMatchObject({
      path: '/api/v10/gateway/bot',
      authorization: `Bot ${FAKE_TOKEN}`,
    });
  });
});

describe('/port over the gateway', () => {
  it('answers /port 60140 with a public embed and Linux / macOS / Windows buttons', async () => {
    const body = await interact(portCommand('60140'));
    expect(body.type).toBe(4);
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.embeds?.[0]?.title).toMatch(/^Port 60140/);
    // The embed's title is the answer's headline; it is not repeated as text above it.
    expect(body.data).not.toHaveProperty('content');
    expect(body.data.allowed_mentions?.parse).toEqual([]);
    // Commands for Linux by default (its button marked and disabled), the other OSes a click away.
    const buttons = body.data.components?.[0]?.components ?? [];
    expect(
      buttons
        .filter((button) => button.custom_id.startsWith('os:'))
        .map((button) => [button.label, button.custom_id, button.disabled]),
    ).toEqual([
      ['✓ Linux', 'os:linux:p60140', true],
      ['macOS', 'os:macos:p60140', false],
      ['Windows', 'os:windows:p60140', false],
    ]);
  });

  it('suggests ports while typing (type 8, at most 25)', async () => {
    const body = await interact(portAutocomplete('543'));
    expect(body.type).toBe(8);
    expect(body.data.choices?.length).toBeGreaterThan(0);
    expect(body.data.choices?.length).toBeLessThanOrEqual(25);
    expect(body.data.choices?.map((choice) => choice.value)).toContain('5432');
  });

  it('updates the answer in place for the OS clicked (type 7)', async () => {
    const body = await interact(buttonClick('os:windows:p60140'));
    expect(body.type).toBe(7);
    // Empty: clears the title that the clicked message (sent before answers dropped it) carried.
    expect(body.data.content).toBe('');
    const fields = body.data.embeds?.[0]?.fields ?? [];
    expect(
      fields.some(
        (field) => field.value.includes('**Windows**') && field.value.includes('Get-NetTCPConnection'),
      ),
    ).toBe(true);
    const buttons = body.data.components?.[0]?.components ?? [];
    expect(buttons.find((button) => button.custom_id === 'os:windows:p60140')?.disabled).toBe(true);
    expect(buttons.find((button) => button.custom_id === 'os:linux:p60140')?.disabled).toBe(false);
  });

  it('explains the ports found in a message', async () => {
    const body = await interact(explainPorts('firewall shows 22 and 3389 open, and 8080 too'));
    expect(body.type).toBe(4);
    expect(body.data.embeds?.map((embed) => embed.title?.split(' — ')[0])).toEqual([
      'Port 22',
      'Port 3389',
      'Port 8080',
    ]);
  });

  it('answers a problem privately', async () => {
    const body = await interact(portCommand('70000'));
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.content).toContain('70000 is not a valid port');
  });
});

describe('mentions over the gateway', () => {
  it('replies to a mention with a message reference, pinging nobody', async () => {
    const question = messageCreate({
      content: `<@${IDS.bot}> what's on 5432? @everyone`,
      mentions: [botUser()],
    });
    discord.gateway.dispatch('MESSAGE_CREATE', question);
    const reply = await discord.waitForRequest(isReplyTo(question.id));
    expect(reply.path).toBe(`/api/v10/channels/${IDS.channel}/messages`);
    expect(reply.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    expect(reply.body).toMatchObject({
      allowed_mentions: { parse: [], replied_user: false },
      embeds: [expect.objectContaining({ title: expect.stringMatching(/^Port 5432/) })],
    });
    expect(reply.body).not.toHaveProperty('content');
  });

  it('ignores messages without a mention, and bots; answers the next mention', async () => {
    const plain = messageCreate({ content: 'port 22 is open' });
    const fromBot = messageCreate({
      content: `<@${IDS.bot}> 22`,
      author: user(IDS.otherBot, { bot: true }),
      mentions: [botUser()],
    });
    const control = messageCreate({ content: `<@${IDS.bot}> 443`, mentions: [botUser()] });
    discord.gateway.dispatch('MESSAGE_CREATE', plain);
    discord.gateway.dispatch('MESSAGE_CREATE', fromBot);
    discord.gateway.dispatch('MESSAGE_CREATE', control);
    await discord.waitForRequest(isReplyTo(control.id));
    expect(discord.requests.some(isReplyTo(plain.id))).toBe(false);
    expect(discord.requests.some(isReplyTo(fromBot.id))).toBe(false);
  });

  it('answers in threads and in DMs', async () => {
    const inThread = messageCreate({
      content: `<@${IDS.bot}> 6379`,
      mentions: [botUser()],
      channelId: IDS.thread,
    });
    discord.gateway.dispatch('MESSAGE_CREATE', inThread);
    expect((await discord.waitForRequest(isReplyTo(inThread.id))).path).toBe(
      `/api/v10/channels/${IDS.thread}/messages`,
    );
    const direct = messageCreate({ content: 'what is 27017', dm: true });
    discord.gateway.dispatch('MESSAGE_CREATE', direct);
    expect((await discord.waitForRequest(isReplyTo(direct.id))).path).toBe(
      `/api/v10/channels/${IDS.dmChannel}/messages`,
    );
  });
});

describe('resilience', () => {
  it('resumes after RECONNECT and still answers', async () => {
    discord.gateway.requestReconnect();
    await waitUntil(() => discord.gateway.received.some((frame) => frame.op === 6), 10_000, 'RESUME');
    const resume = discord.gateway.received.find((frame) => frame.op === 6);
    expect(resume?.d).toMatchObject({ token: FAKE_TOKEN, session_id: 'fake-session-0001' });
    await waitUntil(() => portbot.adapter.ready(), 10_000, 'ready again');
    const body = await interact(portCommand('22'));
    expect(body.data.embeds?.[0]?.title).toMatch(/^Port 22/);
  });

  it('logs a failed reply with a correlation id, tries a private note with it, and keeps answering', async () => {
    const failing = portCommand('443');
    discord.refusedInteractions.add(failing.id);
    discord.gateway.dispatch('INTERACTION_CREATE', failing);
    await waitUntil(
      () => discord.requests.filter(isCallbackFor(failing.id)).length >= 2,
      10_000,
      'the error reply',
    );
    const [, note] = discord.requests.filter(isCallbackFor(failing.id));
    const noteBody = note?.body as CallbackBody;
    expect(noteBody.data.flags).toBe(64);
    const failure = portbot.logs.find((line) => line.msg === 'could not answer');
    expect(failure?.correlationId).toMatch(/^[0-9a-f]{8}$/);
    expect(noteBody.data.content).toContain(`(ref ${String(failure?.correlationId)})`);
    const body = await interact(portCommand('443'));
    expect(body.type).toBe(4);
  });
});
