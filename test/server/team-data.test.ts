/**
 * The service and the team's database: `/readyz` says whether the database answers and stays 200
 * when it does not (every replica shares it); the team layer reaches the adapters; and a SIGTERM
 * while votes are being written loses no vote the service acknowledged (the real built process,
 * SQLite).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type ComposedService, composeService } from '../../adapters/server/compose.js';
import { readServiceConfig } from '../../adapters/server/config.js';
import { READY_PATH } from '../../adapters/server/service.js';
import { createLogger } from '../../adapters/shared/logger.js';
import { openStore } from '../../adapters/store/open-store.js';
import { createCsrfTokens } from '../../adapters/web/csrf.js';
import { createTestSigner } from '../support/discord/signing.js';
import { startBuiltServer } from './support/built-server.js';

const quiet = () => createLogger('info', new Writable({ write: (_chunk, _encoding, done) => done() }));
const signer = createTestSigner();
const DISCORD = { DISCORD_APPLICATION_ID: '900000000000000001', DISCORD_PUBLIC_KEY: signer.publicKeyHex };
const directories: string[] = [];
const running: ComposedService[] = [];
afterAll(async () => {
  await Promise.all(running.map((composed) => composed.stop()));
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'portbot-team-data-'));
  directories.push(directory);
  return directory;
}

async function start(extra: Record<string, string>) {
  const read = readServiceConfig({ HOST: '127.0.0.1', PORT: '0', ...DISCORD, ...extra });
  if (!read.ok) throw new Error(read.problems.join('; '));
  const composed = await composeService(read.config, { logger: quiet(), version: 'test' });
  running.push(composed);
  await composed.start();
  const address = composed.service.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  return { composed, baseUrl: `http://127.0.0.1:${address.port}` };
}

describe('/readyz and the team database', () => {
  it('says database "up" when the SQLite store opens, and hands the team layer to the adapters', async () => {
    const { composed, baseUrl } = await start({ PORTBOT_DB: join(temporaryDirectory(), 'team.db') });
    const ready = await fetch(`${baseUrl}${READY_PATH}`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'up' });
    expect(composed.adapters.length).toBeGreaterThan(0);
  });

  it('stays 200 with database "down" when PostgreSQL cannot be reached', async () => {
    const { baseUrl } = await start({ DATABASE_URL: 'postgres://portbot:x@127.0.0.1:1/portbot' });
    const ready = await fetch(`${baseUrl}${READY_PATH}`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'down' });
  });

  it('leaves the field out when nothing uses a database (NOTES=off, WEB=off)', async () => {
    const { baseUrl } = await start({ NOTES: 'off', WEB: 'off' });
    const body = (await (await fetch(`${baseUrl}${READY_PATH}`)).json()) as Record<string, unknown>;
    expect(body.status).toBe('ready');
    expect(body).not.toHaveProperty('database');
  });

  it('refuses to start replicas (REDIS_URL) on SQLite while notes are on, and says why', () => {
    const read = readServiceConfig({ ...DISCORD, REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join('\n')).toMatch(/DATABASE_URL.*PostgreSQL.*NOTES=off/s);
  });
});

/** One feedback POST from its own client address; resolves with the status, or 0 when cut off. */
function postVote(port: number, index: number, secret: string): Promise<number> {
  const token = `p${1000 + index}`;
  const body = new URLSearchParams({
    answer: token,
    csrf: createCsrfTokens(secret).issue(token),
    vote: index % 2 === 0 ? 'up' : 'down',
  }).toString();
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/feedback',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          origin: `http://127.0.0.1:${port}`,
          'x-forwarded-for': `10.1.${Math.floor(index / 250)}.${(index % 250) + 1}`,
          connection: 'close',
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

describe('SIGTERM while votes are being written', () => {
  it('loses no acknowledged vote (the built service on SQLite)', async () => {
    const dir = temporaryDirectory();
    const secret = 's'.repeat(40);
    const server = await startBuiltServer({
      ...DISCORD,
      PORTBOT_DB: join(dir, 'team.db'),
      WEB_SECRET: secret,
      TRUST_PROXY: '1',
    });
    try {
      await server.waitForReady();
      const total = 300;
      const statuses: Promise<number>[] = [];
      let answered = 0;
      let signalled = false;
      let answeredAtSignal = 0;
      for (let index = 0; index < total; index++) {
        const vote = postVote(server.port, index, secret).then((status) => {
          answered += 1;
          // Stop the service while most votes are still on their way or being written.
          if (!signalled && answered >= 20) {
            signalled = true;
            answeredAtSignal = answered;
            server.child.kill('SIGTERM');
          }
          return status;
        });
        statuses.push(vote);
      }
      const results = await Promise.all(statuses);
      const exit = await server.exited;
      expect(exit.code).toBe(0);
      const acknowledged = results.flatMap((status, index) => (status === 303 ? [index] : []));
      // Votes were still on their way when the signal came, and were answered after it.
      expect(acknowledged.length).toBeGreaterThan(answeredAtSignal);
      expect(results.every((status) => status === 303 || status === 0 || status === 503)).toBe(true);

      const store = await openStore({ sqlitePath: join(dir, 'team.db') });
      try {
        const report = await store.feedback.report('web', { limit: total });
        const stored = new Set(report.map((row) => row.queryToken));
        const lost = acknowledged.filter((index) => !stored.has(`p${1000 + index}`));
        expect(lost).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      if (server.child.exitCode === null) await server.stop();
    }
  }, 180_000);
});
