/**
 * Team notes: a workspace's own word on a port, a port and transport, or a range. One current note
 * per span and transport; every change is kept in the history. Every query is scoped by workspace.
 */
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { NoteScope, Transport } from '../../src/index.js';
import type { Database } from './database.js';
import { refuse, type StoreResult } from './result.js';

export const MAX_NOTE_LENGTH = 300;
export const MAX_NOTES_PER_WORKSPACE = 2000;
export const NOTES_PAGE_SIZE = 50;

export type { NoteScope };

export interface Author {
  id: string;
  /** A display name, shown as plain text (never a mention). */
  name: string;
}

export interface TeamNote extends NoteScope {
  text: string;
  author: Author;
  /** Milliseconds since the epoch. */
  updatedAt: number;
}

export interface NoteChange extends NoteScope {
  action: 'set' | 'forget';
  text?: string;
  author: Author;
  at: number;
}

type NoteRow = Database['team_note'];

function keyOf(scope: NoteScope) {
  return { port: scope.port, port_to: scope.to ?? scope.port, transport: scope.transport ?? '' };
}

function isValidScope(scope: NoteScope): boolean {
  const { port, port_to } = keyOf(scope);
  const isPort = (n: number) => Number.isInteger(n) && n >= 0 && n <= 65535;
  return isPort(port) && isPort(port_to) && port_to >= port;
}

function toNote(row: NoteRow): TeamNote {
  return {
    port: row.port,
    ...(row.port_to !== row.port ? { to: row.port_to } : {}),
    ...(row.transport !== '' ? { transport: row.transport as Transport } : {}),
    text: row.text,
    author: { id: row.author_id, name: row.author_name },
    updatedAt: Number(row.updated_at),
  };
}

/** Characters as people count them (a Korean syllable or an emoji is one). */
function lengthOf(text: string): number {
  return [...text].length;
}

/** Marks a write to the workspace's notes (reply-cache keys change with it). */
export async function bumpRevision(trx: Transaction<Database>, workspaceId: string): Promise<void> {
  await trx
    .insertInto('workspace_state')
    .values({ workspace_id: workspaceId, notes_revision: 1 })
    .onConflict((conflict) =>
      conflict
        .column('workspace_id')
        .doUpdateSet({ notes_revision: sql<number>`workspace_state.notes_revision + 1` }),
    )
    .execute();
}

export interface NotesStore {
  /** Sets or replaces the note on a scope. */
  set(
    workspaceId: string,
    scope: NoteScope,
    text: string,
    author: Author,
  ): Promise<StoreResult<{ replaced: boolean }>>;
  /** Removes the note on a scope, at once; the history keeps it. */
  forget(workspaceId: string, scope: NoteScope, author: Author): Promise<StoreResult<TeamNote>>;
  /** Every note that covers `port`: on that port or a range containing it, any or that transport. */
  covering(workspaceId: string, port: number, transport?: string): Promise<TeamNote[]>;
  /** Notes overlapping a range of ports, for range answers. */
  overlapping(workspaceId: string, from: number, to: number): Promise<TeamNote[]>;
  /** One page of the workspace's notes, by port. */
  list(workspaceId: string, page?: number): Promise<{ notes: TeamNote[]; total: number; pageSize: number }>;
  /** Changes to one scope, newest first. */
  history(workspaceId: string, scope: NoteScope, limit?: number): Promise<NoteChange[]>;
  /** Notes whose text holds every word (case-insensitive): "billing api". */
  search(workspaceId: string, words: readonly string[]): Promise<TeamNote[]>;
  /** Changes on every write; part of reply-cache keys. 0 for a workspace that never wrote. */
  revision(workspaceId: string): Promise<number>;
}

