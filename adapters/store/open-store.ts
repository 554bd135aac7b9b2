/**
 * Opens the team's database: SQLite in one file by default (no server needed), PostgreSQL when a
 * `postgres://` URL is given (the store for several replicas). Both go through one Kysely query
 * layer, and pending migrations are applied before the store is handed out.
 */
import { Kysely, sql } from 'kysely';
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

export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const engine: Engine = options.databaseUrl ? 'postgres' : 'sqlite';
  if (options.databaseUrl && !isPostgresUrl(options.databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  // Only the configured engine's driver is loaded: each costs megabytes of memory to import.
  const sqlite = options.databaseUrl
    ? undefined
    : (await import('./sqlite-dialect.js')).openSqlite(options.sqlitePath ?? ':memory:');
  const dialect =
    sqlite?.dialect ??
    (await import('./postgres-dialect.js')).postgresDialect(
      options.databaseUrl as string,
      options.statementTimeoutMs ?? 5000,
    );
  const db = new Kysely<Database>({ dialect });
  try {
    const run = () => migrate(db, engine, options.migrateTo);
    await (sqlite ? sqlite.withWriteLock(run) : run());
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
