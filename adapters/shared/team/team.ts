/**
 * The team's notes, votes and settings for the chat adapters, platform-neutral: a chat command's
 * text in, a private reply out (a presentation the platform's renderer already knows), with the
 * permissions (`NOTES_EDITORS`), `NOTES=off`, the limits and a per-user write rate limit checked
 * here once. Also what the answer path needs: the notes for an answer (`teamNotes`), a cheap
 * revision for reply-cache keys (kept in memory for a moment, so that a cached reply costs no
 * read), the team's own names ("billing api"), and the person's language.
 *
 * The store is opened lazily and may be down: reads then say "notes are unavailable for now"
 * (answers keep flowing) and writes are refused with a clear message — never an exception.
 */
import {
  type Answer,
  formatNoteScope,
  type Lang,
  MAX_ITEMS,
  MAX_RANGE_PORTS,
  type NoteScope,
  type Presentation,
  type PresentOptions,
  parseTeamCommand,
  presentTeamOutcome,
  type TeamCommand,
  type TeamNoteInput,
  type TeamOutcome,
  type TeamRefusal,
  type TeamSyntax,
  toTeamNoteInput,
} from '../../../src/index.js';
import type { TeamNote } from '../../store/notes.js';
import type { Store } from '../../store/open-store.js';
import type { StoreRefusal } from '../../store/result.js';
import type { FeedbackCounter } from '../feedback-metric.js';
import type { Logger } from '../logger.js';
import { createMemoryRateLimiter, type RateLimiter, type RateLimitSettings } from '../rate-limit.js';
import { answerIdOf, decodeFeedbackValue } from './feedback-value.js';
import { DEFAULT_NOTES_SETTINGS, type NotesSettings } from './settings.js';

/** Writes a person may make: 5 at once, then 10 a minute. */
export const DEFAULT_NOTE_WRITE_LIMIT: RateLimitSettings = { perMinute: 10, burst: 5 };
/** How long an answer waits for its notes before it goes without them. */
export const NOTES_READ_BUDGET_MS = 800;
/**
 * How long a workspace's notes revision is trusted without reading it again. A write on this
 * replica forgets it at once; a write on another replica shows here within this time.
 */
export const NOTES_REVISION_TTL_MS = 2_000;
/** Workspaces whose revision is remembered at once (the oldest is dropped past this). */
const MAX_REMEMBERED_REVISIONS = 10_000;
/** The feedback report's window. */
export const FEEDBACK_REPORT_DAYS = 30;
/** Notes shown with one answer. */
const MAX_NOTES_IN_ANSWER = 10;
/** Service ports whose notes a service answer shows. */
const MAX_SERVICE_PORTS = 3;

export type TeamPlatform = 'slack' | 'discord';

/** Who is asking, where. The platform supplies `isAdmin`, asked only when a rule needs it. */
export interface TeamActor {
  platform: TeamPlatform;
  workspaceId: string;
  userId: string;
  /** A display name for bylines and history: plain text, never a mention. */
  userName: string;
  /** Slack: users.info is_admin/is_owner; Discord: Manage Server. */
  isAdmin: () => Promise<boolean>;
  /**
   * The organisation the workspace belongs to (Slack's Enterprise Grid org, `E…`), recorded with
   * each write, so that removing an organisation-wide install deletes this workspace's data too.
   */
  parentId?: string | undefined;
}

export interface TeamRequestOptions {
  lang?: Lang;
  /** Prefix of `words` examples in replies ("/port"). */
  command?: string;
  /** How the platform's people type the commands: Slack's words (default), Discord's options. */
  syntax?: TeamSyntax;
}

/** Every reply to a team command or a vote is for the asker only. */
export interface TeamReply {
  presentation: Presentation;
  outcome: TeamOutcome;
  visibility: 'private';
}

