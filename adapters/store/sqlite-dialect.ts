/**
 * The SQLite side of the store: the database file, its settings, and the write lock its
 * migrations run under. Imported only when the store opens SQLite, so that a service on
 * PostgreSQL never loads the native addon (open-store.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

/** How long a start waits for another process's migration of the same SQLite file. */
const MIGRATION_LOCK_WAIT_MS = 15_000;
const SQLITE_BUSY_TIMEOUT_MS = 5000;

export interface SqliteConnection {
  dialect: SqliteDialect;
  /** Runs `work` (the migrations) holding the database's write lock. */
  withWriteLock<T>(work: () => Promise<T>): Promise<T>;
}

export function openSqlite(path: string): SqliteConnection {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path);
  database.pragma('journal_mode = WAL');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  // FULL: a write is on disk when the transaction returns, so an acknowledged note survives a crash.
  database.pragma('synchronous = FULL');
  return {
    dialect: new SqliteDialect({ database }),
    withWriteLock: (work) => withSqliteWriteLock(database, work),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Kysely runs SQLite migrations without a transaction or lock, so two processes opening a new file
 * together would both create the tables. Holding SQLite's write lock (BEGIN IMMEDIATE) around the
 * migrations makes the second one wait, then find nothing left to do. The lock is tried without
 * blocking (busy_timeout 0) and retried with sleeps, because a blocked synchronous call would also
 * stall a holder in the same process.
 */
async function withSqliteWriteLock<T>(database: BetterSqlite3.Database, run: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + MIGRATION_LOCK_WAIT_MS;
  database.pragma('busy_timeout = 0');
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        database.exec('BEGIN IMMEDIATE');
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
        await sleep(Math.min(10 * 2 ** attempt, 200));
      }
    }
  } finally {
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  }
  try {
    const result = await run();
    database.exec('COMMIT');
    return result;
  } catch (error) {
    if (database.inTransaction) database.exec('ROLLBACK');
    throw error;
  }
}
