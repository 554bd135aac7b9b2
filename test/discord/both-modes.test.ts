/**
 * Both modes in one service: Discord sends interactions to the HTTP endpoint while the gateway
 * serves mentions. The two transports must send the very same payloads; and the adapter's
 * lifecycle (ready, stop, a refused token, a Discord it cannot reach) is checked against the stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeDiscord,
  isCallbackFor,
  startFakeDiscord,
  unreachableApiUrl,
  waitUntil,
} from '../support/discord/fake-discord.js';
import {
  botUser,
  buttonClick,
  FAKE_TOKEN,
  IDS,
  messageCreate,
  portCommand,
} from '../support/discord/payloads.js';
import { createTestSigner, postInteraction, type TestSigner } from '../support/discord/signing.js';
import { discordConfig, type RunningPortbot, startPortbot } from '../support/discord/start-portbot.js';

let discord: FakeDiscord;
let signer: TestSigner;
let portbot: RunningPortbot;

beforeAll(async () => {
  discord = await startFakeDiscord();
  signer = createTestSigner();
  portbot = await startPortbot(
    discordConfig({ token: FAKE_TOKEN, publicKey: signer.publicKeyHex, apiUrl: discord.apiUrl }),
  );
  await waitUntil(() => portbot.adapter.ready(), 10_000, 'the gateway to be ready');
});

afterAll(async () => {
  await portbot?.stop();
  await discord?.close();
});

interface Callback {
  type: number;
  data: Record<string, unknown> & { allowed_mentions?: unknown };
}

/**
 * discord.js adds its defaults to every message (tts, enforce_nonce, replied_user); they change
 * nothing for an interaction response, so the comparison leaves them out.
 */
function withoutClientDefaults(data: Callback['data']): Record<string, unknown> {
  const { tts: _tts, enforce_nonce: _nonce, allowed_mentions: _mentions, ...rest } = data;
  return rest;
}

async function overGateway(payload: { id: string }): Promise<unknown> {
  discord.gateway.dispatch('INTERACTION_CREATE', payload);
  return (await discord.waitForRequest(isCallbackFor(payload.id))).body;
}

async function overHttp(payload: unknown): Promise<unknown> {
  const { status, body } = await postInteraction(`${portbot.baseUrl}/discord/interactions`, signer, payload);
  expect(status).toBe(200);
  return body;
}

describe('gateway and HTTP interactions together', () => {
  it('reports ready on /readyz once the gateway is ready', async () => {
    const response = await fetch(`${portbot.baseUrl}/readyz`, { signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(200);
  });

  it.each([
    ['/port 5432', () => portCommand('5432')],
    ['/port in a DM', () => portCommand('22 80 443', 'dm')],
    ['a Windows button', () => buttonClick('os:windows:p8000-8010.p22')],
  ])('sends the same payload for %s over both transports', async (_name, build) => {
    const viaGateway = (await overGateway(build())) as Callback;
    const viaHttp = (await overHttp(build())) as Callback;
    expect(viaGateway.type).toBe(viaHttp.type);
    expect(withoutClientDefaults(viaGateway.data)).toEqual(withoutClientDefaults(viaHttp.data));
    expect(viaGateway.data.allowed_mentions).toMatchObject({ parse: [] });
    expect(viaHttp.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('still answers mentions over the gateway', async () => {
    const question = messageCreate({ content: `<@${IDS.bot}> 443`, mentions: [botUser()] });
    discord.gateway.dispatch('MESSAGE_CREATE', question);
    const reply = await discord.waitForRequest(
      (request) =>
        (request.body as { message_reference?: { message_id?: string } } | null)?.message_reference
          ?.message_id === question.id,
    );
    expect(reply.method).toBe('POST');
  });
});

describe('adapter lifecycle', () => {
  it('refuses to start with a token Discord rejects', async () => {
    const refused = await startPortbot(
      discordConfig({ token: 'another-fake-token-for-tests', apiUrl: discord.apiUrl }),
    ).then(
      () => 'started',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(refused).not.toBe('started');
    expect(refused).toContain('Discord refused DISCORD_TOKEN (401 Unauthorized)');
    expect(refused).toContain('Reset Token');
  });

  it('refuses to start when Discord cannot be reached, saying so rather than blaming the token', async () => {
    const apiUrl = await unreachableApiUrl();
    const unreachable = await startPortbot(discordConfig({ token: FAKE_TOKEN, apiUrl })).then(
      () => 'started',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(unreachable).toContain(`could not reach Discord at ${new URL(apiUrl).host} (ECONNREFUSED)`);
    expect(unreachable).toContain('check that this machine can connect out to');
    expect(unreachable).not.toContain('refused DISCORD_TOKEN');
  });

  it('stops: the gateway connection closes and the adapter is no longer ready', async () => {
    const second = await startPortbot(discordConfig({ token: FAKE_TOKEN, apiUrl: discord.apiUrl }));
    await waitUntil(() => second.adapter.ready(), 10_000, 'the second client to be ready');
    await second.stop();
    expect(second.adapter.ready()).toBe(false);
  });
});
