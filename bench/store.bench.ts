/**
 * `npm run bench:store`: what a workspace's team notes add to an answer, with 100,000 notes across
 * 1,000 workspaces, on SQLite (a file) and PostgreSQL (loopback). Each round answers a port
 * question alone (answerQuestion + presentAnswer), then as chat answers it through the team layer
 * (the notes revision, `notesFor`, the presentation with the notes), then the same with the
 * revision read from the database every time, then the raw store lookup — taking turns so that load
 * on the machine hits all alike. Bounded in count; PostgreSQL is skipped with a note when
 * unreachable. Prints a markdown section for BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTeam } from '../adapters/shared/team/index.js';
import { openStore, type Store } from '../adapters/store/open-store.js';
import { type Answer, answerQuestion, createKnowledge, type Knowledge, presentAnswer } from '../src/index.js';
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
  // Every workspace has written notes: each has a revision to read.
  const states = Array.from({ length: WORKSPACES }, (_, w) => ({
    workspace_id: `T${w}`,
    notes_revision: 100,
  }));
  for (let i = 0; i < states.length; i += BATCH)
    await store.db
      .insertInto('workspace_state')
      .values(states.slice(i, i + BATCH))
      .execute();
}

/** One round's timings, in microseconds. */
interface Figures {
  /** The answer as chat builds it without notes: answerQuestion + presentAnswer. */
  alone: number[];
  /** The same through the team layer as answers use it: revision, notesFor, presentAnswer with them. */
  team: number[];
  /** The same with the revision read from the database every time (no memory of it). */
  teamUncached: number[];
  /** The raw store lookup alone (notes.covering), for comparison with earlier runs. */
  store: number[];
}

function answerOf(question: string, knowledge: Knowledge): Answer {
  const asked = answerQuestion(question, knowledge);
  if (!asked.ok) throw new Error(`${question} is not answered`);
  return asked.answer;
}

async function measure(store: Store): Promise<Figures> {
  const knowledge = createKnowledge();
  // The team layer exactly as the service composes it, once with the revision kept in memory
  // (the default) and once reading it on every answer.
  const team = createTeam({ store: async () => store });
  const uncached = createTeam({ store: async () => store, revisionTtlMs: 0 });
  const next = random(42);
  const figures: Figures = { alone: [], team: [], teamUncached: [], store: [] };
  let shown = 0;
  for (let i = 0; i < WARM_UP + LOOKUPS; i += 1) {
    const workspace = `T${Math.floor(next() * WORKSPACES)}`;
    const port = 1000 + Math.floor(next() * NOTES_PER_WORKSPACE) * 500 + Math.floor(next() * 500);
    const question = String(port);
    const t0 = performance.now();
    presentAnswer(answerOf(question, knowledge));
    const t1 = performance.now();
    await team.revision(workspace);
    const withTeam = answerOf(question, knowledge);
    presentAnswer(withTeam, await team.notesFor(withTeam, workspace));
    const t2 = performance.now();
    await uncached.revision(workspace);
    const withUncached = answerOf(question, knowledge);
    const notes = await uncached.notesFor(withUncached, workspace);
    presentAnswer(withUncached, notes);
    const t3 = performance.now();
    await store.notes.covering(workspace, port);
    const t4 = performance.now();
    if (notes.teamNotesUnavailable) throw new Error('the notes were unavailable during the run');
    if (notes.teamNotes) shown += 1;
    if (i >= WARM_UP) {
      figures.alone.push((t1 - t0) * 1000);
      figures.team.push((t2 - t1) * 1000);
      figures.teamUncached.push((t3 - t2) * 1000);
      figures.store.push((t4 - t3) * 1000);
    }
  }
  if (shown === 0) throw new Error('no answer showed a note: the benchmark measures nothing');
  return figures;
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
  const { alone, team, teamUncached, store: raw } = await measure(store);
  const added = (samples: number[]) => samples.map((value, i) => value - (alone[i] as number));
  return [
    row(`${name}: answer alone (answerQuestion + presentAnswer, same run)`, alone),
    row(`${name}: answer with its notes through the team layer`, team),
    row(`${name}: added by the notes (pairwise)`, added(team)),
    row(`${name}: added, revision read from the database every time`, added(teamUncached)),
    row(`${name}: the store's notes.covering alone`, raw),
    `| ${name}: seeding ${WORKSPACES * NOTES_PER_WORKSPACE} notes | ${seeded} s | | |`,
  ];
}

async function main() {
  const lines = [
    '## Team notes: lookup cost — `npm run bench:store`',
    '',
    `Machine: ${describeMachine()}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(
        ' ',
      )} at the start. ${WORKSPACES * NOTES_PER_WORKSPACE} notes across ${WORKSPACES} workspaces (ranges and transports among them); ${LOOKUPS} port questions from random workspaces after ${WARM_UP} warm-up, each answered alone, then with its notes through the team layer (\`createTeam\`: the notes revision, \`notesFor\`, \`presentAnswer\` with them — what a reply the cache does not hold costs), then with the revision read every time, taking turns so that load hits each alike.`,
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
