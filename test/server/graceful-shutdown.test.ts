/**
 * The real built service (`node dist/server.js`) in Discord HTTP-interactions mode: it starts,
 * serves its health, readiness and metrics endpoints, and on SIGTERM/SIGINT stops accepting,
 * still answers the request in flight, and exits 0. With nothing configured it explains and exits 1.
 */
import { request } from 'node:http';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_PATH, READY_PATH } from '../../adapters/server/service.js';
import { portCommand } from '../support/discord/payloads.js';
import {
  ensureBuilt,
  type RunningServer,
  runBuiltServerToExit,
  startBuiltServer,
} from './support/built-server.js';
import { createDiscordKeys } from './support/discord-signing.js';

const keys = createDiscordKeys();
const DISCORD_ENV = { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_APPLICATION_ID: '900000000000000001' };

let server: RunningServer | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

interface HeldRequest {
  /** Sends the rest of the body. */
  finish(): void;
  response: Promise<{ status: number; body: string }>;
}

/** POSTs a signed interaction but sends only half of its body, so the server holds it open. */
function holdInteraction(baseUrl: string, body: string): HeldRequest {
  const url = new URL('/discord/interactions', baseUrl);
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  let finish = () => {};
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { ...keys.headers(body), 'content-length': bytes.length } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    req.write(bytes.subarray(0, half));
    finish = () => req.end(bytes.subarray(half));
  });
  return { finish, response };
}

describe('node dist/server.js', () => {
  it('with nothing configured, says how to set up Slack, Discord or the CLI, and exits 1', async () => {
    const { code, output } = await runBuiltServerToExit({});
    expect(code).toBe(1);
    for (const hint of [
      'SLACK_SIGNING_SECRET',
      'SLACK_APP_TOKEN',
      'DISCORD_PUBLIC_KEY',
      'DISCORD_TOKEN',
      'npm run port',
    ])
      expect(output).toContain(hint);
  });

  it('with a bad variable, lists it and exits 1 before listening', async () => {
    const { code, output } = await runBuiltServerToExit({ ...DISCORD_ENV, RATE_LIMIT_BURST: 'lots' });
    expect(code).toBe(1);
    expect(output).toContain('RATE_LIMIT_BURST');
    expect(output).not.toContain('listening');
  });

  it('serves health, readiness and metrics', async () => {
    server = await startBuiltServer(DISCORD_ENV);
    await server.waitForReady();
    const health = await fetch(`${server.baseUrl}${HEALTH_PATH}`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${server.baseUrl}${READY_PATH}`);
    expect(await ready.json()).toEqual({ status: 'ready', adapters: { discord: true } });
    const metrics = await (await fetch(`${server.baseUrl}/metrics`)).text();
    expect(metrics).toContain('portbot_answers_total{adapter="discord",outcome="answered"}');
    expect(metrics).toContain('portbot_connection_ready{connection="discord"} 1');
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s, answers the request in flight, refuses new ones, and exits 0',
    async (signal) => {
      server = await startBuiltServer({ ...DISCORD_ENV, LOG_LEVEL: 'info' });
      await server.waitForReady();
      const held = holdInteraction(server.baseUrl, JSON.stringify(portCommand('60140')));
      // A full round trip on another connection: the server has read the held request's headers.
      expect((await fetch(`${server.baseUrl}${HEALTH_PATH}`)).status).toBe(200);

      server.child.kill(signal);
      await server.waitForLog((line) => line.msg === 'shutting down');
      await expect(fetch(`${server.baseUrl}${HEALTH_PATH}`)).rejects.toThrow();
      held.finish();

      const answer = await held.response;
      expect(answer.status).toBe(200);
      const reply = JSON.parse(answer.body) as { type: number; data: { embeds?: unknown[] } };
      expect(reply.type).toBe(4);
      expect(reply.data.embeds?.length).toBeGreaterThan(0);
      expect(await server.exited).toEqual({ code: 0, signal: null });
    },
  );
});