export function createNotesStore(db: Kysely<Database>, now: () => number = Date.now): NotesStore {
  const scoped = (workspaceId: string) =>
    db.selectFrom('team_note').selectAll().where('workspace_id', '=', workspaceId);

  return {
    async set(workspaceId, scope, text, author) {
      if (!isValidScope(scope)) return refuse('bad_scope');
      const trimmed = text.trim();
      if (trimmed === '') return refuse('note_empty');
      if (lengthOf(trimmed) > MAX_NOTE_LENGTH) return refuse('note_too_long');
      const key = keyOf(scope);
      const at = now();
      return db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('team_note')
          .select('port')
          .where('workspace_id', '=', workspaceId)
          .where('port', '=', key.port)
          .where('port_to', '=', key.port_to)
          .where('transport', '=', key.transport)
          .executeTakeFirst();
        if (!existing) {
          const { count } = await trx
            .selectFrom('team_note')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where('workspace_id', '=', workspaceId)
            .executeTakeFirstOrThrow();
          if (Number(count) >= MAX_NOTES_PER_WORKSPACE) return refuse('too_many_notes');
        }
        const row = {
          workspace_id: workspaceId,
          ...key,
          text: trimmed,
          author_id: author.id,
          author_name: author.name,
        };
        await trx
          .insertInto('team_note')
          .values({ ...row, updated_at: at })
          .onConflict((conflict) =>
            conflict
              .columns(['workspace_id', 'port', 'port_to', 'transport'])
              .doUpdateSet({ text: trimmed, author_id: author.id, author_name: author.name, updated_at: at }),
          )
          .execute();
        await trx
          .insertInto('team_note_history')
          .values({ ...row, action: 'set', at })
          .execute();
        await bumpRevision(trx, workspaceId);
        return { ok: true as const, value: { replaced: existing !== undefined } };
      });
    },

    async forget(workspaceId, scope, author) {
      if (!isValidScope(scope)) return refuse('bad_scope');
      const key = keyOf(scope);
      return db.transaction().execute(async (trx) => {
        const removed = await trx
          .deleteFrom('team_note')
          .where('workspace_id', '=', workspaceId)
          .where('port', '=', key.port)
          .where('port_to', '=', key.port_to)
          .where('transport', '=', key.transport)
          .returningAll()
          .executeTakeFirst();
        if (!removed) return refuse('note_not_found');
        await trx
          .insertInto('team_note_history')
          .values({
            workspace_id: workspaceId,
            ...key,
            action: 'forget',
            text: null,
            author_id: author.id,
            author_name: author.name,
            at: now(),
          })
          .execute();
        await bumpRevision(trx, workspaceId);
        return { ok: true as const, value: toNote(removed) };
      });
    },

    async covering(workspaceId, port, transport) {
      let query = scoped(workspaceId).where('port', '<=', port).where('port_to', '>=', port);
      if (transport) query = query.where('transport', 'in', ['', transport]);
      const rows = await query.execute();
      // The narrowest span first: a note on 8443 before one on 8000-9000.
      return rows
        .sort((a, b) => a.port_to - a.port - (b.port_to - b.port) || a.transport.localeCompare(b.transport))
        .map(toNote);
    },

    async overlapping(workspaceId, from, to) {
      const rows = await scoped(workspaceId)
        .where('port', '<=', to)
        .where('port_to', '>=', from)
        .orderBy('port')
        .orderBy('port_to')
        .orderBy('transport')
        .limit(MAX_NOTES_PER_WORKSPACE)
        .execute();
      return rows.map(toNote);
    },

    async list(workspaceId, page = 0) {
      const safePage = Number.isInteger(page) && page >= 0 ? page : 0;
      const [rows, total] = await Promise.all([
        scoped(workspaceId)
          .orderBy('port')
          .orderBy('port_to')
          .orderBy('transport')
          .limit(NOTES_PAGE_SIZE)
          .offset(safePage * NOTES_PAGE_SIZE)
          .execute(),
        db
          .selectFrom('team_note')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirstOrThrow(),
      ]);
      return { notes: rows.map(toNote), total: Number(total.count), pageSize: NOTES_PAGE_SIZE };
    },

    async history(workspaceId, scope, limit = 20) {
      if (!isValidScope(scope)) return [];
      const key = keyOf(scope);
      const rows = await db
        .selectFrom('team_note_history')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('port', '=', key.port)
        .where('port_to', '=', key.port_to)
        .where('transport', '=', key.transport)
        .orderBy('id', 'desc')
        .limit(Math.max(1, Math.min(limit, 200)))
        .execute();
      return rows.map((row) => ({
        port: row.port,
        ...(row.port_to !== row.port ? { to: row.port_to } : {}),
        ...(row.transport !== '' ? { transport: row.transport as Transport } : {}),
        action: row.action,
        ...(row.text !== null ? { text: row.text } : {}),
        author: { id: row.author_id, name: row.author_name },
        at: Number(row.at),
      }));
    },

    async search(workspaceId, words) {
      const needles = words.map((word) => word.toLowerCase()).filter((word) => word.length > 0);
      if (needles.length === 0) return [];
      // At most 2,000 notes per workspace: filtering them here keeps the SQL the same on both
      // engines (LIKE's case rules differ) and is cheap.
      const rows = await scoped(workspaceId).orderBy('port').limit(MAX_NOTES_PER_WORKSPACE).execute();
      return rows
        .filter((row) => needles.every((needle) => row.text.toLowerCase().includes(needle)))
        .map(toNote);
    },

    async revision(workspaceId) {
      const row = await db
        .selectFrom('workspace_state')
        .select('notes_revision')
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return row ? Number(row.notes_revision) : 0;
    },
  };
}
