/**
 * PORTBOT_DATA_DIR that cannot hold the cache: each failure names the path and the cause, ends
 * (never spins, even under /proc) and keeps the current data. Read-only and permission-denied
 * cases run the built binary in a private mount or user namespace (`unshare`), because root
 * writes through file modes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDataUpdate } from '../../adapters/cli/data-update.js';
import { loadCachedRegistry } from '../../adapters/cli/load-registry.js';
import { ensureDataDir } from '../../adapters/shared/registry/data-dir.js';
import { importRegistryFile } from '../../adapters/shared/registry/update.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/iana/registry-sample.csv', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-dir-'));
  writeFileSync(join(dir, 'a-file'), 'not a directory');
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

async function update(dataDir: string) {
  const err: string[] = [];
  const code = await runDataUpdate(['--from', SAMPLE], {
    env: { PORTBOT_DATA_DIR: dataDir, PORTBOT_REGISTRY_MIN_ROWS: '20' },
    stdout: () => {},
    stderr: (line) => err.push(line),
  });
  return { code, err: err.join('\n') };
}

describe('PORTBOT_DATA_DIR that cannot be used', () => {
  it.each([
    ['a file', () => join(dir, 'a-file'), 'it is a file, not a directory'],
    [
      'a path under a file',
      () => join(dir, 'a-file', 'cache'),
      () => `${join(dir, 'a-file')} is a file, not a directory (ENOTDIR)`,
    ],
    [
      'a new directory under /proc',
      () => '/proc/portbot-test',
      '/proc does not take new directories (ENOENT)',
    ],
    [
      'a deeper one under /proc/self',
      () => '/proc/self/portbot/cache',
      '/proc/self does not take new directories (ENOENT)',
    ],
  ])(
    '%s: names the path and the cause, and ends',
    async (_name, path, cause) => {
      const dataDir = path();
      const { code, err } = await update(dataDir);
      expect(code).toBe(1);
      const because = typeof cause === 'function' ? cause() : cause;
      expect(err).toBe(
        `portbot data update: cannot use ${dataDir} as the data directory: ${because}\n` +
          'Set PORTBOT_DATA_DIR to a directory portbot can write to. Kept the current data.',
      );
    },
    20_000,
  );

  it('makes missing parents', async () => {
    const dataDir = join(dir, 'a', 'b', 'c');
    expect((await update(dataDir)).code).toBe(0);
    expect(readdirSync(dataDir)).toEqual(['iana-registry.jsonl']);
  });

  it('the service refresh path refuses /proc the same way, without spinning', async () => {
    const outcome = await importRegistryFile(SAMPLE, { dataDir: '/proc/portbot-refresh', minRows: 20 });
    expect(outcome).toEqual({
      status: 'failed',
      code: 'data_dir_unusable',
      reason:
        'cannot use /proc/portbot-refresh as the data directory: /proc does not take new directories (ENOENT)',
    });
  }, 20_000);

  it('gives up on a path deeper than any real one', async () => {
    const deep = join(dir, ...Array.from({ length: 300 }, () => 'd'));
    const problem = await ensureDataDir(deep);
    expect(problem?.reason).toMatch(/^cannot use .* as the data directory: /);
    expect(existsSync(join(dir, 'd'))).toBe(false);
  });

  it('answers from the embedded data, with a warning naming the cause, when the directory is a file', () => {
    const dataDir = join(dir, 'a-file');
    const loaded = loadCachedRegistry({ PORTBOT_DATA_DIR: dataDir });
    expect(loaded.registry).toBeUndefined();
    expect(loaded.warning).toContain(`${dataDir}/iana-registry.jsonl`);
    expect(loaded.warning).toContain('a part of the path is a file, not a directory (ENOTDIR)');
  });
});

describe('PORTBOT_DATA_DIR on a read-only or forbidden place (built binary, in a namespace)', () => {
  beforeAll(() => {
    if (!existsSync('dist/cli.cjs')) execFileSync('npm', ['run', 'build', '--silent']);
  });

  /** Runs `portbot data update --from SAMPLE` through `unshare` with the given options. */
  function inNamespace(unshareArgs: string[], script: string, dataDir: string) {
    const result = spawnSync(
      'unshare',
      [
        ...unshareArgs,
        'sh',
        '-c',
        `${script} && exec "$0" bin/portbot.cjs data update --from "$1"`,
        process.execPath,
        SAMPLE,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, PORTBOT_DATA_DIR: dataDir, PORTBOT_REGISTRY_MIN_ROWS: '20', NO_COLOR: '1' },
        timeout: 20_000,
      },
    );
    return { code: result.status, stderr: result.stderr };
  }

  const readOnly = (path: string) => `mount --bind '${path}' '${path}' && mount -o remount,ro,bind '${path}'`;

  it.each([
    ['an existing directory', (ro: string) => ro, 'the file system is read-only (EROFS)'],
    [
      'a directory to make',
      (ro: string) => join(ro, 'cache'),
      'it cannot be created: the file system is read-only (EROFS)',
    ],
  ])('read-only file system, %s', (_name, path, cause) => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const dataDir = path(ro);
    const result = inNamespace(['--map-root-user', '--mount'], readOnly(ro), dataDir);
    expect(result.stderr).toContain(`cannot use ${dataDir} as the data directory: ${cause}`);
    expect(result.code).toBe(1);
    expect(readdirSync(ro)).toEqual([]);
  });

  it('permission denied (an unprivileged user, a directory it may not write)', () => {
    chmodSync(dir, 0o755);
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const dataDir = join(locked, 'cache');
    // Without --map-root-user the process runs as the overflow user, which file modes do stop.
    const result = inNamespace(['--user'], 'true', dataDir);
    expect(result.stderr).toContain(
      `cannot use ${dataDir} as the data directory: it cannot be created: permission denied (EACCES)`,
    );
    expect(result.code).toBe(1);
    expect(readdirSync(locked)).toEqual([]);
  });
});
