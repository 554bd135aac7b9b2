/**
 * The team's store, on both engines for real: SQLite in a temporary file and PostgreSQL in a
 * database of its own. The same table of behaviours runs on each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationNames } from '../../adapters/store/migrations.js';
import { MAX_NOTE_LENGTH, MAX_NOTES_PER_WORKSPACE, NOTES_PAGE_SIZE } from '../../adapters/store/notes.js';
import { openStore, type Store, type StoreOptions } from '../../adapters/store/open-store.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/postgres.js';

interface Engine {
  name: 'sqlite' | 'postgres';
  options(): StoreOptions;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
}

function sqliteEngine(): Engine {
  let dir = '';
  return {
    name: 'sqlite',
    options: () => ({ sqlitePath: join(dir, 'nested', 'portbot.db') }),
    async setUp() {
      dir = mkdtempSync(join(tmpdir(), 'portbot-store-'));
    },
    async tearDown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresEngine(): Engine {
  let database: TestDatabase | undefined;
  return {
    name: 'postgres',
    options: () => ({ databaseUrl: (database as TestDatabase).url }),
    async setUp() {
      database = await createTestDatabase();
    },
    async tearDown() {
      await database?.drop();
    },
  };
}

const withPostgres = await postgresAvailable();
const engines = [sqliteEngine(), ...(withPostgres ? [postgresEngine()] : [])];

const alice = { id: 'U_ALICE', name: 'alice' };
const bob = { id: 'U_BOB', name: 'Bob Kim' };

describe.each(engines.map((engine) => [engine.name, engine] as const))('the store on %s', (_name, engine) => {
  let store: Store;
  let clock = 1_700_000_000_000;
  const now = () => clock;

  beforeAll(async () => {
    await engine.setUp();
    store = await openStore({ ...engine.options(), now });
  });
  afterAll(async () => {
    await store?.close();
    await engine.tearDown();
  });

  it('applies every migration once, and again is a no-op', async () => {
    const again = await openStore(engine.options());
    const applied = await again.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    expect(applied.map((row) => (row as { name: string }).name).sort()).toEqual(migrationNames());
    await again.close();
  });

  it('sets a note, shows it on its port and in ranges that hold it, and replaces it', async () => {
    clock += 1000;
    const first = await store.notes.set('T1', { port: 8443 }, '  staging Grafana, ask #sre  ', alice);
    expect(first).toEqual({ ok: true, value: { replaced: false } });
    clock += 1000;
    const second = await store.notes.set('T1', { port: 8443 }, 'billing API (prod)', bob);
    expect(second).toEqual({ ok: true, value: { replaced: true } });

    const notes = await store.notes.covering('T1', 8443);
    expect(notes).toEqual([{ port: 8443, text: 'billing API (prod)', author: bob, updatedAt: clock }]);
    expect(await store.notes.overlapping('T1', 8000, 9000)).toHaveLength(1);
    expect(await store.notes.overlapping('T1', 1, 1000)).toHaveLength(0);
  });

  it('keeps transports and ranges apart, the narrowest first', async () => {
    await store.notes.set('T2', { port: 53, transport: 'udp' }, 'our resolvers', alice);
    await store.notes.set(
      'T2',
      { port: 30000, to: 32767 },
      'Kubernetes NodePorts of the prod cluster',
      alice,
    );
    await store.notes.set('T2', { port: 30080 }, 'the ingress NodePort', alice);

    expect((await store.notes.covering('T2', 53, 'tcp')).map((n) => n.text)).toEqual([]);
    expect((await store.notes.covering('T2', 53, 'udp')).map((n) => n.text)).toEqual(['our resolvers']);
    expect((await store.notes.covering('T2', 53)).map((n) => n.text)).toEqual(['our resolvers']);
    expect((await store.notes.covering('T2', 30080)).map((n) => n.text)).toEqual([
      'the ingress NodePort',
      'Kubernetes NodePorts of the prod cluster',
    ]);
    expect((await store.notes.covering('T2', 32767)).map((n) => n.to)).toEqual([32767]);
  });

  it('forgets at once, keeps who changed what in the history, newest first', async () => {
    await store.notes.set('T3', { port: 9000 }, 'first text', alice);
    await store.notes.set('T3', { port: 9000 }, 'second text', bob);
    const forgotten = await store.notes.forget('T3', { port: 9000 }, alice);
    expect(forgotten.ok && forgotten.value.text).toBe('second text');
    expect(await store.notes.covering('T3', 9000)).toEqual([]);
    expect(await store.notes.forget('T3', { port: 9000 }, alice)).toMatchObject({
      ok: false,
      problem: { code: 'note_not_found' },
    });

    const history = await store.notes.history('T3', { port: 9000 });
    expect(history.map((change) => [change.action, change.text, change.author.name])).toEqual([
      ['forget', undefined, 'alice'],
      ['set', 'second text', 'Bob Kim'],
      ['set', 'first text', 'alice'],
    ]);
  });

  it.each([
    ['an empty text', '   ', 'note_empty'],
    ['a text over the limit', 'x'.repeat(MAX_NOTE_LENGTH + 1), 'note_too_long'],
  ])('refuses %s', async (_label, text, code) => {
    expect(await store.notes.set('T4', { port: 1 }, text, alice)).toMatchObject({
      ok: false,
      problem: { code },
    });
  });

  it('counts characters as people do: 300 Korean syllables fit', async () => {
    const korean = '가'.repeat(MAX_NOTE_LENGTH);
    expect((await store.notes.set('T4', { port: 2 }, korean, alice)).ok).toBe(true);
    expect((await store.notes.covering('T4', 2))[0]?.text).toBe(korean);
  });

  it.each([[{ port: 70000 }], [{ port: -1 }], [{ port: 10, to: 5 }], [{ port: 1.5 }]])(
    'refuses a scope that is not a port or a range: %j',
    async (scope) => {
      expect(await store.notes.set('T4', scope, 'text', alice)).toMatchObject({
        ok: false,
        problem: { code: 'bad_scope' },
      });
    },
  );

  it('lists a workspace in pages of 50, by port', async () => {
    const notes = Array.from({ length: 120 }, (_, i) => ({
      port: 20000 + i,
      text: `service ${i}`,
      author: alice,
      updatedAt: clock,
    }));
    const imported = await store.workspaces.import('T5', {
      format: 'portbot-team-notes',
      version: 1,
      workspace: 'T5',
      exportedAt: new Date(clock).toISOString(),
      notes,
      history: [],
    });
    expect(imported).toEqual({ ok: true, value: { notes: 120, history: 0 } });
    const pages = await Promise.all([0, 1, 2, 3].map((page) => store.notes.list('T5', page)));
    expect(pages.map((page) => page.notes.length)).toEqual([NOTES_PAGE_SIZE, NOTES_PAGE_SIZE, 20, 0]);
    expect(pages[0]?.total).toBe(120);
    expect(pages[1]?.notes[0]?.port).toBe(20050);
  });

  it(`stops at ${MAX_NOTES_PER_WORKSPACE} notes per workspace, but still replaces one`, async () => {
    const notes = Array.from({ length: MAX_NOTES_PER_WORKSPACE }, (_, i) => ({
      port: i,
      text: `n${i}`,
      author: alice,
      updatedAt: clock,
    }));
    await store.workspaces.import('T6', {
      format: 'portbot-team-notes',
      version: 1,
      workspace: 'T6',
      exportedAt: '',
      notes,
      history: [],
    });
    expect(await store.notes.set('T6', { port: 60000 }, 'one too many', alice)).toMatchObject({
      ok: false,
      problem: { code: 'too_many_notes' },
    });
    expect(await store.notes.set('T6', { port: 5 }, 'replaced', alice)).toEqual({
      ok: true,
      value: { replaced: true },
    });
  });

  it('finds the team’s own names: "billing api" → the note that says billing API', async () => {
    await store.notes.set('T7', { port: 8443 }, 'Billing API, owned by payments', alice);
    await store.notes.set('T7', { port: 9443 }, 'billing admin UI', alice);
    expect((await store.notes.search('T7', ['billing', 'api'])).map((n) => n.port)).toEqual([8443]);
    expect((await store.notes.search('T7', ['billing'])).map((n) => n.port)).toEqual([8443, 9443]);
    expect(await store.notes.search('OTHER', ['billing'])).toEqual([]);
  });

  it('changes the revision on every write, per workspace', async () => {
    const before = await store.notes.revision('T8');
    expect(before).toBe(0);
    await store.notes.set('T8', { port: 1 }, 'a', alice);
    await store.notes.set('T8', { port: 1 }, 'b', alice);
    await store.notes.forget('T8', { port: 1 }, alice);
    expect(await store.notes.revision('T8')).toBe(3);
    expect(await store.notes.revision('T9')).toBe(0);
  });

  it('records one vote per person per answer, changeable, and reports the least helpful first', async () => {
    const vote = (voterId: string, answerId: string, queryToken: string, value: 'up' | 'down') =>
      store.feedback.vote('F1', {
        answerId,
        voterId,
        queryToken,
        vote: value,
        lang: 'en',
        dataVersion: 'embedded',
        adapter: 'slack',
      });
    expect(await vote('U1', 'a1', 'p:5432', 'up')).toEqual({ ok: true, value: {} });
    expect(await vote('U1', 'a1', 'p:5432', 'down')).toEqual({ ok: true, value: { previous: 'up' } });
    await vote('U2', 'a1', 'p:5432', 'down');
    await vote('U1', 'a2', 'p:22', 'up');
    await vote('U2', 'a3', 'p:22', 'up');
    expect(
      await store.feedback.comment('F1', {
        answerId: 'a1',
        voterId: 'U2',
        queryToken: 'p:5432',
        text: 'no pgbouncer',
      }),
    ).toEqual({ ok: true, value: null });
    expect(
      await store.feedback.comment('F1', {
        answerId: 'a1',
        voterId: 'U2',
        queryToken: 'p:5432',
        text: 'x'.repeat(501),
      }),
    ).toMatchObject({ ok: false, problem: { code: 'comment_too_long' } });

    const report = await store.feedback.report('F1');
    expect(report).toEqual([
      { queryToken: 'p:5432', up: 0, down: 2, missing: ['no pgbouncer'] },
      { queryToken: 'p:22', up: 2, down: 0, missing: [] },
    ]);
    expect(await store.feedback.report('F2')).toEqual([]);
    expect(await store.feedback.report('F1', { since: clock + 1 })).toEqual([]);
  });

  it('keeps a person’s language, and forgets it on auto', async () => {
    await store.settings.setLanguage('S1', 'U1', 'ko');
    await store.settings.setLanguage('S1', 'U1', 'ko');
    expect(await store.settings.language('S1', 'U1')).toBe('ko');
    expect(await store.settings.language('S2', 'U1')).toBeUndefined();
    await store.settings.setLanguage('S1', 'U1', undefined);
    expect(await store.settings.language('S1', 'U1')).toBeUndefined();
  });

  it('deletes every row of a removed workspace, and nothing of another', async () => {
    await store.notes.set('GONE', { port: 80 }, 'front door', alice);
    await store.feedback.vote('GONE', {
      answerId: 'x',
      voterId: 'U1',
      queryToken: 'p:80',
      vote: 'up',
      lang: 'en',
      dataVersion: 'e',
      adapter: 'discord',
    });
    await store.feedback.comment('GONE', { answerId: 'x', voterId: 'U1', queryToken: 'p:80', text: 'ok' });
    await store.settings.setLanguage('GONE', 'U1', 'ko');
    await store.notes.set('KEPT', { port: 80 }, 'kept', alice);

    expect(await store.workspaces.forget('GONE')).toBe(6);
    expect(await store.notes.covering('GONE', 80)).toEqual([]);
    expect(await store.notes.history('GONE', { port: 80 })).toEqual([]);
    expect(await store.feedback.report('GONE')).toEqual([]);
    expect(await store.settings.language('GONE', 'U1')).toBeUndefined();
    expect((await store.notes.covering('KEPT', 80)).map((n) => n.text)).toEqual(['kept']);
  });

  it('keeps everything across a restart', async () => {
    await store.notes.set('R1', { port: 5432, transport: 'tcp' }, 'the orders database', bob);
    const reopened = await openStore(engine.options());
    expect((await reopened.notes.covering('R1', 5432, 'tcp')).map((n) => n.text)).toEqual([
      'the orders database',
    ]);
    await reopened.close();
  });

  it('exports a workspace and imports it elsewhere, refusing to merge into a workspace with notes', async () => {
    await store.notes.set('E1', { port: 8080 }, 'Jenkins', alice);
    await store.notes.set('E1', { port: 8080 }, 'Jenkins (new)', bob);
    await store.notes.set('E1', { port: 6000, to: 6063, transport: 'tcp' }, 'X11 on the build hosts', bob);
    const exported = await store.workspaces.export('E1');
    expect(exported.notes).toHaveLength(2);
    expect(exported.history).toHaveLength(3);

    await store.notes.set('E2', { port: 1 }, 'in the way', alice);
    expect(await store.workspaces.import('E2', exported)).toMatchObject({
      ok: false,
      problem: { code: 'workspace_not_empty' },
    });
    expect((await store.workspaces.import('E2', exported, { replace: true })).ok).toBe(true);
    const moved = await store.workspaces.export('E2');
    expect(moved.notes).toEqual(exported.notes);
    expect(moved.history).toEqual(exported.history);
  });

  it('answers a ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

describe.skipIf(!withPostgres)('PostgreSQL specifics', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('two replicas starting together migrate once', async () => {
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => openStore({ databaseUrl: database.url })),
    );
    const [first] = stores;
    const applied = await (first as Store).db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    expect(applied).toHaveLength(migrationNames().length);
    await Promise.all(stores.map((store) => store.close()));
  });

  it('reports an outage and recovers when the database comes back', async () => {
    const store = await openStore({ databaseUrl: database.url });
    await store.notes.set('O1', { port: 1 }, 'before the outage', alice);
    await database.admin(`alter database ${database.name} allow_connections false`);
    await database.admin(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database.name}'`,
    );
    await expect(store.ping()).rejects.toMatchObject({ code: 'store_unavailable' });
    await expect(store.notes.covering('O1', 1)).rejects.toThrow();
    await database.admin(`alter database ${database.name} allow_connections true`);
    await expect(store.ping()).resolves.toBeUndefined();
    expect((await store.notes.covering('O1', 1)).map((n) => n.text)).toEqual(['before the outage']);
    await store.close();
  });

  it('refuses to start on a database it cannot reach, saying which engine', async () => {
    const url = new URL(database.url);
    url.port = '1';
    await expect(openStore({ databaseUrl: url.toString() })).rejects.toMatchObject({
      code: 'store_unavailable',
      message: expect.stringContaining('postgres'),
    });
  });
});

describe('SQLite specifics', () => {
  it('three stores opening one new file together migrate it once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portbot-store-'));
    const path = join(dir, 'portbot.db');
    const stores = await Promise.all(Array.from({ length: 3 }, () => openStore({ sqlitePath: path })));
    const applied = await (stores[0] as Store).db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    expect(applied).toHaveLength(migrationNames().length);
    await Promise.all(stores.map((store) => store.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs in WAL mode with a busy timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portbot-store-'));
    const store = await openStore({ sqlitePath: join(dir, 'p.db') });
    const { sql } = await import('kysely');
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(store.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(busy.rows[0]?.timeout).toBeGreaterThanOrEqual(1000);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
