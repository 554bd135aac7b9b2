/**
 * "Was this helpful?": one vote per person per answer (changeable), and the optional "what was
 * missing?" text after a 👎. An answer is known by its id and its query token — never by the
 * question's raw text.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { refuse, type StoreResult } from './result.js';

export const MAX_COMMENT_LENGTH = 500;
export type Vote = 'up' | 'down';

export interface VoteInput {
  answerId: string;
  voterId: string;
  /** The normalised question (the core's query token). */
  queryToken: string;
  lang: string;
  dataVersion: string;
  /** Where the vote came from: slack, discord, web. */
  adapter: string;
  vote: Vote;
}

export interface CommentInput {
  answerId: string;
  voterId: string;
  queryToken: string;
  text: string;
}

export interface FeedbackReportRow {
  queryToken: string;
  up: number;
  down: number;
  /** "What was missing?" texts, newest first. */
  missing: string[];
}

export interface FeedbackStore {
  /** Records or changes a person's vote on an answer. `previous` is their earlier vote, if any. */
  vote(workspaceId: string, input: VoteInput): Promise<StoreResult<{ previous?: Vote }>>;
  comment(workspaceId: string, input: CommentInput): Promise<StoreResult<null>>;
  /** The least helpful questions first (most 👎 over 👍), since a time (ms). */
  report(workspaceId: string, options?: { since?: number; limit?: number }): Promise<FeedbackReportRow[]>;
}

export function createFeedbackStore(db: Kysely<Database>, now: () => number = Date.now): FeedbackStore {
  return {
    async vote(workspaceId, input) {
      return db.transaction().execute(async (trx) => {
        const earlier = await trx
          .selectFrom('feedback_vote')
          .select('vote')
          .where('workspace_id', '=', workspaceId)
          .where('answer_id', '=', input.answerId)
          .where('voter_id', '=', input.voterId)
          .executeTakeFirst();
        const row = {
          workspace_id: workspaceId,
          answer_id: input.answerId,
          voter_id: input.voterId,
          query_token: input.queryToken,
          lang: input.lang,
          data_version: input.dataVersion,
          adapter: input.adapter,
          vote: input.vote,
          voted_at: now(),
        };
        await trx
          .insertInto('feedback_vote')
          .values(row)
          .onConflict((conflict) =>
            conflict
              .columns(['workspace_id', 'answer_id', 'voter_id'])
              .doUpdateSet({ vote: row.vote, voted_at: row.voted_at, lang: row.lang }),
          )
          .execute();
        return { ok: true as const, value: earlier ? { previous: earlier.vote } : {} };
      });
    },

    async comment(workspaceId, input) {
      const text = input.text.trim();
      if (text === '') return { ok: true, value: null };
      if ([...text].length > MAX_COMMENT_LENGTH) return refuse('comment_too_long');
      await db
        .insertInto('feedback_comment')
        .values({
          workspace_id: workspaceId,
          answer_id: input.answerId,
          voter_id: input.voterId,
          query_token: input.queryToken,
          text,
          at: now(),
        })
        .execute();
      return { ok: true, value: null };
    },

    async report(workspaceId, { since = 0, limit = 20 } = {}) {
      const votes = await db
        .selectFrom('feedback_vote')
        .select(['query_token', 'vote'])
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('workspace_id', '=', workspaceId)
        .where('voted_at', '>=', since)
        .groupBy(['query_token', 'vote'])
        .execute();
      const comments = await db
        .selectFrom('feedback_comment')
        .select(['query_token', 'text'])
        .where('workspace_id', '=', workspaceId)
        .where('at', '>=', since)
        .orderBy('at', 'desc')
        .limit(1000)
        .execute();
      const rows = new Map<string, FeedbackReportRow>();
      const rowFor = (queryToken: string) => {
        const row = rows.get(queryToken) ?? { queryToken, up: 0, down: 0, missing: [] };
        rows.set(queryToken, row);
        return row;
      };
      for (const vote of votes) rowFor(vote.query_token)[vote.vote] += Number(vote.count);
      for (const comment of comments) rowFor(comment.query_token).missing.push(comment.text);
      return [...rows.values()]
        .sort(
          (a, b) =>
            b.down - b.up - (a.down - a.up) ||
            b.down - a.down ||
            b.missing.length - a.missing.length ||
            a.queryToken.localeCompare(b.queryToken),
        )
        .slice(0, Math.max(1, limit));
    },
  };
}
