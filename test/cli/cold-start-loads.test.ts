/**
 * What the built CLI loads to answer a question. Its cold start is measured against `node -e 0`
 * (BENCHMARKS.md), and each of these once cost a visible share of it: zod (~50 ms), Node's
 * promise-based fs, its stream and tty machinery (5–15 ms each). A question needs none of them;
 * `data status` still loads zod, which shows the report sees what is loaded. The Korean texts are
 * their own file, read only for a Korean answer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const REPORTER = join(ROOT, 'test', 'support', 'exit-report.cjs');
const home = mkdtempSync(join(tmpdir(), 'portbot-loads-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

interface LoadReport {
  packages: string[];
  files: string[];
  builtins: string[];
}

function run(...args: string[]): LoadReport {
  const report = join(home, `report-${args.join('-').replace(/\W/g, '_')}.json`);
  const result = spawnSync(
    process.execPath,
    ['--require', REPORTER, join(ROOT, 'bin', 'portbot.cjs'), ...args],
    {
      // No cached registry and no team database in this home: the embedded data answers.
      env: {
        PATH: process.env.PATH,
        HOME: home,
        XDG_DATA_HOME: join(home, 'data'),
        XDG_CACHE_HOME: join(home, 'cache'),
        PORTBOT_TEST_REPORT: report,
      },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(readFileSync(report, 'utf8')) as LoadReport;
}

const HEAVY_BUILTINS = ['fs/promises', 'stream', 'tty', 'net', 'readline'];

describe('the built CLI loads only what a question needs', () => {
  it.each([['60140'], ['redis'], ['kubernetes ports'], ['--lang', 'ko', '22'], ['--help']])(
    'portbot %s loads no package and none of the heavy built-ins',
    (...args) => {
      const { packages, builtins } = run(...args);
      expect(packages).toEqual([]);
      expect(builtins.filter((name) => HEAVY_BUILTINS.includes(name))).toEqual([]);
    },
    60_000,
  );

  it.each([['60140'], ['redis'], ['--help']])(
    'portbot %s reads no Korean text',
    (...args) => {
      const { files } = run(...args);
      expect(files).toContain('portbot.cjs');
      expect(files).not.toContain('cli-ko.cjs');
    },
    60_000,
  );

  it.each([['--lang', 'ko', '22'], ['레디스 포트'], ['--lang', 'ko', '--help']])(
    'portbot %s reads the Korean texts',
    (...args) => {
      expect(run(...args).files).toContain('cli-ko.cjs');
    },
    60_000,
  );

  it('the report sees a package when one is loaded: data status reads its settings with zod', () => {
    expect(run('data', 'status').packages).toContain('zod');
  }, 60_000);
});
