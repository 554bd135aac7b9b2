/**
 * Opens the team's database: SQLite in one file by default (no server needed), PostgreSQL when a
 * `postgres://` URL is given (the store for several replicas). Both go through one Kysely query
 * layer, and pending migrations are applied before the store is handed out.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database, Engine } from './database.js';
import { createFeedbackStore, type FeedbackStore } from './feedback.js';
import { migrate } from './migrations.js';
import { createNotesStore, type NotesStore } from './notes.js';
import { StoreUnavailableError } from './result.js';
import { createSettingsStore, type SettingsStore } from './settings.js';
import { createWorkspaceData, type WorkspaceData } from './workspace-data.js';

export interface StoreOptions {
  /** `postgres://…` or `postgresql://…`: PostgreSQL. Absent: SQLite at `sqlitePath`. */
  databaseUrl?: string;
  /** The SQLite file (created with its folder when missing), or `:memory:`. */
  sqlitePath?: string;
  /** Apply migrations up to this one only (tests of upgrades). */
  migrateTo?: string;
  now?: () => number;
  /** How long one statement may take before it counts as an outage (PostgreSQL). */
  statementTimeoutMs?: number;
}

export interface Store {
  readonly engine: Engine;
  readonly db: Kysely<Database>;
  readonly notes: NotesStore;
  readonly feedback: FeedbackStore;
  readonly settings: SettingsStore;
  readonly workspaces: WorkspaceData;
  /** Resolves when the database answers; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** How long a start waits for another process's migration of the same SQLite file. */
const MIGRATION_LOCK_WAIT_MS = 15_000;
const SQLITE_BUSY_TIMEOUT_MS = 5000;
const POSTGRES_INT8_OID = 20;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

function openSqlite(path: string): BetterSqlite3.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path);
  database.pragma('journal_mode = WAL');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  // FULL: a write is on disk when the transaction returns, so an acknowledged note survives a crash.
  database.pragma('synchronous = FULL');
  return database;
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

function postgresDialect(url: string, statementTimeoutMs: number): PostgresDialect {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    statement_timeout: statementTimeoutMs,
    // Counts and times are bigint; every value portbot stores fits a JavaScript number.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === POSTGRES_INT8_OID
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const engine: Engine = options.databaseUrl ? 'postgres' : 'sqlite';
  if (options.databaseUrl && !isPostgresUrl(options.databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const sqlite = options.databaseUrl ? undefined : openSqlite(options.sqlitePath ?? ':memory:');
  const dialect = sqlite
    ? new SqliteDialect({ database: sqlite })
    : postgresDialect(options.databaseUrl as string, options.statementTimeoutMs ?? 5000);
  const db = new Kysely<Database>({ dialect });
  try {
    const run = () => migrate(db, engine, options.migrateTo);
    await (sqlite ? withSqliteWriteLock(sqlite, run) : run());
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new StoreUnavailableError(`could not prepare the ${engine} database: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const now = options.now ?? Date.now;
  let closed: Promise<void> | undefined;
  return {
    engine,
    db,
    notes: createNotesStore(db, now),
    feedback: createFeedbackStore(db, now),
    settings: createSettingsStore(db, now),
    workspaces: createWorkspaceData(db, now),
    async ping() {
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        throw new StoreUnavailableError(`the ${engine} database does not answer`, { cause: error });
      }
    },
    close() {
      closed ??= db.destroy();
      return closed;
    },
  };
}
