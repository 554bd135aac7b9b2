/**
 * The built CLI (dist/, with its own copy of the curated data) answers every curated port exactly
 * as the source does: the same uses, in the same order, under the same headline; and every curated
 * name, from its names table, as the source does from its names index.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, answerQuestion } from '../../src/index.js';
import { MAX_ITEMS } from '../../src/question/parse-question.js';
import { AnswerSchema } from '../../src/report/answer-schema.js';
import { testKnowledge } from '../support/knowledge.js';

const run = promisify(execFile);

/** Newest modification time under a folder (the sources the bundle is built from). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const knowledge = testKnowledge();
const ports = [
  ...new Set(knowledge.knownUses.filter((use) => use.to === undefined).map((use) => use.port)),
].sort((a, b) => a - b);
const batches: number[][] = [];
for (let index = 0; index < ports.length; index += MAX_ITEMS)
  batches.push(ports.slice(index, index + MAX_ITEMS));

describe('the built CLI and the source give the same answer', () => {
  // An empty data folder: the built CLI must use the embedded registry, like the source here.
  const dataDir = mkdtempSync(join(tmpdir(), 'portbot-same-answer-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  beforeAll(() => {
    const bundle = 'dist/cli.cjs';
    // Rebuilt when any source of the bundle is newer (a checkout or an edit since `npm ci`).
    const sources = ['src', 'adapters/cli', 'adapters/shared', 'scripts/build.mjs', 'package-lock.json'];
    const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources.map(newest));
    if (stale) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', timeout: 300_000 });
  }, 320_000);

  it('covers hundreds of curated ports', () => {
    expect(ports.length).toBeGreaterThan(500);
  });

  it('answers every curated port identically, part by part', async () => {
    const answers = new Map<number, Answer>();
    // Two CLI processes at a time: the machine is shared, and each run answers MAX_ITEMS ports.
    let next = 0;
    async function worker(): Promise<void> {
      while (next < batches.length) {
        const batch = batches[next++] as number[];
        const { stdout } = await run(process.execPath, ['bin/portbot.cjs', '--json', ...batch.map(String)], {
          env: { ...process.env, NO_COLOR: '1', PORTBOT_DATA_DIR: dataDir },
          timeout: 60_000,
          maxBuffer: 64 * 1024 * 1024,
        });
        answers.set(batch[0] as number, JSON.parse(stdout) as Answer);
      }
    }
    await Promise.all([worker(), worker()]);
    const mismatched: number[] = [];
    for (const batch of batches) {
      const built = answers.get(batch[0] as number);
      const source = answerQuestion(batch.join(' '), knowledge);
      if (!source.ok) throw new Error(`the source could not answer ${batch.join(' ')}`);
      expect(AnswerSchema.safeParse(built).success).toBe(true);
      expect(built?.parts.length).toBe(batch.length);
      // Both sides went through JSON, so key order and dropped undefined fields agree too.
      const expected = JSON.parse(JSON.stringify(source.answer)) as Answer;
      batch.forEach((port, index) => {
        if (JSON.stringify(built?.parts[index]) !== JSON.stringify(expected.parts[index]))
          mismatched.push(port);
      });
      expect(built?.title).toBe(source.answer.title);
    }
    expect(mismatched).toEqual([]);
  }, 300_000);

  it('answers every curated name identically, and a typo as well', async () => {
    const names = [
      ...new Set(
        knowledge.knownUses.map((use) =>
          use.name
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, ' ')
            .trim(),
        ),
      ),
    ]
      .filter((name) => /^[a-z][a-z0-9]*( [a-z0-9]+)?$/.test(name))
      .slice(0, 120);
    expect(names.length).toBeGreaterThan(100);
    const questions = [...names, 'postgress', 'elasticsearh', 'sql server', 'rdp'];
    const mismatched: string[] = [];
    // One name a run: several names in one question would be read as one phrase.
    let next = 0;
    async function worker(): Promise<void> {
      while (next < questions.length) {
        const question = questions[next++] as string;
        const { stdout } = await run(process.execPath, ['bin/portbot.cjs', '--json', question], {
          env: { ...process.env, NO_COLOR: '1', PORTBOT_DATA_DIR: dataDir },
          timeout: 60_000,
          maxBuffer: 16 * 1024 * 1024,
        }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
        const built = JSON.parse(stdout) as { parts?: unknown; error?: { code: string } };
        const source = answerQuestion(question, knowledge);
        const same = source.ok
          ? JSON.stringify(built.parts) === JSON.stringify(JSON.parse(JSON.stringify(source.answer.parts)))
          : built.error?.code === source.problem.code;
        if (!same) mismatched.push(question);
      }
    }
    await Promise.all([worker(), worker()]);
    expect(mismatched).toEqual([]);
  }, 300_000);
});
