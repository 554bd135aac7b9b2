/**
 * `npm run bench:store`: what a team-note lookup adds to an answer, with 100,000 notes across 1,000
 * workspaces, on SQLite (a file) and PostgreSQL (loopback). Each round answers a port question
 * alone and then the same question with the workspace's note lookup, taking turns so that load on
 * the machine hits both alike. Bounded in count; PostgreSQL is skipped with a note when unreachable.
 * Prints a markdown section for BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, type Store } from '../adapters/store/open-store.js';
import { answerQuestion, createKnowledge } from '../src/index.js';
import { createTestDatabase, postgresAvailable } from '../test/support/postgres.js';
import { describeMachine, percentile } from './machine.js';

const WORKSPACES = 1000;
const NOTES_PER_WORKSPACE = 100;
const LOOKUPS = 5000;
const WARM_UP = 500;
const BATCH = 500;

/** Deterministic pseudo-random numbers, so both engines see the same questions. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function seed(store: Store): Promise<void> {
  const rows = [];
  for (let w = 0; w < WORKSPACES; w += 1) {
    for (let n = 0; n < NOTES_PER_WORKSPACE; n += 1) {
      const port = 1000 + n * 500 + (w % 500);
      rows.push({
        workspace_id: `T${w}`,
        port,
        port_to: n % 10 === 0 ? port + 99 : port,
        transport: n % 7 === 0 ? 'udp' : '',
        text: `service ${n} of team ${w}, ask #ops`,
        author_id: 'U1',
        author_name: 'bench',
        updated_at: Date.now(),
      });
    }
  }
  for (let i = 0; i < rows.length; i += BATCH) {
    await store.db
      .insertInto('team_note')
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
}

interface Figures {
  alone: number[];
  withNotes: number[];
}

async function measure(store: Store): Promise<Figures> {
  const knowledge = createKnowledge();
  const next = random(42);
  const alone: number[] = [];
  const withNotes: number[] = [];
  for (let i = 0; i < WARM_UP + LOOKUPS; i += 1) {
    const workspace = `T${Math.floor(next() * WORKSPACES)}`;
    const port = 1000 + Math.floor(next() * NOTES_PER_WORKSPACE) * 500 + Math.floor(next() * 500);
    const question = String(port);
    const t0 = performance.now();
    answerQuestion(question, knowledge);
    const t1 = performance.now();
    answerQuestion(question, knowledge);
    await store.notes.covering(workspace, port);
    const t2 = performance.now();
    if (i >= WARM_UP) {
      alone.push((t1 - t0) * 1000);
      withNotes.push((t2 - t1) * 1000);
    }
  }
  return { alone, withNotes };
}

function row(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (us: number) => `${us.toFixed(1)} µs`;
  return `| ${label} | ${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 99))} | ${sorted.length} |`;
}

async function runEngine(name: string, store: Store): Promise<string[]> {
  const t0 = performance.now();
  await seed(store);
  const seeded = ((performance.now() - t0) / 1000).toFixed(1);
  const { alone, withNotes } = await measure(store);
  const added = withNotes.map((value, i) => value - (alone[i] as number));
  return [
    row(`${name}: answer alone (baseline, same run)`, alone),
    row(`${name}: answer + team-note lookup`, withNotes),
    row(`${name}: added by the lookup (pairwise)`, added),
    `| ${name}: seeding ${WORKSPACES * NOTES_PER_WORKSPACE} notes | ${seeded} s | | |`,
  ];
}

async function main() {
  const lines = [
    '## Team notes: lookup cost — `npm run bench:store`',
    '',
    `Machine: ${describeMachine()}. ${WORKSPACES * NOTES_PER_WORKSPACE} notes across ${WORKSPACES} workspaces (ranges and transports among them); ${LOOKUPS} port questions from random workspaces after ${WARM_UP} warm-up, each answered alone and then with its note lookup, taking turns.`,
    '',
    '| measure | median | p99 | samples |',
    '| --- | --- | --- | --- |',
  ];
  const dir = mkdtempSync(join(tmpdir(), 'portbot-bench-store-'));
  try {
    const sqlite = await openStore({ sqlitePath: join(dir, 'portbot.db') });
    lines.push(...(await runEngine('SQLite', sqlite)));
    await sqlite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (await postgresAvailable()) {
    const database = await createTestDatabase();
    try {
      const postgres = await openStore({ databaseUrl: database.url });
      lines.push(...(await runEngine('PostgreSQL (loopback)', postgres)));
      await postgres.close();
    } finally {
      await database.drop();
    }
  } else {
    lines.push('', 'PostgreSQL: not reachable in this run (set PORTBOT_TEST_POSTGRES_URL).');
  }
  console.log(lines.join('\n'));
}

await main();
