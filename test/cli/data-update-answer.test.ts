/**
 * End to end: import a registry sample with `portbot data update --from`, load it the way the CLI
 * does, and check what the core's answers say. Nothing of ours is replaced by a stand-in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataUpdate } from '../../adapters/cli/data-update.js';
import { loadCachedRegistry } from '../../adapters/cli/load-registry.js';
import { type Answer, answerQuestion, createKnowledge, type Knowledge } from '../../src/index.js';
import type { PortPart } from '../../src/report/answer.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/iana/registry-sample.csv', import.meta.url));

let dir: string;
let knowledge: Knowledge;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-e2e-'));
  const env = { PORTBOT_DATA_DIR: dir, PORTBOT_REGISTRY_MIN_ROWS: '20' };
  const code = await runDataUpdate(['--from', SAMPLE], { env, stdout: () => {}, stderr: () => {} });
  expect(code).toBe(0);
  const { registry, warning } = loadCachedRegistry(env);
  expect(warning).toBeUndefined();
  knowledge = createKnowledge(registry ? { registry } : {});
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function answer(question: string): Answer {
  const outcome = answerQuestion(question, knowledge);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

const portPart = (result: Answer) => result.parts.find((part): part is PortPart => part.type === 'port');
const assignment = (result: Answer, transport: string) =>
  portPart(result)?.assignments.find((entry) => entry.transport === transport);

describe('answers after importing the registry', () => {
  it('say which data they used and how old it is', () => {
    expect(answer('80').data).toEqual({
      kind: 'iana',
      label: expect.stringMatching(/^IANA registry, updated \d{4}-\d{2}-\d{2}$/),
      version: '2025-11-03',
      updated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('80: http is the current name, www and www-http its aliases, with the RFC link', () => {
    const [service] = assignment(answer('80'), 'tcp')?.services ?? [];
    expect(service).toMatchObject({
      name: 'http',
      aliases: ['www', 'www-http'],
      description: 'World Wide Web HTTP',
      references: [{ text: 'RFC9110', url: 'https://www.rfc-editor.org/rfc/rfc9110' }],
      modified: '2021-10-01',
    });
  });

  it('6003: x11 from the 6000–6063 range, with the unauthorized-use note', () => {
    const tcp = assignment(answer('6003'), 'tcp');
    expect(tcp?.status).toBe('assigned');
    expect(tcp?.services[0]).toMatchObject({
      name: 'x11',
      range: { from: 6000, to: 6063 },
      unauthorizedUse: 'Known Unauthorized Use on port 6003',
    });
  });

  it('2019: different names for TCP and UDP', () => {
    const result = answer('2019');
    expect(assignment(result, 'tcp')?.services[0]?.name).toBe('whosockami');
    expect(assignment(result, 'udp')?.services[0]?.name).toBe('about');
  });

  it('49151: reserved for every protocol by a row without one', () => {
    expect(assignment(answer('49151'), 'tcp')?.status).toBe('reserved');
  });
});
