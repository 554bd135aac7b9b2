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

/** What a counted store has been asked on the answer path since the counts were last reset. */
export interface StoreReads {
  /** Note searches by the team's own names. */
  searches: number;
  /** Notes covering a port. */
  covering: number;
  /** A workspace's notes revision, and a person's language. */
  other: number;
}

export function noReads(): StoreReads {
  return { searches: 0, covering: 0, other: 0 };
}

/**
 * The real store with its reads on the answer path counted into `reads` (nothing else changed),
 * so that a test can say a cached answer reads nothing.
 */
export function countReads(store: Store, reads: StoreReads): Store {
  const notes: Store['notes'] = {
    ...store.notes,
    search: (workspaceId, words) => {
      reads.searches += 1;
      return store.notes.search(workspaceId, words);
    },
    covering: (workspaceId, port, transport) => {
      reads.covering += 1;
      return store.notes.covering(workspaceId, port, transport);
    },
    revision: (workspaceId) => {
      reads.other += 1;
      return store.notes.revision(workspaceId);
    },
  };
  const settings: Store['settings'] = {
    ...store.settings,
    language: (workspaceId, userId) => {
      reads.other += 1;
      return store.settings.language(workspaceId, userId);
    },
  };
  return { ...store, notes, settings };
}