export interface TeamDeps {
  /** The team's store, opened on first use; may reject while the database is down. */
  store: () => Promise<Store>;
  settings?: NotesSettings;
  /** Per-user write limit; by default in memory (DEFAULT_NOTE_WRITE_LIMIT). */
  writeLimiter?: RateLimiter;
  /** Counts votes (portbot_feedback_total). */
  feedbackCounter?: FeedbackCounter;
  logger?: Logger;
  now?: () => number;
  /** How long reads for an answer may take (default NOTES_READ_BUDGET_MS). */
  readBudgetMs?: number;
  /**
   * How long a notes revision, or a person's language, is trusted without reading it again
   * (default NOTES_REVISION_TTL_MS; 0: always read).
   */
  revisionTtlMs?: number;
}

export type AnswerNotes = Pick<PresentOptions, 'teamNotes' | 'teamNotesUnavailable'>;

export interface Team {
  readonly settings: NotesSettings;
  /** A reply when `text` is a team command (`note …`, `notes`, `forget`, `history`, `lang`, `feedback`); else undefined. */
  handleText(text: string, actor: TeamActor, options?: TeamRequestOptions): Promise<TeamReply | undefined>;
  run(command: TeamCommand, actor: TeamActor, options?: TeamRequestOptions): Promise<TeamReply>;
  /** The notes to pass to presentAnswer: `{ teamNotes }`, or `{ teamNotesUnavailable: true }` in an outage. */
  notesFor(answer: Answer, workspaceId: string): Promise<AnswerNotes>;
  /**
   * Part of reply-cache keys: changes on every note write; `off` with NOTES=off, `down` in an
   * outage. Kept in memory for `revisionTtlMs`, and forgotten at once by a write through this team.
   */
  revision(workspaceId: string): Promise<string>;
  /**
   * The team's own names: when the core finds nothing in a question, the ports whose notes hold
   * every word of it, as a question the core answers ("8443 9090"). Undefined when none match.
   */
  teamNamesQuestion(question: string, workspaceId: string): Promise<string | undefined>;
  /**
   * The person's stored language (`lang ko`), for chooseLanguage's `userSetting`; kept in memory
   * like the revision, and forgotten at once by their `lang` here.
   */
  languageOf(workspaceId: string, userId: string): Promise<Lang | undefined>;
  /** A 👍 or 👎 from a button whose value is `encodeFeedbackValue(…)`. */
  vote(
    value: string,
    vote: 'up' | 'down',
    actor: TeamActor,
    options?: TeamRequestOptions,
  ): Promise<TeamReply>;
  /** "What was missing?" after a 👎 (at most 500 characters). */
  missing(value: string, text: string, actor: TeamActor, options?: TeamRequestOptions): Promise<TeamReply>;
}

/** Words that ask rather than name: "what is billing api" searches for "billing api". */
const QUESTION_WORDS = new Set(
  'a an the is are was what whats which who where on of for our my we us to in at port ports number service uses use used by runs running 뭐 무엇 어디 포트 서비스'.split(
    ' ',
  ),
);
const MAX_NAME_WORDS = 6;

const STORE_TO_TEAM: Record<StoreRefusal, TeamRefusal> = {
  note_empty: 'note_empty',
  note_too_long: 'note_too_long',
  too_many_notes: 'too_many_notes',
  note_not_found: 'note_not_found',
  comment_too_long: 'comment_too_long',
  bad_scope: 'bad_note_scope',
  workspace_not_empty: 'unavailable',
};

function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the team store took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function toView(note: TeamNote) {
  const scope: NoteScope = {
    port: note.port,
    ...(note.to !== undefined ? { to: note.to } : {}),
    ...(note.transport !== undefined ? { transport: note.transport } : {}),
  };
  return { scope, text: note.text, author: note.author.name, at: note.updatedAt };
}

const scopeKey = (note: TeamNote) => formatNoteScope(note);

