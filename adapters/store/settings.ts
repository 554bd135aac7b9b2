/** A person's own settings: today, the language they want answers in. */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export interface SettingsStore {
  /** The person's language, or `undefined` when they chose none (or `auto`). */
  language(workspaceId: string, userId: string): Promise<string | undefined>;
  /** Stores a language; `undefined` forgets the choice. */
  setLanguage(workspaceId: string, userId: string, lang: string | undefined): Promise<void>;
}

export function createSettingsStore(db: Kysely<Database>, now: () => number = Date.now): SettingsStore {
  return {
    async language(workspaceId, userId) {
      const row = await db
        .selectFrom('user_setting')
        .select('lang')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.lang;
    },
    async setLanguage(workspaceId, userId, lang) {
      if (lang === undefined) {
        await db
          .deleteFrom('user_setting')
          .where('workspace_id', '=', workspaceId)
          .where('user_id', '=', userId)
          .execute();
        return;
      }
      await db
        .insertInto('user_setting')
        .values({ workspace_id: workspaceId, user_id: userId, lang, updated_at: now() })
        .onConflict((conflict) =>
          conflict.columns(['workspace_id', 'user_id']).doUpdateSet({ lang, updated_at: now() }),
        )
        .execute();
    },
  };
}
