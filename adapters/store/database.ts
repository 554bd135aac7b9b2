/**
 * The tables portbot keeps, as Kysely sees them. Every row belongs to one workspace
 * (`workspace_id`): a Slack team or enterprise, a Discord guild, or the CLI's local workspace.
 * Times are milliseconds since the epoch, as integers, in both engines.
 */
import type { Generated } from 'kysely';

/** The current note on a port (or range), one per workspace, port span and transport. */
export interface TeamNoteTable {
  workspace_id: string;
  port: number;
  /** Last port of the span; equal to `port` for a single port. */
  port_to: number;
  /** `''` when the note is about every transport. */
  transport: string;
  text: string;
  author_id: string;
  author_name: string;
  updated_at: number;
}

/** Every change to a note, kept for `history`: a `set` with its text, or a `forget`. */
export interface TeamNoteHistoryTable {
  id: Generated<number>;
  workspace_id: string;
  port: number;
  port_to: number;
  transport: string;
  action: 'set' | 'forget';
  text: string | null;
  author_id: string;
  author_name: string;
  at: number;
}

/** Per-workspace counters; `notes_revision` changes on every note write (reply-cache keys). */
export interface WorkspaceStateTable {
  workspace_id: string;
  notes_revision: number;
}

/** One vote per person per answer, changeable. Never the question's text: its query token. */
export interface FeedbackVoteTable {
  workspace_id: string;
  answer_id: string;
  voter_id: string;
  query_token: string;
  lang: string;
  data_version: string;
  adapter: string;
  vote: 'up' | 'down';
  voted_at: number;
}

/** "What was missing?" after a 👎, for the workspace's admins only. */
export interface FeedbackCommentTable {
  id: Generated<number>;
  workspace_id: string;
  answer_id: string;
  voter_id: string;
  query_token: string;
  text: string;
  at: number;
}

/** A person's own settings (their answer language). */
export interface UserSettingTable {
  workspace_id: string;
  user_id: string;
  lang: string;
  updated_at: number;
}

/**
 * Which organisation a workspace belongs to: a Slack team (`T…`) under its Enterprise Grid org
 * (`E…`), recorded on the workspace's first write, so that removing an organisation-wide install
 * deletes every workspace's data under it.
 */
export interface WorkspaceParentTable {
  workspace_id: string;
  parent_id: string;
}

export interface Database {
  team_note: TeamNoteTable;
  team_note_history: TeamNoteHistoryTable;
  workspace_state: WorkspaceStateTable;
  feedback_vote: FeedbackVoteTable;
  feedback_comment: FeedbackCommentTable;
  user_setting: UserSettingTable;
  workspace_parent: WorkspaceParentTable;
}

export type Engine = 'sqlite' | 'postgres';