export function createTeam(deps: TeamDeps): Team {
  const settings = deps.settings ?? DEFAULT_NOTES_SETTINGS;
  const now = deps.now ?? Date.now;
  const writeLimiter =
    deps.writeLimiter ?? createMemoryRateLimiter(DEFAULT_NOTE_WRITE_LIMIT, deps.now ? { now: deps.now } : {});
  const budget = deps.readBudgetMs ?? NOTES_READ_BUDGET_MS;
  const revisionTtl = deps.revisionTtlMs ?? NOTES_REVISION_TTL_MS;
  // Revisions read lately, by workspace, and a count of writes through this team: a read that
  // overlapped a write is not remembered, as it may have seen the revision before the write.
  const revisions = new Map<string, { value: string; at: number }>();
  let writes = 0;
  function remember(workspaceId: string, value: string) {
    revisions.delete(workspaceId);
    revisions.set(workspaceId, { value, at: now() });
    if (revisions.size > MAX_REMEMBERED_REVISIONS) revisions.delete(revisions.keys().next().value as string);
  }
  function wrote(workspaceId: string) {
    writes += 1;
    revisions.delete(workspaceId);
  }
  // People's languages, kept the same way (a question's language is part of its cache key, so it
  // is read before a cached reply is served): a choice here shows at once, one elsewhere within the TTL.
  const languages = new Map<string, { value: Lang | undefined; at: number }>();
  let languageWrites = 0;
  const personKey = (workspaceId: string, userId: string) => `${workspaceId}\u0000${userId}`;

  const reply = (outcome: TeamOutcome, options: TeamRequestOptions = {}): TeamReply => ({
    outcome,
    presentation: presentTeamOutcome(outcome, options),
    visibility: 'private',
  });
  const refused = (reason: TeamRefusal, extra: Partial<Extract<TeamOutcome, { kind: 'refused' }>> = {}) =>
    ({ kind: 'refused', reason, ...extra }) as const;

  async function mayEdit(actor: TeamActor): Promise<TeamRefusal | undefined> {
    const { editors } = settings;
    if (editors.kind === 'everyone') return undefined;
    if (editors.kind === 'listed') return editors.ids.has(actor.userId) ? undefined : 'not_editor';
    return (await actor.isAdmin()) ? undefined : 'admins_only';
  }

  /**
   * Runs a store operation that writes the actor's data (first recording which organisation the
   * workspace belongs to); an outage becomes a refusal, logged once here.
   */
  async function withStore(
    what: string,
    work: (store: Store) => Promise<TeamOutcome>,
    actor?: TeamActor,
  ): Promise<TeamOutcome> {
    try {
      const store = await deps.store();
      if (actor?.parentId && actor.parentId !== actor.workspaceId)
        await store.workspaces.link(actor.workspaceId, actor.parentId);
      return await work(store);
    } catch (error) {
      deps.logger?.warn({ err: error, what }, 'team store unavailable');
      return refused('unavailable');
    }
  }

  async function writeNote(
    command: Extract<TeamCommand, { kind: 'note.set' | 'note.forget' }>,
    actor: TeamActor,
  ) {
    if (!settings.enabled) return refused('notes_off');
    const denied = await mayEdit(actor);
    if (denied) return refused(denied);
    const decision = await writeLimiter.take(`notes:${actor.platform}:${actor.workspaceId}:${actor.userId}`);
    if (!decision.allowed) return refused('rate_limited', { retryAfterSeconds: decision.retryAfterSeconds });
    const author = { id: actor.userId, name: actor.userName };
    // Forgotten before and after: a write that fails half-way still leaves nothing stale here.
    wrote(actor.workspaceId);
    const outcome = await withStore(
      command.kind,
      async (store): Promise<TeamOutcome> => {
        if (command.kind === 'note.set') {
          const result = await store.notes.set(actor.workspaceId, command.scope, command.text, author);
          return result.ok
            ? { kind: 'note.saved', scope: command.scope, replaced: result.value.replaced }
            : refused(STORE_TO_TEAM[result.code], { scope: command.scope });
        }
        const result = await store.notes.forget(actor.workspaceId, command.scope, author);
        return result.ok
          ? { kind: 'note.forgotten', scope: command.scope }
          : refused(STORE_TO_TEAM[result.code], { scope: command.scope });
      },
      actor,
    );
    wrote(actor.workspaceId);
    return outcome;
  }

  async function outcomeOf(command: TeamCommand, actor: TeamActor): Promise<TeamOutcome> {
    switch (command.kind) {
      case 'note.set':
      case 'note.forget':
        return writeNote(command, actor);
      case 'note.list':
        if (!settings.enabled) return refused('notes_off');
        return withStore('list', async (store) => {
          const listed = await store.notes.list(actor.workspaceId, command.page - 1);
          return {
            kind: 'note.list',
            notes: listed.notes.map(toView),
            page: command.page,
            total: listed.total,
            pageSize: listed.pageSize,
          };
        });
      case 'note.history':
        if (!settings.enabled) return refused('notes_off');
        return withStore('history', async (store) => ({
          kind: 'note.history',
          scope: command.scope,
          changes: (await store.notes.history(actor.workspaceId, command.scope)).map((change) => ({
            action: change.action,
            ...(change.text !== undefined ? { text: change.text } : {}),
            author: change.author.name,
            at: change.at,
          })),
        }));
      case 'lang': {
        const { lang } = command;
        if (lang === undefined) return { kind: 'lang.usage' };
        const person = personKey(actor.workspaceId, actor.userId);
        languageWrites += 1;
        languages.delete(person);
        const saved = await withStore(
          'lang',
          async (store) => {
            await store.settings.setLanguage(
              actor.workspaceId,
              actor.userId,
              lang === 'auto' ? undefined : lang,
            );
            return { kind: 'lang.saved', lang };
          },
          actor,
        );
        languageWrites += 1;
        languages.delete(person);
        return saved;
      }
      case 'feedback.report':
        if (!(await actor.isAdmin())) return refused('report_admins_only');
        return withStore('feedback report', async (store) => {
          const since = now() - FEEDBACK_REPORT_DAYS * 24 * 3_600_000;
          const rows = await store.feedback.report(actor.workspaceId, { since });
          return {
            kind: 'feedback.report',
            rows: rows.map((row) => ({
              question: row.queryToken,
              up: row.up,
              down: row.down,
              missing: row.missing,
            })),
          };
        });
    }
  }

  async function notesCovering(store: Store, answer: Answer, workspaceId: string): Promise<TeamNote[]> {
    const lookups: Promise<TeamNote[]>[] = [];
    for (const part of answer.parts) {
      if (part.type === 'port')
        lookups.push(
          store.notes.covering(
            workspaceId,
            part.port,
            part.transports.length === 1 ? part.transports[0] : undefined,
          ),
        );
      else if (part.type === 'range') lookups.push(store.notes.overlapping(workspaceId, part.from, part.to));
      else if (part.type === 'service')
        for (const fact of part.ports.slice(0, MAX_SERVICE_PORTS))
          lookups.push(store.notes.covering(workspaceId, fact.port));
    }
    const seen = new Set<string>();
    return (await Promise.all(lookups)).flat().filter((note) => {
      const key = scopeKey(note);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  return {
    settings,

    async handleText(text, actor, options) {
      const parsed = parseTeamCommand(text);
      if (!parsed) return undefined;
      if (!parsed.ok)
        return reply(
          refused(parsed.code, parsed.length !== undefined ? { length: parsed.length } : {}),
          options,
        );
      return this.run(parsed.command, actor, options);
    },

    async run(command, actor, options) {
      return reply(await outcomeOf(command, actor), options);
    },

    async notesFor(answer, workspaceId) {
      if (!settings.enabled) return {};
      try {
        const store = await withinBudget(deps.store(), budget);
        const notes = await withinBudget(notesCovering(store, answer, workspaceId), budget);
        if (notes.length === 0) return {};
        // A single port's own note needs no scope: the headline says which port it is.
        const onePort = answer.parts.length === 1 && answer.parts[0]?.type === 'port';
        const teamNotes: TeamNoteInput[] = notes.slice(0, MAX_NOTES_IN_ANSWER).map((note) => {
          const view = toView(note);
          const plain = onePort && note.to === undefined && note.transport === undefined;
          return toTeamNoteInput(view, !plain);
        });
        return { teamNotes };
      } catch (error) {
        deps.logger?.warn({ err: error }, 'team notes unavailable for an answer');
        return { teamNotesUnavailable: true };
      }
    },

    async revision(workspaceId) {
      if (!settings.enabled) return 'off';
      const known = revisions.get(workspaceId);
      if (known && now() - known.at < revisionTtl) return known.value;
      const writesBefore = writes;
      try {
        const store = await withinBudget(deps.store(), budget);
        const value = `n${await withinBudget(store.notes.revision(workspaceId), budget)}`;
        if (writes === writesBefore && revisionTtl > 0) remember(workspaceId, value);
        return value;
      } catch {
        // Not remembered: the next answer asks again, and sees the database as soon as it is back.
        revisions.delete(workspaceId);
        return 'down';
      }
    },

    async teamNamesQuestion(question, workspaceId) {
      if (!settings.enabled) return undefined;
      const words = question
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 2 && !QUESTION_WORDS.has(word));
      if (words.length === 0 || words.length > MAX_NAME_WORDS) return undefined;
      try {
        const store = await withinBudget(deps.store(), budget);
        const found = await withinBudget(store.notes.search(workspaceId, words), budget);
        const scopes = found
          .filter((note) => note.to === undefined || note.to - note.port < MAX_RANGE_PORTS)
          .slice(0, MAX_ITEMS)
          .map((note) => formatNoteScope(note));
        return scopes.length > 0 ? scopes.join(' ') : undefined;
      } catch (error) {
        deps.logger?.warn({ err: error }, 'team names unavailable');
        return undefined;
      }
    },

    async languageOf(workspaceId, userId) {
      const person = personKey(workspaceId, userId);
      const known = languages.get(person);
      if (known && now() - known.at < revisionTtl) return known.value;
      const writesBefore = languageWrites;
      try {
        const store = await withinBudget(deps.store(), budget);
        const stored = await withinBudget(store.settings.language(workspaceId, userId), budget);
        const lang = stored === 'en' || stored === 'ko' ? stored : undefined;
        if (languageWrites === writesBefore && revisionTtl > 0) {
          languages.delete(person);
          languages.set(person, { value: lang, at: now() });
          if (languages.size > MAX_REMEMBERED_REVISIONS)
            languages.delete(languages.keys().next().value as string);
        }
        return lang;
      } catch {
        return undefined;
      }
    },

    async vote(value, vote, actor, options) {
      const identity = decodeFeedbackValue(value);
      if (!identity) return reply(refused('bad_vote'), options);
      const outcome = await withStore(
        'vote',
        async (store): Promise<TeamOutcome> => {
          const result = await store.feedback.vote(actor.workspaceId, {
            answerId: answerIdOf(identity),
            voterId: actor.userId,
            queryToken: identity.token,
            lang: identity.lang,
            dataVersion: identity.dataVersion,
            adapter: actor.platform,
            vote,
          });
          if (!result.ok) return refused(STORE_TO_TEAM[result.code]);
          // A vote counts once; clicking the same button again changes nothing.
          if (result.value.previous !== vote) deps.feedbackCounter?.inc({ adapter: actor.platform, vote });
          return {
            kind: 'vote.saved',
            changed: result.value.previous !== undefined,
            askMissing: vote === 'down',
          };
        },
        actor,
      );
      return reply(outcome, options);
    },

    async missing(value, text, actor, options) {
      const identity = decodeFeedbackValue(value);
      if (!identity) return reply(refused('bad_vote'), options);
      const outcome = await withStore(
        'missing',
        async (store): Promise<TeamOutcome> => {
          const result = await store.feedback.comment(actor.workspaceId, {
            answerId: answerIdOf(identity),
            voterId: actor.userId,
            queryToken: identity.token,
            text,
          });
          return result.ok ? { kind: 'missing.saved' } : refused(STORE_TO_TEAM[result.code]);
        },
        actor,
      );
      return reply(outcome, options);
    },
  };
}
