/**
 * What the team layer (adapters/shared/team) needs from Slack, and what an answer gets from it:
 * who is asking (`users.info` says whether they are a workspace admin or owner, asked only when
 * NOTES_EDITORS=admins or for the feedback report), whether the channel is shared with other
 * organisations (then no notes, no team names, no "Add a team note"), and, before an answer is
 * built, its notes, its feedback buttons and the notes' revision for the reply cache.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { type Answer, type ChatLanguage, chooseChatLanguage, type Lang } from '../../../src/index.js';
import { curatedTextsFor } from '../../shared/curated-texts.js';
import type { Prepared, QuestionContext } from '../../shared/question-journey.js';
import type { AnswerNotes, TeamActor } from '../../shared/team/team.js';
import type { ListenerContext } from './context.js';

type Client = AllMiddlewareArgs['client'];

/** What a reply is built with once the team has been asked. */
export interface TeamSetup {
  /**
   * The question to answer: the text, or, once `prepare` has run, the ports whose notes name what
   * was asked ("billing api" → "9443").
   */
  question(): string;
  /** Part of the reply-cache key: the notes' revision, and whether the channel is shared outside. */
  revision: string;
  /** The context before the notes: the feedback and "Add a team note" buttons. */
  context: QuestionContext;
  /** Reads what only a reply being built needs (the team's own names, the notes): the journey's `prepare`. */
  prepare(asked: QuestionContext): Promise<Prepared>;
}

/**
 * True when Slack says the channel is shared with another organisation (Slack Connect): the
 * Events API envelope and interaction payloads carry `is_ext_shared_channel`; a form field
 * arrives as the string "true".
 */
export function isExtSharedChannel(body: unknown): boolean {
  const flag = (body as { is_ext_shared_channel?: unknown } | undefined)?.is_ext_shared_channel;
  return flag === true || flag === 'true';
}

/** A leading mention of the bot is not part of what was asked (`<@U0BOT> ko: 22`). */
const LEADING_MENTION = /^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>)+\s*/i;

/**
 * The answer's language: a `ko:` / `en:` prefix, Hangul in the question, the person's stored
 * choice (`/port lang ko`), then PORTBOT_LANG. `text` comes back without the prefix.
 */
export async function chooseSlackLanguage(
  context: Pick<ListenerContext, 'team' | 'defaultLang'>,
  asked: Pick<QuestionContext, 'workspace' | 'user'>,
  text: string,
): Promise<ChatLanguage> {
  const personal =
    context.team && asked.user !== undefined
      ? await context.team.languageOf(asked.workspace, asked.user)
      : undefined;
  return chooseChatLanguage({
    text: text.replace(LEADING_MENTION, ''),
    personal: personal ?? null,
    workspaceDefault: context.defaultLang,
  });
}

/** The context in `lang`, with the Korean curated texts when Korean (read on the first Korean answer). */
export async function inLanguage(asked: QuestionContext, lang: Lang): Promise<QuestionContext> {
  const koreanTexts = await curatedTextsFor(lang);
  return { ...asked, lang, present: { ...asked.present, ...(koreanTexts ? { koreanTexts } : {}) } };
}

/**
 * The asker, for the team layer: a display name (plain text in bylines), admin from users.info,
 * and the workspace's Enterprise Grid org (so that removing an org-wide install finds its data).
 */
export function slackActor(
  context: Pick<ListenerContext, 'logger'>,
  client: Client,
  who: {
    workspace: string;
    user: string;
    name?: string | undefined;
    /** The Enterprise Grid org the workspace is in, when Slack says (`enterprise_id`). */
    enterprise?: string | null | undefined;
  },
): TeamActor {
  let admin: Promise<boolean> | undefined;
  return {
    platform: 'slack',
    workspaceId: who.workspace,
    ...(who.enterprise ? { parentId: who.enterprise } : {}),
    userId: who.user,
    userName: who.name || who.user,
    isAdmin: () => {
      admin ??= client.users.info({ user: who.user }).then(
        (info) => info.user?.is_admin === true || info.user?.is_owner === true,
        (error: unknown) => {
          // Unknown is not an admin: the refusal says who may, and the log line says why.
          context.logger.warn(
            { err: error, what: 'users.info' },
            'could not tell whether the user is an admin',
          );
          return false;
        },
      );
      return admin;
    },
  };
}

/**
 * Asks the team what an answer needs: the revision that keeps cached replies apart (from memory,
 * most of the time) and the buttons at once; the notes on its ports (never in a channel shared
 * outside) and the team's own names only in `prepare`, which the journey runs when it builds a
 * reply rather than serving a cached one. `answerOf` answers a question without rendering it (the
 * notes depend on which ports it names).
 */
export async function withTeam(
  context: Pick<ListenerContext, 'team' | 'present'>,
  asked: QuestionContext,
  text: string,
  extShared: boolean,
  answerOf: (question: string) => Answer | undefined,
  /** Look for the team's own names when the core finds nothing (typed questions, not buttons). */
  names = true,
): Promise<TeamSetup> {
  const { team } = context;
  let question = text;
  if (!team)
    return {
      question: () => question,
      revision: '',
      context: asked,
      prepare: async (built) => ({ context: built, keep: true }),
    };
  const workspace = asked.workspace;
  const notesRevision = await team.revision(workspace);
  const withButtons: QuestionContext = {
    ...asked,
    present: {
      ...asked.present,
      actions: {
        ...asked.present.actions,
        feedback: true,
        ...(team.settings.enabled && !extShared ? { addNote: true } : {}),
      },
    },
  };
  return {
    question: () => question,
    revision: `${notesRevision}${extShared ? ':shared' : ''}`,
    context: withButtons,
    async prepare(built) {
      let answer = answerOf(text);
      if (!answer && !extShared && names) {
        // One lookup: a mention's own "<@U0BOT>" is not a word of the name.
        const named = await team.teamNamesQuestion(text.replace(LEADING_MENTION, ''), workspace);
        const found = named === undefined ? undefined : answerOf(named);
        if (named !== undefined && found) {
          question = named;
          answer = found;
        }
      }
      const notes: AnswerNotes = answer && !extShared ? await team.notesFor(answer, workspace) : {};
      return {
        context: { ...built, present: { ...built.present, ...notes } },
        // A reply that says the notes are unavailable is not kept: the next one reads them again.
        keep: notes.teamNotesUnavailable !== true,
      };
    },
  };
}
