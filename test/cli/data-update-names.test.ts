/**
 * `portbot data update` and service names: a row whose name IANA would not register is left out
 * and reported with its line; too many of them refuse the file; IANA's older names are kept. And
 * every answer states the registry's own date, not the day of the import.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDataUpdate } from '../../adapters/cli/data-update.js';
import { loadCachedRegistry } from '../../adapters/cli/load-registry.js';
import { runCli } from '../../adapters/cli/run-cli.js';
import { REGISTRY_CACHE_FILE } from '../../adapters/shared/registry/store.js';
import { answerQuestion, createKnowledge } from '../../src/index.js';

const SAMPLE = readFileSync(new URL('../fixtures/iana/registry-sample.csv', import.meta.url), 'utf8');

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-names-'));
  env = { PORTBOT_DATA_DIR: join(dir, 'data'), PORTBOT_REGISTRY_MIN_ROWS: '20' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the sample plus `rows` and imports it. */
async function importWith(...rows: string[]) {
  const file = join(dir, 'registry.csv');
  writeFileSync(file, `${SAMPLE}${rows.map((row) => `${row}\r\n`).join('')}`);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDataUpdate(['--from', file], {
    env,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The line of the first row added after the sample (it ends with a line break). */
const firstAdded = SAMPLE.split('\n').length;

describe('portbot data update and service names', () => {
  it('leaves out rows with bad names, lists each with its line, keeps IANA’s older names', async () => {
    const { code, out, err } = await importWith(
      'whois++,63,tcp,whois++,,,,,,,,',
      '<!here>,7001,tcp,Mentions everyone,,,,,,,,',
      'evil\u001b[2J,7002,tcp,Clears the screen,,,,,,,,',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('1 service names from before RFC 6335 kept as IANA lists them');
    expect(out).toContain('2 rows left out for a service name IANA would not register:');
    expect(out).toContain(`    line ${firstAdded + 1} "<!here>": it holds "<"`);
    // The escape character is shown as \u001b, never sent to the terminal.
    expect(out).toContain(`    line ${firstAdded + 2} "evil\\u001b[2J": it holds a control character`);
    expect(out).not.toContain('\u001b');
    const { registry } = loadCachedRegistry(env);
    expect(registry?.recordsFor(63)[0]?.names).toEqual(['whois++']);
    expect(registry?.recordsFor(7001)).toEqual([]);
  });

  it('refuses a file with many bad names and keeps the current data', async () => {
    expect((await importWith()).code).toBe(0);
    const before = readFileSync(join(env.PORTBOT_DATA_DIR ?? '', REGISTRY_CACHE_FILE));
    const bad = Array.from({ length: 12 }, (_, index) => `bad|name${index},${7100 + index},tcp,Bad,,,,,,,,`);
    const { code, err } = await importWith(...bad);
    expect(code).toBe(1);
    expect(err).toContain(
      `portbot data update: 12 rows have service names IANA would not register (line ${firstAdded} "bad|name0"`,
    );
    expect(err).toContain('Kept the current data: IANA registry, updated 2025-11-03.');
    expect(readFileSync(join(env.PORTBOT_DATA_DIR ?? '', REGISTRY_CACHE_FILE))).toEqual(before);
  });
});

describe("answers state the registry's own date", () => {
  it('in the import report, the JSON answer and the text answer', async () => {
    const { out } = await importWith();
    expect(out).toContain('Answers now say: "IANA registry, updated 2025-11-03".');
    const { registry } = loadCachedRegistry(env);
    const outcome = answerQuestion('80', createKnowledge(registry ? { registry } : {}));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const today = new Date().toISOString().slice(0, 10);
    expect(outcome.value.data).toEqual({
      kind: 'iana',
      label: 'IANA registry, updated 2025-11-03',
      version: '2025-11-03',
      updated: today,
    });
    let text = '';
    await runCli(['80'], {
      env,
      stdout: (chunk) => {
        text += chunk;
      },
      stderr: () => {},
      isTty: false,
      version: 'test',
      loadKnowledge: () => ({ knowledge: createKnowledge(registry ? { registry } : {}) }),
    });
    // The presentation's data line states the registry's own date first, then the day of the import.
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      `Data: IANA registry, updated 2025-11-03 · imported ${today}`,
    );
  });
});
