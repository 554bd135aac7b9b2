/**
 * End to end over HTTP interactions: signed requests to POST /discord/interactions on the real
 * service, with a key pair made for this run. No gateway, no token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INTERACTION_BYTES } from '../../adapters/discord/interactions-endpoint.js';
import {
  buttonClick,
  explainPorts,
  PING,
  portAutocomplete,
  portCommand,
} from '../support/discord/payloads.js';
import {
  createTestSigner,
  nowTimestamp,
  postInteraction,
  type TestSigner,
} from '../support/discord/signing.js';
import { discordConfig, type RunningPortbot, startPortbot } from '../support/discord/start-portbot.js';

interface InteractionResponse {
  type: number;
  data?: {
    content?: string;
    flags?: number;
    embeds?: { title?: string }[];
    components?: { components: { custom_id: string }[] }[];
    allowed_mentions?: { parse: string[] };
    choices?: { name: string; value: string }[];
  };
}

let signer: TestSigner;
let portbot: RunningPortbot;
let url: string;

const post = async (payload: unknown, options = {}) => {
  const { status, body } = await postInteraction(url, signer, payload, options);
  return { status, body: body as InteractionResponse };
};

beforeAll(async () => {
  signer = createTestSigner();
  portbot = await startPortbot(discordConfig({ publicKey: signer.publicKeyHex }));
  url = `${portbot.baseUrl}/discord/interactions`;
});

afterAll(async () => {
  await portbot?.stop();
});

describe('HTTP interactions: answers', () => {
  it('is ready at once, with no gateway', () => {
    expect(portbot.adapter.ready()).toBe(true);
  });

  it('answers a signed PING with PONG', async () => {
    expect(await post(PING)).toEqual({ status: 200, body: { type: 1 } });
  });

  it('answers a signed /port 60140 in the response body (type 4)', async () => {
    const { status, body } = await post(portCommand('60140'));
    expect(status).toBe(200);
    expect(body.type).toBe(4);
    expect(body.data?.embeds?.[0]?.title).toMatch(/^Port 60140/);
    expect(body.data).not.toHaveProperty('content');
    expect(body.data?.components?.[0]?.components.map((button) => button.custom_id)).toEqual([
      'os:linux:p60140',
      'os:macos:p60140',
      'os:windows:p60140',
      'all:linux:p60140',
    ]);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers autocomplete (type 8), a button (type 7) and Explain ports (type 4)', async () => {
    const complete = await post(portAutocomplete('postg'));
    expect(complete.body.type).toBe(8);
    expect(complete.body.data?.choices?.some((choice) => choice.name.startsWith('PostgreSQL'))).toBe(true);
    const click = await post(buttonClick('os:macos:p5432'));
    expect(click.body.type).toBe(7);
    expect(click.body.data?.content).toBe('');
    expect(JSON.stringify(click.body.data?.embeds)).toContain('lsof');
    const explain = await post(explainPorts('ssh on 22, rdp on 3389'));
    expect(explain.body.type).toBe(4);
    expect(explain.body.data?.embeds).toHaveLength(2);
    expect(explain.body.data).not.toHaveProperty('content');
  });

  it('answers problems and stale buttons privately', async () => {
    for (const payload of [
      portCommand('99999'),
      buttonClick('os:linux:not a token'),
      explainPorts('no numbers'),
    ]) {
      const { body } = await post(payload);
      expect(body.type).toBe(4);
      expect(body.data?.flags).toBe(64);
    }
  });
});

describe('HTTP interactions: rejected requests', () => {
  const payload = portCommand('22');
  const body = JSON.stringify(payload);

  it.each([
    [
      'a tampered body',
      () => ({
        rawBody: body.replace('"22"', '"23"'),
        signature: signer.sign(stamp, body),
        timestamp: stamp,
      }),
    ],
    [
      'a tampered timestamp',
      () => ({ rawBody: body, signature: signer.sign(stamp, body), timestamp: String(Number(stamp) + 1) }),
    ],
    [
      'another key',
      () => ({ rawBody: body, signature: createTestSigner().sign(stamp, body), timestamp: stamp }),
    ],
    [
      'a truncated signature',
      () => ({ rawBody: body, signature: signer.sign(stamp, body).slice(0, 126), timestamp: stamp }),
    ],
    // Buffer.from(hex) would stop at the bad character and verify the valid prefix.
    [
      'trailing junk after the hex',
      () => ({ rawBody: body, signature: `${signer.sign(stamp, body)}zz`, timestamp: stamp }),
    ],
    ['a non-hex signature', () => ({ rawBody: body, signature: 'g'.repeat(128), timestamp: stamp })],
    ['an empty signature', () => ({ rawBody: body, signature: '', timestamp: stamp })],
    [
      'a non-numeric timestamp',
      () => ({ rawBody: body, signature: signer.sign('soon', body), timestamp: 'soon' }),
    ],
  ])('refuses %s with 401', async (_name, options) => {
    const { status } = await post(payload, options());
    expect(status).toBe(401);
  });

  it('refuses a request without signature headers with 401', async () => {
    const response = await fetch(url, { method: 'POST', body, signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(401);
  });

  it('refuses a body over the cap with 413, before verifying', async () => {
    const { status } = await post(payload, { rawBody: 'x'.repeat(MAX_INTERACTION_BYTES + 1) });
    expect(status).toBe(413);
  });

  it('answers a signed body that is not an interaction with 400', async () => {
    expect((await post(null, { rawBody: 'not json' })).status).toBe(400);
    expect((await post({ type: 99, id: '1', data: {} })).status).toBe(400);
  });

  it('only takes POST', async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(405);
  });
});

const stamp = nowTimestamp();
