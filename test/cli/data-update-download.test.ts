import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDataUpdate } from '../../adapters/cli/data-update.js';
import { downloadRegistry } from '../../adapters/shared/registry/download.js';
import { REGISTRY_CACHE_FILE, REGISTRY_HTTP_FILE } from '../../adapters/shared/registry/store.js';
import {
  type FakeIanaServer,
  serveCsv,
  serveCutShort,
  serveStatus,
  startFakeIanaServer,
} from '../fixtures/iana/fake-iana-server.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/iana/${name}`, import.meta.url), 'utf8');
const SAMPLE = fixture('registry-sample.csv');

let server: FakeIanaServer;
let dir: string;

beforeAll(async () => {
  server = await startFakeIanaServer(serveCsv(SAMPLE));
});
afterAll(() => server.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-download-'));
  server.answer(serveCsv(SAMPLE));
  return () => rmSync(dir, { recursive: true, force: true });
});

async function run() {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDataUpdate([], {
    env: { PORTBOT_DATA_DIR: dir, PORTBOT_REGISTRY_URL: server.url, PORTBOT_REGISTRY_MIN_ROWS: '20' },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const cache = () => readFileSync(join(dir, REGISTRY_CACHE_FILE));

describe('portbot data update (download)', () => {
  it('downloads from PORTBOT_REGISTRY_URL and stores the response validators beside the cache', async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(out).toContain(`Downloading ${server.url}`);
    expect(out).toContain('50 rows');
    const http = JSON.parse(readFileSync(join(dir, REGISTRY_HTTP_FILE), 'utf8'));
    expect(http).toMatchObject({
      url: server.url,
      etag: '"v1"',
      lastModified: 'Tue, 25 Feb 2026 10:00:00 GMT',
    });
    expect(readdirSync(dir).sort()).toEqual([REGISTRY_CACHE_FILE, REGISTRY_HTTP_FILE].sort());
  });

  it('always asks for a fresh copy when run by hand', async () => {
    await run();
    await run();
    expect(server.requests.at(-1)?.['if-none-match']).toBeUndefined();
  });

  it.each([
    ['a server error', serveStatus(500), /the server answered 500/],
    ['a body cut short', serveCutShort(SAMPLE), /the download was cut short/],
    ['another format', serveCsv(fixture('registry-wrong-header.csv')), /not IANA's CSV header/],
    ['a file cut inside a quoted field', serveCsv(fixture('registry-truncated.csv')), /never closes/],
    [
      'a file cut at a record boundary',
      serveCsv(SAMPLE.slice(0, SAMPLE.indexOf(',49151,'))),
      /rows every registry has are missing: 49151\/any/,
    ],
  ])('keeps the current data after %s and exits 1 with the reason', async (_name, handler, reason) => {
    await run();
    const before = cache();
    server.answer(handler);
    const { code, err } = await run();
    expect(code).toBe(1);
    expect(err).toMatch(reason);
    expect(err).toContain('Kept the current data: IANA registry, updated');
    expect(cache()).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('downloadRegistry', () => {
  const fakeFetch =
    (response: () => Response): typeof fetch =>
    async () =>
      response();

  it('refuses a body shorter than its Content-Length', async () => {
    const result = await downloadRegistry('http://127.0.0.1/x.csv', {
      fetch: fakeFetch(() => new Response('abc', { headers: { 'content-length': '10' } })),
    });
    expect(result).toEqual({ status: 'failed', reason: 'the download was cut short: 3 of 10 bytes arrived' });
  });

  it('refuses a body larger than the size bound', async () => {
    const result = await downloadRegistry('http://127.0.0.1/x.csv', {
      fetch: fakeFetch(() => new Response('x'.repeat(100))),
      maxBytes: 10,
    });
    expect(result.status === 'failed' && result.reason).toContain('larger than 10 bytes');
  });

  it('refuses text that is not UTF-8', async () => {
    const result = await downloadRegistry('http://127.0.0.1/x.csv', {
      fetch: fakeFetch(() => new Response(new Uint8Array([0x61, 0xc3]))),
    });
    expect(result.status === 'failed' && result.reason).toContain('not UTF-8');
  });

  it('gives up after its time bound', async () => {
    const stalled = startFakeIanaServer(() => {});
    const slow = await stalled;
    try {
      const result = await downloadRegistry(slow.url, { timeoutMs: 100 });
      expect(result).toEqual({
        status: 'failed',
        reason: `could not download ${slow.url}: no complete answer within 100 ms`,
      });
    } finally {
      await slow.close();
    }
  });

  it('treats a 304 to an unconditional request as a failure', async () => {
    server.answer(serveStatus(304));
    const result = await downloadRegistry(server.url);
    expect(result.status).toBe('failed');
  });
});
