/**
 * Forward-only, versioned migrations, applied at start by Kysely's Migrator. The Migrator holds a
 * lock while it runs (a PostgreSQL advisory lock; SQLite's single writer), so two replicas starting
 * together apply each migration once. A migration is never edited once released: add a new one.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Engine } from './database.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

/** An auto-numbered primary key in the engine's own spelling. */
function idColumnType(engine: Engine) {
  return engine === 'postgres' ? sql`bigint generated always as identity` : sql`integer`;
}

function migrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-team-notes': {
      async up(db: AnyDb) {
        await db.schema
          .createTable('team_note')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('port', 'integer', (c) => c.notNull())
          .addColumn('port_to', 'integer', (c) => c.notNull())
          .addColumn('transport', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('author_id', 'text', (c) => c.notNull())
          .addColumn('author_name', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('team_note_pk', ['workspace_id', 'port', 'port_to', 'transport'])
          .execute();
        await db.schema
          .createTable('team_note_history')
          .addColumn('id', idColumnType(engine), (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('port', 'integer', (c) => c.notNull())
          .addColumn('port_to', 'integer', (c) => c.notNull())
          .addColumn('transport', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('text', 'text')
          .addColumn('author_id', 'text', (c) => c.notNull())
          .addColumn('author_name', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('team_note_history_by_port')
          .on('team_note_history')
          .columns(['workspace_id', 'port', 'port_to', 'transport', 'id'])
          .execute();
        await db.schema
          .createTable('workspace_state')
          .addColumn('workspace_id', 'text', (c) => c.primaryKey())
          .addColumn('notes_revision', 'bigint', (c) => c.notNull())
          .execute();
      },
    },
    '0002-feedback-and-settings': {
      async up(db: AnyDb) {
        await db.schema
          .createTable('feedback_vote')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('answer_id', 'text', (c) => c.notNull())
          .addColumn('voter_id', 'text', (c) => c.notNull())
          .addColumn('query_token', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('data_version', 'text', (c) => c.notNull())
          .addColumn('adapter', 'text', (c) => c.notNull())
          .addColumn('vote', 'text', (c) => c.notNull())
          .addColumn('voted_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('feedback_vote_pk', ['workspace_id', 'answer_id', 'voter_id'])
          .execute();
        await db.schema
          .createIndex('feedback_vote_by_time')
          .on('feedback_vote')
          .columns(['workspace_id', 'voted_at'])
          .execute();
        await db.schema
          .createTable('feedback_comment')
          .addColumn('id', idColumnType(engine), (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('answer_id', 'text', (c) => c.notNull())
          .addColumn('voter_id', 'text', (c) => c.notNull())
          .addColumn('query_token', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('feedback_comment_by_workspace')
          .on('feedback_comment')
          .columns(['workspace_id', 'at'])
          .execute();
        await db.schema
          .createTable('user_setting')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('user_setting_pk', ['workspace_id', 'user_id'])
          .execute();
      },
    },
    '0003-workspace-parent': {
      async up(db: AnyDb) {
        await db.schema
          .createTable('workspace_parent')
          .addColumn('workspace_id', 'text', (c) => c.primaryKey())
          .addColumn('parent_id', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('workspace_parent_by_parent')
          .on('workspace_parent')
          .column('parent_id')
          .execute();
      },
    },
  };
}

/** The names of every migration, oldest first. */
export function migrationNames(engine: Engine = 'sqlite'): string[] {
  return Object.keys(migrations(engine)).sort();
}

function providerFor(engine: Engine): MigrationProvider {
  return { getMigrations: async () => migrations(engine) };
}

/**
 * Applies every pending migration (or those up to `target`). Throws with the failing migration's
 * name when one fails; the database is left at the last migration that succeeded.
 */
export async function migrate(db: AnyDb, engine: Engine, target?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider: providerFor(engine) });
  const { error, results = [] } = target
    ? await migrator.migrateTo(target)
    : await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed`.replace('  ', ' '), {
      cause: error,
    });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
