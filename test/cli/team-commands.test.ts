/**
 * `portbot notes …`, `feedback report` and `data forget-workspace` on a real SQLite file, and on
 * PostgreSQL through DATABASE_URL; an export from one imports into the other.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTeamCommand, type TeamCommandIo } from '../../adapters/cli/team-commands.js';
import { openStore } from '../../adapters/store/open-store.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/postgres.js';

const withPostgres = await postgresAvailable();

function cli(env: Record<string, string>, user = 'alice') {
  const out: string[] = [];
  const err: string[] = [];
  const io: TeamCommandIo = {
    env,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    user,
    home: env.HOME ?? '/nonexistent',
    now: () => Date.UTC(2026, 11, 5, 12, 0),
  };
  return {
    run: async (...args: string[]) => {
      out.length = 0;
      err.length = 0;
      const code = await runTeamCommand(args, io);
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
  };
}

describe('team commands on the local SQLite workspace', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'portbot-cli-notes-'));
    env = { HOME: dir, XDG_DATA_HOME: join(dir, 'data') };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads nothing and creates no file before the first note', async () => {
    const { run } = cli(env);
    expect(await run('notes', 'list')).toMatchObject({
      code: 0,
      out: expect.stringContaining('No team notes yet'),
    });
    expect(existsSync(join(dir, 'data', 'portbot', 'portbot.db'))).toBe(false);
  });

  it('sets, replaces, lists, shows history and removes a note', async () => {
    const { run } = cli(env);
    expect(await run('notes', 'set', '8443', 'staging', 'Grafana,', 'ask', '#sre')).toMatchObject({
      code: 0,
      out: 'Set the note on 8443.',
    });
    expect(existsSync(join(dir, 'data', 'portbot', 'portbot.db'))).toBe(true);
    expect(await cli(env, 'bob').run('notes', 'set', '8443', 'billing API')).toMatchObject({
      code: 0,
      out: 'Replaced the note on 8443.',
    });
    await run('notes', 'set', '53/udp', 'our resolvers');
    await run('notes', 'set', '30000-32767', 'prod NodePorts');

    const list = await run('notes', 'list');
    expect(list.code).toBe(0);
    expect(list.out.split('\n')).toEqual([
      '53/udp        our resolvers  — alice, 2026-12-05',
      '8443          billing API  — bob, 2026-12-05',
      '30000-32767   prod NodePorts  — alice, 2026-12-05',
      '3 notes, page 1 of 1.',
    ]);

    expect((await run('notes', 'rm', '8443')).out).toBe('Removed the note on 8443 ("billing API").');
    const history = await run('notes', 'history', '8443');
    expect(history.out.split('\n').map((line) => line.slice(18))).toEqual([
      'alice removed the note',
      'bob set "billing API"',
      'alice set "staging Grafana, ask #sre"',
    ]);
  });

  it.each([
    [['notes', 'set', '99999', 'x'], 'Give a port'],
    [['notes', 'set', '8443'], 'A note needs some text'],
    [['notes', 'set', '8443', 'x'.repeat(301)], 'at most 300 characters'],
    [['notes', 'rm', '8080'], 'There is no note'],
    [['notes', 'list', '--page', '0'], '--page takes'],
    [['notes', 'list', '--workspace', '<!channel>'], '--workspace takes'],
    [['notes', 'list', '--bogus'], 'Unknown option --bogus'],
    [['feedback', 'report', '--since', 'yesterday'], '--since takes'],
    [['data-forget'], ''],
  ])('refuses %j with exit 2 and a clear line', async (args, message) => {
    const { code, err, out } = await cli(env).run(...(args as string[]));
    expect(code).toBe(2);
    expect(err + out).toContain(message);
  });

  it('keeps workspaces apart and forgets one on request', async () => {
    const { run } = cli(env);
    await run('notes', 'set', '9090', 'team A Prometheus', '--workspace', 'TAAAA');
    await run('notes', 'set', '9090', 'team B Prometheus', '--workspace', 'TBBBB');
    expect((await run('notes', 'list', '--workspace', 'TAAAA')).out).toContain('team A Prometheus');
    expect((await run('notes', 'list', '--workspace', 'TAAAA')).out).not.toContain('team B');
    expect((await run('forget-workspace', 'TAAAA')).out).toBe('Deleted 3 rows of workspace TAAAA.');
    expect((await run('notes', 'list', '--workspace', 'TAAAA')).out).toContain('No team notes yet');
    expect((await run('notes', 'list', '--workspace', 'TBBBB')).out).toContain('team B Prometheus');
  });

  it('reports feedback, the least helpful first', async () => {
    const store = await openStore({ sqlitePath: join(dir, 'data', 'portbot', 'portbot.db') });
    const vote = (voterId: string, queryToken: string, value: 'up' | 'down') =>
      store.feedback.vote('local', {
        answerId: `${queryToken}-answer`,
        voterId,
        queryToken,
        vote: value,
        lang: 'en',
        dataVersion: 'embedded',
        adapter: 'slack',
      });
    await vote('U1', 'p:5432', 'down');
    await vote('U2', 'p:22', 'up');
    await store.feedback.comment('local', {
      answerId: 'p:5432-answer',
      voterId: 'U1',
      queryToken: 'p:5432',
      text: 'pgbouncer missing',
    });
    await store.close();
    const report = await cli(env).run('feedback', 'report', '--since', '30d');
    expect(report.out.split('\n')).toEqual([
      'p:5432                  👎 1  👍 0',
      '    missing: pgbouncer missing',
      'p:22                    👎 0  👍 1',
    ]);
  });

  it('exports the workspace as JSON and refuses a file that is not an export', async () => {
    const { run } = cli(env);
    const exported = JSON.parse((await run('notes', 'export')).out);
    expect(exported).toMatchObject({ format: 'portbot-team-notes', version: 1, workspace: 'local' });
    expect(exported.notes).toHaveLength(2);
    const bogus = join(dir, 'bogus.json');
    writeFileSync(bogus, '{"hello":1}');
    const refused = await run('notes', 'import', bogus, '--workspace', 'TCCCC');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('is not a portbot notes export');
    expect((await run('notes', 'import', '/dev/zero', '--workspace', 'TCCCC')).code).toBe(2);
  });
});

describe.skipIf(!withPostgres)('team commands on PostgreSQL (DATABASE_URL)', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'portbot-cli-pg-'));
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves a workspace from SQLite to PostgreSQL with export and import', async () => {
    const local = cli({ HOME: dir, PORTBOT_DB: join(dir, 'local.db') });
    await local.run('notes', 'set', '8443', 'staging Grafana');
    await local.run('notes', 'set', '6000-6063/tcp', 'X11 on the build hosts');
    const file = join(dir, 'export.json');
    writeFileSync(file, (await local.run('notes', 'export')).out);

    const remote = cli({ HOME: dir, DATABASE_URL: database.url });
    expect(await remote.run('notes', 'import', file, '--workspace', 'T0123ABCD')).toMatchObject({
      code: 0,
      out: 'Imported 2 notes and 2 history entries into T0123ABCD.',
    });
    expect((await remote.run('notes', 'import', file, '--workspace', 'T0123ABCD')).code).toBe(2);
    const listed = await remote.run('notes', 'list', '--workspace', 'T0123ABCD');
    expect(listed.out).toContain('6000-6063/tcp X11 on the build hosts');
    expect(listed.out).toContain('8443          staging Grafana');
  });

  it('says the database is unavailable, with exit 1, when PostgreSQL cannot be reached', async () => {
    const url = new URL(database.url);
    url.port = '1';
    const result = await cli({ HOME: dir, DATABASE_URL: url.toString() }).run('notes', 'list');
    expect(result.code).toBe(1);
    expect(result.err).toContain('the team database is not available');
  });
});
