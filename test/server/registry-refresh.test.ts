import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createRegistryRefresher,
  type RegistryRefreshOptions,
} from '../../adapters/shared/registry/refresh.js';
import { REGISTRY_CACHE_FILE, REGISTRY_HTTP_FILE } from '../../adapters/shared/registry/store.js';
import { answerQuestion } from '../../src/index.js';
import type { PortPart } from '../../src/report/answer.js';
import {
  type FakeIanaServer,
  serveConditional,
  serveCsv,
  serveCutShort,
  serveStatus,
  startFakeIanaServer,
} from '../fixtures/iana/fake-iana-server.js';

const SAMPLE = readFileSync(new URL('../fixtures/iana/registry-sample.csv', import.meta.url), 'utf8');
const MINUTE = 60_000;

let server: FakeIanaServer;
let dir: string;
let logs: { level: string; message: string; fields: object }[];

beforeAll(async () => {
  server = await startFakeIanaServer(serveConditional(SAMPLE));
});
afterAll(() => server.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-refresh-'));
  logs = [];
  server.answer(serveConditional(SAMPLE));
  server.requests.length = 0;
  return () => rmSync(dir, { recursive: true, force: true });
});

function refresher(overrides: Partial<RegistryRefreshOptions> = {}) {
  return createRegistryRefresher({
    settings: { url: server.url, dataDir: dir, minRows: 20, refreshMs: null },
    logger: {
      info: (fields, message) => logs.push({ level: 'info', message, fields }),
      warn: (fields, message) => logs.push({ level: 'warn', message, fields }),
    },
    timeoutMs: 5_000,
    ...overrides,
  });
}

/** Polls until the condition holds; bounded in rounds and by a deadline generous for a loaded machine. */
async function eventually(condition: () => boolean, deadlineMs = 10_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (let round = 0; round <= deadlineMs / 10 && Date.now() <= end; round++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (!condition()) throw new Error('condition not met in time');
}

const cacheFile = () => join(dir, REGISTRY_CACHE_FILE);
const kind = (registry: ReturnType<typeof refresher>) => registry.knowledge().registry.source.kind;

describe('the service registry at start', () => {
  it('answers from the embedded data when nothing is cached', () => {
    expect(kind(refresher())).toBe('embedded');
  });

  it('loads the cached registry when there is one', async () => {
    await refresher().refreshNow();
    const restarted = refresher();
    expect(restarted.knowledge().registry.source.label).toMatch(/^IANA registry, updated/);
    expect(logs.at(-1)?.message).toBe('using the imported IANA registry');
  });

  it('falls back to the embedded data, with a warning, when the cache is damaged', async () => {
    await refresher().refreshNow();
    writeFileSync(cacheFile(), 'damaged\n');
    expect(kind(refresher())).toBe('embedded');
    expect(logs.at(-1)).toMatchObject({ level: 'warn', fields: { file: cacheFile() } });
  });
});

describe('refreshNow', () => {
  it('swaps in the downloaded registry and stores it', async () => {
    const registry = refresher();
    const outcome = await registry.refreshNow();
    expect(outcome.status).toBe('updated');
    expect(kind(registry)).toBe('iana');
    const outcome80 = answerQuestion('80', registry.knowledge());
    const part = outcome80.ok ? (outcome80.answer.parts[0] as PortPart) : undefined;
    expect(part?.assignments[0]?.services[0]).toMatchObject({ name: 'http', aliases: ['www', 'www-http'] });
    expect(JSON.parse(readFileSync(join(dir, REGISTRY_HTTP_FILE), 'utf8'))).toMatchObject({ etag: '"v1"' });
  });

  it('asks conditionally and touches nothing on 304', async () => {
    const registry = refresher();
    await registry.refreshNow();
    const knowledge = registry.knowledge();
    const before = { bytes: readFileSync(cacheFile()), mtime: statSync(cacheFile()).mtimeMs };
    const outcome = await registry.refreshNow();
    expect(outcome.status).toBe('not-modified');
    expect(server.requests.at(-1)).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Tue, 25 Feb 2026 10:00:00 GMT',
    });
    expect(registry.knowledge()).toBe(knowledge);
    expect(readFileSync(cacheFile())).toEqual(before.bytes);
    expect(statSync(cacheFile()).mtimeMs).toBe(before.mtime);
  });

  it('asks for the whole file after an import from a file replaced the cache', async () => {
    await refresher().refreshNow();
    writeFileSync(
      join(dir, REGISTRY_HTTP_FILE),
      JSON.stringify({ url: server.url, etag: '"v1"', sha256: 'other' }),
    );
    await refresher().refreshNow();
    expect(server.requests.at(-1)?.['if-none-match']).toBeUndefined();
  });

  it.each([
    ['a server error', serveStatus(500)],
    ['a body cut short', serveCutShort(SAMPLE)],
    ['a wrong header', serveCsv('Service Name,Port\r\nhttp,80\r\n', '"v2"')],
  ])('keeps serving the old data after %s', async (_name, handler) => {
    const registry = refresher();
    await registry.refreshNow();
    const knowledge = registry.knowledge();
    const before = readFileSync(cacheFile());
    server.answer(handler);
    const outcome = await registry.refreshNow();
    expect(outcome.status).toBe('failed');
    expect(registry.knowledge()).toBe(knowledge);
    expect(readFileSync(cacheFile())).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(logs.at(-1)).toMatchObject({ level: 'warn', fields: { data: knowledge.registry.source.label } });
  });

  it('shares one download between concurrent calls', async () => {
    const registry = refresher();
    const [first, second] = await Promise.all([registry.refreshNow(), registry.refreshNow()]);
    expect(first).toBe(second);
    expect(server.requests).toHaveLength(1);
  });
});

