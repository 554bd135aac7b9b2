/**
 * The team's store on each engine for a test file: SQLite in a temporary folder, and PostgreSQL
 * in a database of its own when the test server answers (see postgres.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../adapters/store/open-store.js';
import { createTestDatabase, postgresAvailable } from './postgres.js';

export interface OpenedStore {
  store: Store;
  /** Opens another connection to the same database (a restart). */
  reopen(): Promise<Store>;
  done(): Promise<void>;
}

export type StoreEngine = [name: 'sqlite' | 'postgres', open: () => Promise<OpenedStore>];

export async function storeEngines(): Promise<StoreEngine[]> {
  const engines: StoreEngine[] = [
    [
      'sqlite',
      async () => {
        const dir = mkdtempSync(join(tmpdir(), 'portbot-team-'));
        const sqlitePath = join(dir, 'portbot.db');
        const store = await openStore({ sqlitePath });
        const others: Store[] = [];
        return {
          store,
          reopen: async () => {
            const other = await openStore({ sqlitePath });
            others.push(other);
            return other;
          },
          done: async () => {
            await Promise.all([store, ...others].map((s) => s.close()));
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    ],
  ];
  if (await postgresAvailable())
    engines.push([
      'postgres',
      async () => {
        const database = await createTestDatabase();
        const store = await openStore({ databaseUrl: database.url });
        const others: Store[] = [];
        return {
          store,
          reopen: async () => {
            const other = await openStore({ databaseUrl: database.url });
            others.push(other);
            return other;
          },
          done: async () => {
            await Promise.all([store, ...others].map((s) => s.close()));
            await database.drop();
          },
        };
      },
    ]);
  return engines;
}
