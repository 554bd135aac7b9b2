/**
 * A workspace never reads or changes another's data: random writes across random workspaces,
 * then every workspace's view is compared with a model of only its own writes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../adapters/store/open-store.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/postgres.js';

const withPostgres = await postgresAvailable();
const WORKSPACES = ['T0', 'T1', 'E1:T1', 'guild-9', 'cli-local'];
const PORTS = [22, 80, 443, 8443];

const operationArb = fc.record({
  workspace: fc.constantFrom(...WORKSPACES),
  kind: fc.constantFrom('set', 'forget', 'vote'),
  port: fc.constantFrom(...PORTS),
  text: fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== ''),
  voter: fc.constantFrom('U1', 'U2'),
});

type Operation = typeof operationArb extends fc.Arbitrary<infer T> ? T : never;

async function checkIsolation(store: Store, run: number, operations: Operation[]) {
  const prefix = `run${run}-`;
  const model = new Map<string, Map<number, string>>();
  const votes = new Map<string, number>();
  for (const op of operations) {
    const workspace = prefix + op.workspace;
    const notes = model.get(workspace) ?? new Map<number, string>();
    model.set(workspace, notes);
    if (op.kind === 'set') {
      await store.notes.set(workspace, { port: op.port }, op.text, { id: op.voter, name: op.voter });
      notes.set(op.port, op.text.trim());
    } else if (op.kind === 'forget') {
      await store.notes.forget(workspace, { port: op.port }, { id: op.voter, name: op.voter });
      notes.delete(op.port);
    } else {
      await store.feedback.vote(workspace, {
        answerId: `a${op.port}`,
        voterId: op.voter,
        queryToken: `p:${op.port}`,
        vote: 'up',
        lang: 'en',
        dataVersion: 'e',
        adapter: 'slack',
      });
      votes.set(`${workspace}|${op.port}|${op.voter}`, 1);
    }
  }
  for (const workspace of WORKSPACES.map((w) => prefix + w)) {
    const expected = model.get(workspace) ?? new Map();
    const { notes } = await store.notes.list(workspace);
    expect(new Map(notes.map((note) => [note.port, note.text]))).toEqual(expected);
    const report = await store.feedback.report(workspace, { limit: 100 });
    const counted = report.reduce((sum, row) => sum + row.up, 0);
    expect(counted).toBe([...votes.keys()].filter((key) => key.startsWith(`${workspace}|`)).length);
  }
}

const engines: [string, () => Promise<{ store: Store; done(): Promise<void> }>][] = [
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'portbot-isolation-'));
      const store = await openStore({ sqlitePath: join(dir, 'p.db') });
      return {
        store,
        done: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];
if (withPostgres) {
  engines.push([
    'postgres',
    async () => {
      const database: TestDatabase = await createTestDatabase();
      const store = await openStore({ databaseUrl: database.url });
      return {
        store,
        done: async () => {
          await store.close();
          await database.drop();
        },
      };
    },
  ]);
}

describe.each(engines)('workspace isolation on %s', (_name, open) => {
  let opened: { store: Store; done(): Promise<void> };
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => {
    await opened?.done();
  });

  it('random writes in random workspaces are seen only by their own workspace', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operationArb, { minLength: 1, maxLength: 25 }), async (operations) => {
        run += 1;
        await checkIsolation(opened.store, run, operations);
      }),
      { numRuns: 25, seed: 4242 },
    );
  }, 120_000);
});
