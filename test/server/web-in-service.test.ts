/**
 * `npm start` serves the answer pages beside the chat endpoints, composed from the environment as
 * main.ts does it: pages and the JSON API on the service's one server, health and the Discord
 * endpoint untouched; WEB=off leaves chat only; a web vote lands in the team's SQLite store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ComposedService, composeService } from '../../adapters/server/compose.js';
import { readServiceConfig } from '../../adapters/server/config.js';
import { createLogger } from '../../adapters/shared/logger.js';
import { openStore } from '../../adapters/store/open-store.js';
import { createTestSigner } from '../support/discord/signing.js';

const quiet = () => createLogger('info', new Writable({ write: (_chunk, _encoding, done) => done() }));
const signer = createTestSigner();

async function start(extra: Record<string, string>) {
  const read = readServiceConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DISCORD_APPLICATION_ID: '900000000000000001',
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    ...extra,
  });
  if (!read.ok) throw new Error(read.problems.join('; '));
  const composed = await composeService(read.config, { logger: quiet(), version: 'test' });
  await composed.start();
  const address = composed.service.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  return { composed, baseUrl: `http://127.0.0.1:${address.port}` };
}

describe('the service with the answer pages (default)', () => {
  let dir: string;
  let running: { composed: ComposedService; baseUrl: string };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portbot-web-service-'));
    running = await start({ PORTBOT_DB: join(dir, 'team.db'), WEB_SECRET: 'x'.repeat(40) });
  });
  afterAll(async () => {
    await running?.composed.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a port page, a Korean page and the JSON API beside health and Discord', async () => {
    const page = await fetch(`${running.baseUrl}/ports/5432`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('PostgreSQL');
    expect((await fetch(`${running.baseUrl}/ko/ports/5432`)).status).toBe(200);
    const api = await fetch(`${running.baseUrl}/api/v1/answer?q=22`);
    expect(((await api.json()) as { title: string }).title).toMatch(/^Port 22\b.*SSH/);
    expect((await fetch(`${running.baseUrl}/healthz`)).status).toBe(200);
    const ping = await fetch(`${running.baseUrl}/discord/interactions`, { method: 'GET' });
    expect(ping.status).toBe(405);
    expect((await fetch(`${running.baseUrl}/no-such-path`)).status).toBe(404);
  });

  it('stores a web vote in the team store, counted under adapter="web"', async () => {
    const page = await (await fetch(`${running.baseUrl}/ports/5432`)).text();
    const form = /<form[^>]*action="\/feedback"[\s\S]*?<\/form>/.exec(page)?.[0] ?? '';
    const fields = Object.fromEntries(
      [...form.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    expect(fields.csrf).toBeTruthy();
    const vote = await fetch(`${running.baseUrl}/feedback`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: running.baseUrl },
      body: new URLSearchParams({ ...fields, vote: 'down' }).toString(),
    });
    expect(vote.status).toBe(303);
    const metrics = await (await fetch(`${running.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/portbot_feedback_total\{adapter="web",vote="down"\} 1/);
    const store = await openStore({ sqlitePath: join(dir, 'team.db') });
    const report = await store.feedback.report('web');
    await store.close();
    expect(report[0]).toMatchObject({ down: 1 });
  });
});

describe('the service with WEB=off', () => {
  let running: { composed: ComposedService; baseUrl: string };
  beforeAll(async () => {
    running = await start({ WEB: 'off' });
  });
  afterAll(async () => {
    await running?.composed.stop();
  });

  it('serves chat and health only', async () => {
    expect((await fetch(`${running.baseUrl}/ports/5432`)).status).toBe(404);
    expect((await fetch(`${running.baseUrl}/api/v1/answer?q=22`)).status).toBe(404);
    expect((await fetch(`${running.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('the service configuration', () => {
  it('still refuses to start with no chat platform, web pages or not', () => {
    const read = readServiceConfig({ WEB: 'on' });
    expect(read).toMatchObject({ ok: false, nothingConfigured: true });
  });

  it('lists a bad web variable among the problems', () => {
    const read = readServiceConfig({
      DISCORD_APPLICATION_ID: '900000000000000001',
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      WEB_SECRET: 'short',
      WEB: 'maybe',
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join('\n')).toMatch(/WEB/);
  });
});
