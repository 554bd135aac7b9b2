/**
 * A workspace's data as a whole: deleted when the app is removed, and exported to (or imported
 * from) JSON to move a workspace between SQLite and PostgreSQL.
 */
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from './database.js';
import { bumpRevision, MAX_NOTE_LENGTH, MAX_NOTES_PER_WORKSPACE } from './notes.js';
import { refuse, type StoreResult } from './result.js';

const WORKSPACE_TABLES = [
  'team_note',
  'team_note_history',
  'workspace_state',
  'feedback_vote',
  'feedback_comment',
  'user_setting',
  'workspace_parent',
] as const;

const PortSchema = z.number().int().min(0).max(65535);
const AuthorSchema = z.object({ id: z.string().min(1).max(100), name: z.string().max(200) });
const ScopeShape = {
  port: PortSchema,
  to: PortSchema.optional(),
  transport: z.enum(['tcp', 'udp', 'sctp', 'dccp']).optional(),
};

/** The export format; `version` changes only when a field changes meaning. */
export const WorkspaceExportSchema = z.object({
  format: z.literal('portbot-team-notes'),
  version: z.literal(1),
  workspace: z.string().min(1),
  exportedAt: z.string(),
  notes: z
    .array(
      z.object({
        ...ScopeShape,
        text: z
          .string()
          .min(1)
          .max(MAX_NOTE_LENGTH * 4),
        author: AuthorSchema,
        updatedAt: z.number().int().nonnegative(),
      }),
    )
    .max(MAX_NOTES_PER_WORKSPACE),
  history: z
    .array(
      z.object({
        ...ScopeShape,
        action: z.enum(['set', 'forget']),
        text: z
          .string()
          .max(MAX_NOTE_LENGTH * 4)
          .optional(),
        author: AuthorSchema,
        at: z.number().int().nonnegative(),
      }),
    )
    .max(200_000),
});
export type WorkspaceExport = z.infer<typeof WorkspaceExportSchema>;

export interface WorkspaceData {
  /** Deletes every row of the workspace, in one transaction. Returns how many rows went. */
  forget(workspaceId: string): Promise<number>;
  /**
   * Records that a workspace belongs to an organisation (a Slack team to its Enterprise Grid org);
   * the same link again changes nothing.
   */
  link(workspaceId: string, parentId: string): Promise<void>;
  /**
   * Deletes the organisation's own rows and those of every workspace linked to it, in one
   * transaction: the workspaces it deleted (the organisation first) and how many rows went.
   */
  forgetUnder(parentId: string): Promise<{ workspaces: string[]; rows: number }>;
  export(workspaceId: string): Promise<WorkspaceExport>;
  /** Imports notes and history into a workspace that has no notes (or replaces them with `replace`). */
  import(
    workspaceId: string,
    data: WorkspaceExport,
    options?: { replace?: boolean },
  ): Promise<StoreResult<{ notes: number; history: number }>>;
}

const spanOf = (entry: { port: number; to?: number; transport?: string }) => ({
  port: entry.port,
  port_to: entry.to ?? entry.port,
  transport: entry.transport ?? '',
});
const scopeOf = (row: { port: number; port_to: number; transport: string }) => ({
  port: row.port,
  ...(row.port_to !== row.port ? { to: row.port_to } : {}),
  ...(row.transport !== '' ? { transport: row.transport as 'tcp' } : {}),
});

/** Deletes every row of each workspace, inside the caller's transaction. */
async function deleteWorkspaces(
  trx: Transaction<Database>,
  workspaceIds: readonly string[],
): Promise<number> {
  if (workspaceIds.length === 0) return 0;
  let removed = 0;
  for (const table of WORKSPACE_TABLES) {
    const result = await trx
      .deleteFrom(table)
      .where('workspace_id', 'in', [...workspaceIds])
      .executeTakeFirst();
    removed += Number(result.numDeletedRows);
  }
  return removed;
}

export function createWorkspaceData(db: Kysely<Database>, now: () => number = Date.now): WorkspaceData {
  return {
    async forget(workspaceId) {
      return db.transaction().execute((trx) => deleteWorkspaces(trx, [workspaceId]));
    },

    async link(workspaceId, parentId) {
      if (workspaceId === parentId) return;
      await db
        .insertInto('workspace_parent')
        .values({ workspace_id: workspaceId, parent_id: parentId })
        .onConflict((conflict) => conflict.column('workspace_id').doUpdateSet({ parent_id: parentId }))
        .execute();
    },

    async forgetUnder(parentId) {
      return db.transaction().execute(async (trx) => {
        const children = await trx
          .selectFrom('workspace_parent')
          .select('workspace_id')
          .where('parent_id', '=', parentId)
          .execute();
        const workspaces = [parentId, ...children.map((row) => row.workspace_id)];
        // At most a few thousand workspaces in an organisation: in batches, within SQL's limits.
        let rows = 0;
        for (let start = 0; start < workspaces.length; start += 500)
          rows += await deleteWorkspaces(trx, workspaces.slice(start, start + 500));
        return { workspaces, rows };
      });
    },

    async export(workspaceId) {
      const notes = await db
        .selectFrom('team_note')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('port')
        .orderBy('port_to')
        .orderBy('transport')
        .execute();
      const history = await db
        .selectFrom('team_note_history')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return {
        format: 'portbot-team-notes',
        version: 1,
        workspace: workspaceId,
        exportedAt: new Date(now()).toISOString(),
        notes: notes.map((row) => ({
          ...scopeOf(row),
          text: row.text,
          author: { id: row.author_id, name: row.author_name },
          updatedAt: Number(row.updated_at),
        })),
        history: history.map((row) => ({
          ...scopeOf(row),
          action: row.action,
          ...(row.text !== null ? { text: row.text } : {}),
          author: { id: row.author_id, name: row.author_name },
          at: Number(row.at),
        })),
      };
    },

    async import(workspaceId, data, { replace = false } = {}) {
      return db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('team_note')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirstOrThrow();
        if (Number(existing.count) > 0 && !replace) return refuse('workspace_not_empty');
        await trx.deleteFrom('team_note').where('workspace_id', '=', workspaceId).execute();
        await trx.deleteFrom('team_note_history').where('workspace_id', '=', workspaceId).execute();
        for (const note of data.notes) {
          await trx
            .insertInto('team_note')
            .values({
              workspace_id: workspaceId,
              ...spanOf(note),
              text: note.text,
              author_id: note.author.id,
              author_name: note.author.name,
              updated_at: note.updatedAt,
            })
            .execute();
        }
        for (const change of data.history) {
          await trx
            .insertInto('team_note_history')
            .values({
              workspace_id: workspaceId,
              ...spanOf(change),
              action: change.action,
              text: change.text ?? null,
              author_id: change.author.id,
              author_name: change.author.name,
              at: change.at,
            })
            .execute();
        }
        await bumpRevision(trx, workspaceId);
        return { ok: true as const, value: { notes: data.notes.length, history: data.history.length } };
      });
    },
  };
}
