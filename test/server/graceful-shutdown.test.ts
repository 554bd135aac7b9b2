/**
 * The real built service (`node dist/server.js`) in Discord HTTP-interactions mode: it starts,
 * serves its health, readiness and metrics endpoints, and on SIGTERM/SIGINT stops accepting,
 * still answers the request in flight, closes a client that never finishes its request, and exits
 * 0. With nothing configured it explains and exits 1. It reads `.env` from its working directory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
const sockets: Socket[] = [];
const directories: string[] = [];
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server?.stop();
  server = undefined;
});
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'portbot-env-'));
  directories.push(directory);
  return directory;
}

/** A client that sends its headers and part of its body, then nothing: resolves when it is closed. */
function stallRequest(port: number): Promise<{ closed: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.once('error', reject);
    const closed = new Promise<string>((done) => socket.once('close', () => done(text)));
    socket.once('connect', () => {
      socket.write('POST /discord/interactions HTTP/1.1\r\nHost: portbot\r\nContent-Length: 500\r\n\r\n{"ty');
      resolve({ closed });
    });
  });
}

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
    server = await startBuiltServer({ ...DISCORD_ENV, PORTBOT_DB: join(temporaryDirectory(), 'team.db') });
    await server.waitForReady();
    const health = await fetch(`${server.baseUrl}${HEALTH_PATH}`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${server.baseUrl}${READY_PATH}`);
    expect(await ready.json()).toEqual({
      status: 'ready',
      adapters: { discord: true, web: true },
      database: 'up',
    });
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

  it('on SIGTERM with a client that never finishes its body, closes it, delivers the answer in flight, exits 0', async () => {
    server = await startBuiltServer({ ...DISCORD_ENV, LOG_LEVEL: 'info' });
    await server.waitForReady();
    const stalled = await stallRequest(server.port);
    const held = holdInteraction(server.baseUrl, JSON.stringify(portCommand('60140')));
    expect((await fetch(`${server.baseUrl}${HEALTH_PATH}`)).status).toBe(200);

    server.child.kill('SIGTERM');
    await server.waitForLog((line) => line.msg === 'shutting down');
    // The held request finishes during shutdown and is answered; the stalled one never will.
    held.finish();
    const answer = await held.response;
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as { type: number }).type).toBe(4);

    // Closed without an answer once the grace period is over (no 408: it was not a timeout).
    expect(await stalled.closed).toBe('');
    const cut = await server.waitForLog((line) => line.msg === 'closed connections with no answer in flight');
    expect(cut.connections).toBe(1);
    // Exit 0 rather than the deadline's exit 1: shutdown ended before the deadline.
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toContain('shutdown took too long');
  }, 30_000);
});

describe('.env in the working directory', () => {
  it('is read; variables already set win, empty values count as unset, and the log names only the count', async () => {
    const cwd = temporaryDirectory();
    writeFileSync(
      join(cwd, '.env'),
      [
        '# Discord HTTP interactions, configured only here',
        `DISCORD_PUBLIC_KEY=${keys.publicKeyHex}`,
        'DISCORD_APPLICATION_ID="900000000000000001"',
        'DISCORD_REPLIES=ephemeral',
        // The environment's PORT=0 and HOST=127.0.0.1 win over these.
        'PORT=1',
        'HOST=192.0.2.1',
        'LOG_LEVEL=',
        '',
      ].join('\n'),
    );
    // Set but empty in the environment: counts as unset, so the file's value is taken.
    server = await startBuiltServer({ DISCORD_REPLIES: '' }, { cwd });
    await server.waitForReady();

    const line = await server.waitForLog((entry) => entry.msg === 'read .env');
    expect(line).toMatchObject({ path: join(cwd, '.env'), variables: 3 });
    expect(server.output()).not.toContain(keys.publicKeyHex);

    const body = JSON.stringify(portCommand('60140'));
    const response = await fetch(`${server.baseUrl}/discord/interactions`, {
      method: 'POST',
      headers: keys.headers(body),
      body,
    });
    const reply = (await response.json()) as { type: number; data: { flags?: number } };
    expect([response.status, reply.type]).toEqual([200, 4]);
    expect(reply.data.flags).toBe(64);
  });

  it('without a .env, starts from the environment alone and says nothing about it', async () => {
    server = await startBuiltServer(DISCORD_ENV, { cwd: temporaryDirectory() });
    await server.waitForReady();
    expect(server.logs.some((line) => line.msg === 'read .env')).toBe(false);
  });

  it('a .env that cannot be read stops the start with a message, exit 1', async () => {
    const cwd = temporaryDirectory();
    mkdirSync(join(cwd, '.env'));
    const { code, output } = await runBuiltServerToExit(DISCORD_ENV, 15_000, { cwd });
    expect(code).toBe(1);
    expect(output).toContain(`${join(cwd, '.env')} could not be read (EISDIR)`);
    expect(output).not.toContain('listening');
  });

  it('a bad value from .env is reported with the file it came from', async () => {
    const cwd = temporaryDirectory();
    writeFileSync(join(cwd, '.env'), 'RATE_LIMIT_BURST=lots\n');
    const { code, output } = await runBuiltServerToExit(DISCORD_ENV, 15_000, { cwd });
    expect(code).toBe(1);
    expect(output).toContain(`read 1 variables from ${join(cwd, '.env')}`);
    expect(output).toContain('RATE_LIMIT_BURST');
  });
});