describe('the refresh schedule', () => {
  it('does nothing when refresh is off', async () => {
    vi.useFakeTimers();
    try {
      const registry = refresher({ startDelayMs: 1 });
      registry.start();
      // Nothing is scheduled, so nothing can happen later: no need to wait and see.
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(10 * MINUTE);
      registry.stop();
    } finally {
      vi.useRealTimers();
    }
    expect(server.requests).toHaveLength(0);
  });

  it('refreshes soon after start when there is no cache, then swaps the data', async () => {
    const registry = refresher({
      settings: { url: server.url, dataDir: dir, minRows: 20, refreshMs: 5 * MINUTE },
      startDelayMs: 20,
    });
    registry.start();
    try {
      await eventually(() => kind(registry) === 'iana');
    } finally {
      registry.stop();
    }
  });

  it('retries after a failure and swaps once the download works', async () => {
    server.answer(serveStatus(503));
    const registry = refresher({
      settings: { url: server.url, dataDir: dir, minRows: 20, refreshMs: 5 * MINUTE },
      startDelayMs: 10,
      retryMs: 30,
    });
    registry.start();
    try {
      await eventually(() => server.requests.length >= 1);
      expect(kind(registry)).toBe('embedded');
      server.answer(serveConditional(SAMPLE));
      await eventually(() => kind(registry) === 'iana');
    } finally {
      registry.stop();
    }
  });

  it('waits for what is left of the interval when the cache is fresh', async () => {
    await refresher().refreshNow();
    const registry = refresher({
      settings: { url: server.url, dataDir: dir, minRows: 20, refreshMs: 5 * MINUTE },
      startDelayMs: 10,
    });
    registry.start();
    await eventually(() => logs.some((entry) => entry.message === 'IANA registry refresh scheduled'));
    registry.stop();
    const scheduled = logs.find((entry) => entry.message === 'IANA registry refresh scheduled');
    expect((scheduled?.fields as { firstInMs?: number } | undefined)?.firstInMs).toBeGreaterThan(4 * MINUTE);
    expect(server.requests).toHaveLength(1);
  });

  it('stops: nothing scheduled and no request after stop', async () => {
    // The schedule is the refresher's own timer: on a fake clock, "no request later" is a fact about
    // what is scheduled, not about how long the test waited.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const registry = refresher({
        settings: { url: server.url, dataDir: dir, minRows: 20, refreshMs: 5 * MINUTE },
        startDelayMs: 50,
      });
      // Stopped before its first delay is known: that late answer must schedule nothing.
      registry.start();
      registry.stop();
      // Started again, its first delay takes the same steps (no cache) and so comes after the
      // stopped one: once it is scheduled, the stopped start has had its chance to schedule too.
      registry.start();
      await expect.poll(() => scheduledLines().length, { timeout: 10_000, interval: 10 }).toBe(1);
      expect(vi.getTimerCount()).toBe(1);
      // Stopped with the refresh pending: its timer is cleared.
      registry.stop();
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(10 * MINUTE);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(scheduledLines()).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
  });
});

function scheduledLines() {
  return logs.filter((entry) => entry.message === 'IANA registry refresh scheduled');
}
