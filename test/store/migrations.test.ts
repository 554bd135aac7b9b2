/**
 * Upgrades: a database left at the previous schema, with data in it, is brought to the latest
 * schema at start without losing anything — on both engines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationNames } from '../../adapters/store/migrations.js';
import { openStore, type StoreOptions } from '../../adapters/store/open-store.js';
import { createTestDatabase, postgresAvailable } from '../support/postgres.js';

const withPostgres = await postgresAvailable();
const names = migrationNames();
const previous = names[names.length - 2] as string;

async function upgradeKeepsData(options: StoreOptions) {
  const old = await openStore({ ...options, migrateTo: previous });
  await old.notes.set('W', { port: 8443 }, 'staging Grafana', { id: 'U1', name: 'alice' });
  await old.close();

  const upgraded = await openStore(options);
  const applied = await upgraded.db
    .selectFrom('kysely_migration' as never)
    .select('name' as never)
    .execute();
  expect(applied.map((row) => (row as { name: string }).name).sort()).toEqual(names);
  expect((await upgraded.notes.covering('W', 8443)).map((note) => note.text)).toEqual(['staging Grafana']);
  expect(await upgraded.notes.revision('W')).toBe(1);
  // The tables the newer migration added work.
  await upgraded.settings.setLanguage('W', 'U1', 'ko');
  expect(await upgraded.settings.language('W', 'U1')).toBe('ko');
  await upgraded.workspaces.link('W', 'E1');
  expect(await upgraded.workspaces.forgetUnder('E1')).toEqual({ workspaces: ['E1', 'W'], rows: 5 });
  expect(await upgraded.notes.covering('W', 8443)).toEqual([]);
  await upgraded.close();
}

describe('migrations', () => {
  it('are named in order and never more than once', () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  it('upgrade a SQLite file from the previous schema, keeping its data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portbot-migrate-'));
    try {
      await upgradeKeepsData({ sqlitePath: join(dir, 'portbot.db') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!withPostgres)(
    'upgrade a PostgreSQL database from the previous schema, keeping its data',
    async () => {
      const database = await createTestDatabase();
      try {
        await upgradeKeepsData({ databaseUrl: database.url });
      } finally {
        await database.drop();
      }
    },
  );
});
