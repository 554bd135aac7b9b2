/**
 * Discord's side of the shared question journey (adapters/shared/question-journey.ts): what a
 * question is on this platform (an interaction from either transport, or a mention or DM on the
 * gateway), how its reply is built, how it counts, and the notes for slowing down and for our
 * own failures. The transports only say how a reply is sent.
 */
import { InteractionResponseType } from 'discord.js';
import {
  type Answer,
  answerQuery,
  answerQuestion,
  chooseChatLanguage,
  decodeButtonValue,
  type Lang,
} from '../../src/index.js';
import type { AnswerOutcome } from '../shared/answer-recorder.js';
import { curatedTextsFor } from '../shared/curated-texts.js';
import type { Logger } from '../shared/logger.js';
import {
  type Prepared as JourneyPrepared,
  type PresentBag,
  presentOptionsOf,
  type QuestionContext,
  type QuestionKind,
  type QuestionPlan,
  type Reply,
} from '../shared/question-journey.js';
import { slowDownText } from '../shared/rate-limit.js';
import { type AnswerNotes, discordWorkspaceId } from '../shared/team/index.js';
import { EXPLAIN_PORTS_COMMAND, PORT_COMMAND } from './commands.js';
import {
  type AskedQuestion,
  answerInteraction,
  answerMention,
  DISCORD_TOKEN_LENGTH,
  type InteractionContext,
  type InteractionInput,
  type InteractionResult,
} from './interaction-handler.js';
import {
  type DiscordMessage,
  NO_MENTIONS,
  renderErrorMessage,
  renderNoticeMessage,
} from './render-message.js';
import { teamInteraction } from './team-interactions.js';

/** Who asked: a user, in a server (or a DM when `guildId` is null). */
export interface Asker {
  userId: string | null;
  guildId: string | null;
  /** A display name for note bylines and history (plain text, never a mention). */
  userName?: string | undefined;
  /** The interaction's `member.permissions` (a decimal bitfield); absent in DMs and messages. */
  permissions?: string | null | undefined;
  /** The interaction's `locale` (the person's client language: "ko", "en-US"). */
  locale?: string | null | undefined;
}

/**
 * A reply as both transports send it. Frozen: cached replies are shared by both transports and
 * nothing may change one after the fact; the HTTP body is serialised once.
 */
export interface CachedReply {
  readonly result: InteractionResult;
  json(): string;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function toCachedReply(result: InteractionResult): CachedReply {
  let json: string | undefined;
  const frozen = deepFreeze(result);
  return {
    result: frozen,
    json: () => {
      json ??= JSON.stringify(frozen);
      return json;
    },
  };
}

/** Answers always carry an embed; problems and notices are text only (see render-message.ts). */
export function outcomeOf(result: InteractionResult): Reply<unknown>['outcome'] {
  if (result.type !== InteractionResponseType.ChannelMessageWithSource) return 'answered';
  return result.data.embeds.length > 0 ? 'answered' : 'user_error';
}

export function discordQuestionContext(
  asker: Asker,
  present: PresentBag = {},
  lang: Lang = 'en',
): QuestionContext {
  return {
    platform: 'discord',
    // A DM is the person's own workspace (their notes): its replies are cached apart from others'.
    workspace: asker.userId ? discordWorkspaceId({ guildId: asker.guildId, userId: asker.userId }) : 'dm',
    user: asker.userId ?? undefined,
    lang,
    present,
  };
}

function kindOf(input: InteractionInput): QuestionKind {
  if (input.kind === 'autocomplete' || input.kind === 'button') return input.kind;
  if (input.kind === 'modal') return 'button';
  return input.command === EXPLAIN_PORTS_COMMAND ? 'shortcut' : 'command';
}

/** A mention or DM, as `prepareQuestion` reads it: a question, never a team command. */
export const MENTION_COMMAND = '@mention';

/**
 * What a question needs before its journey, read asynchronously: its language, the team's notes
 * on what it asks about (with their revision, for the reply cache's key), the feedback and
 * note buttons — or, for a team command, a vote or a form, the team's private reply itself.
 */
export interface Prepared {
  lang: Lang;
  present: PresentBag;
  /** Part of the reply cache's revision: the notes' revision ("n12", "off", "down"). */
  teamRevision: string;
  /** The question to answer instead (the team's own names: "billing api" → "8443"). */
  text?: string;
  /** A team command's reply: sent as it is, never cached. */
  teamResult?: InteractionResult;
  /** The core's outcome for the question (`text`, else the input's), so the reply answers it once. */
  asked?: AskedQuestion;
  /**
   * The team's own names and the notes on what is asked, read when the reply is built (a cached
   * reply reads nothing): the context's `present` with them, and the question it answers.
   */
  readNotes?: () => Promise<NotesRead>;
}

/** What `Prepared.readNotes` found. */
export interface NotesRead {
  present: PresentBag;
  /** The question to answer instead (the team's own names: "billing api" → "8443"). */
  text?: string;
  asked?: AskedQuestion;
  /** False when the notes were unavailable: that reply is not cached. */
  keep: boolean;
}

/**
 * The language of a question and its text without a leading `ko:` / `en:`: a button keeps the
 * language of the answer it sits under; otherwise the prefix, Hangul, the person's own setting
 * (`/port query:lang ko`), the interaction's `locale`, then PORTBOT_LANG.
 */
export async function languageFor(
  input: InteractionInput,
  asker: Asker,
  context: Pick<InteractionContext, 'defaultLang' | 'team'>,
): Promise<{ lang: Lang; text: string }> {
  const text = inputText(input);
  if (input.kind === 'button') {
    const click = decodeButtonValue(input.customId);
    if (click) return { lang: click.lang, text };
  }
  // Autocomplete runs on every keystroke: it does without the stored setting (a database read).
  const personal =
    context.team && asker.userId && input.kind !== 'autocomplete'
      ? await context.team.languageOf(
          discordWorkspaceId({ guildId: asker.guildId, userId: asker.userId }),
          asker.userId,
        )
      : undefined;
  return chooseChatLanguage({
    text,
    platformLocale: asker.locale ?? null,
    personal: personal ?? null,
    workspaceDefault: context.defaultLang ?? null,
  });
}

/**
 * The answer a question will get, to look up the notes on its ports (cheap: no rendering), and
 * for a typed question the core's whole outcome, which the reply then uses as it is.
 */
function answerToAnnotate(
  input: InteractionInput,
  context: InteractionContext,
  text: string,
): { answer: Answer | undefined; asked?: AskedQuestion } {
  if (input.kind === 'button') {
    const click = decodeButtonValue(input.customId);
    const outcome = click ? answerQuery(click.query, context.knowledge(), click.os) : undefined;
    return { answer: outcome?.ok ? outcome.answer : undefined };
  }
  if (input.kind !== 'command') return { answer: undefined };
  const mode = input.command === EXPLAIN_PORTS_COMMAND ? 'scan' : 'question';
  const asked = answerQuestion(text, context.knowledge(), { mode, tokenLength: DISCORD_TOKEN_LENGTH });
  return { answer: asked.ok ? asked.answer : undefined, asked };
}

/** The text of a question as the input reads it (a mention's text is given). */
function inputText(input: InteractionInput): string {
  return input.kind === 'command' || input.kind === 'autocomplete' ? input.text : '';
}

/** `prepareQuestion`, never throwing: a failure is logged and the question answered without the team. */
export async function prepareSafely(
  input: InteractionInput,
  asker: Asker,
  context: InteractionContext,
  logger: Pick<Logger, 'warn'>,
): Promise<Prepared | undefined> {
  try {
    return await prepareQuestion(input, asker, context);
  } catch (error) {
    logger.warn({ err: error }, 'could not prepare the team part of a question');
    return undefined;
  }
}

export async function prepareQuestion(
  input: InteractionInput,
  asker: Asker,
  context: InteractionContext,
): Promise<Prepared> {
  const { lang, text: unprefixed } = await languageFor(input, asker, context);
  const koreanTexts = await curatedTextsFor(lang);
  const present: PresentBag = { ...context.present, ...(koreanTexts ? { koreanTexts } : {}) };
  const base: Prepared = {
    lang,
    present,
    teamRevision: '',
    ...(unprefixed !== inputText(input) ? { text: unprefixed } : {}),
  };
  const { team } = context;
  if (!team || !asker.userId || input.kind === 'autocomplete') return base;
  const teamResult = await teamInteraction(input, asker, { team, knowledge: context.knowledge }, lang);
  if (teamResult) return { ...base, teamResult };
  const workspace = discordWorkspaceId({ guildId: asker.guildId, userId: asker.userId });
  const withButtons: PresentBag = {
    ...present,
    actions: { ...context.present?.actions, feedback: true, addNote: team.settings.enabled },
  };
  // Read only when the reply is built, never for a cached one (the journey's `prepare`).
  const readNotes = async (): Promise<NotesRead> => {
    let text = unprefixed;
    let { answer, asked } = answerToAnnotate(input, context, text);
    // Nothing known by that name: the team's own names ("billing api") may know it, in one lookup.
    const named =
      input.kind === 'command' && (input.command === PORT_COMMAND || input.command === MENTION_COMMAND);
    if (!answer && named && text.trim() !== '') {
      const ports = await team.teamNamesQuestion(text, workspace);
      if (ports) {
        text = ports;
        ({ answer, asked } = answerToAnnotate(input, context, ports));
      }
    }
    const notes: AnswerNotes = answer ? await team.notesFor(answer, workspace) : {};
    return {
      present: { ...withButtons, ...notes },
      ...(text !== inputText(input) ? { text } : {}),
      ...(asked ? { asked } : {}),
      keep: notes.teamNotesUnavailable !== true,
    };
  };
  return { ...base, teamRevision: await team.revision(workspace), present: withButtons, readNotes };
}

/**
 * Prepares the journey's `prepare`: reads the notes (`Prepared.readNotes`) into the context and
 * keeps what the reply then needs — the question to answer and the core's outcome for it.
 */
function notesStep(prepared: Prepared | undefined) {
  let read: NotesRead | undefined;
  const prepare = prepared?.readNotes
    ? async (asked: QuestionContext): Promise<JourneyPrepared> => {
        read = await (prepared.readNotes as () => Promise<NotesRead>)();
        return { context: { ...asked, present: read.present }, keep: read.keep };
      }
    : undefined;
  return {
    ...(prepare ? { prepare } : {}),
    /** The question's text to answer, when not the input's own. */
    text: () => read?.text ?? prepared?.text,
    asked: () => read?.asked ?? prepared?.asked,
  };
}

export type SendReply = (
  reply: CachedReply,
  sent: { purpose: 'answer' | 'slow-down' | 'apology'; outcome: AnswerOutcome },
) => Promise<unknown> | undefined;

/**
 * An interaction's journey. Autocomplete is neither limited nor counted: it runs on every
 * keystroke and answers nothing by itself.
 */
export function interactionPlan(
  input: InteractionInput,
  asker: Asker,
  context: InteractionContext,
  send: SendReply,
  prepared?: Prepared,
): QuestionPlan<CachedReply> {
  const typing = input.kind === 'autocomplete';
  const teamResult = prepared?.teamResult;
  const notes = notesStep(prepared);
  const askedInput = (): InteractionInput => {
    const text = notes.text();
    return text !== undefined && input.kind === 'command' ? { ...input, text } : input;
  };
  const keyInput =
    input.kind === 'button' || input.kind === 'modal'
      ? input.customId
      : `${input.text}${input.kind === 'command' && input.note ? `\u0000${JSON.stringify(input.note)}` : ''}`;
  return {
    kind: kindOf(input),
    context: discordQuestionContext(asker, prepared?.present ?? context.present, prepared?.lang),
    input: keyInput,
    // A team command's reply is the team's, made already: never cached, limited by the team's own write limit.
    revision: teamResult
      ? undefined
      : `${input.kind === 'command' || input.kind === 'autocomplete' ? input.command : ''}:${context.replies}:${prepared?.teamRevision ?? ''}`,
    limited: !typing && !teamResult,
    counted: !typing && !teamResult,
    ...(teamResult || !notes.prepare ? {} : { prepare: notes.prepare }),
    answer: (question) => {
      const asked = notes.asked();
      const result =
        teamResult ??
        answerInteraction(askedInput(), {
          ...context,
          present: presentOptionsOf(question),
          ...(asked ? { asked } : {}),
        });
      return { message: toCachedReply(result), outcome: outcomeOf(result) };
    },
    slowDown: (seconds) =>
      toCachedReply({
        type: InteractionResponseType.ChannelMessageWithSource,
        data: renderNoticeMessage(slowDownText(seconds)),
      }),
    apology: (correlationId) =>
      toCachedReply(
        typing
          ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
          : {
              type: InteractionResponseType.ChannelMessageWithSource,
              data: renderErrorMessage(correlationId),
            },
      ),
    send,
  };
}

/** A message can only be answered in public: the slow-down note and the apology are public too. */
function publicText(content: string): DiscordMessage {
  return { content, embeds: [], components: [], allowed_mentions: NO_MENTIONS };
}

/** A mention in a server, or a DM, answered with a reply to that message. */
export function mentionPlan(
  kind: Extract<QuestionKind, 'mention' | 'dm'>,
  text: string,
  asker: Asker,
  context: InteractionContext,
  send: (message: DiscordMessage) => Promise<unknown>,
  prepared?: Prepared,
): QuestionPlan<DiscordMessage> {
  const notes = notesStep(prepared);
  return {
    kind,
    context: discordQuestionContext(asker, prepared?.present ?? context.present, prepared?.lang),
    input: text,
    revision: `message:${prepared?.teamRevision ?? ''}`,
    ...(notes.prepare ? { prepare: notes.prepare } : {}),
    answer: (question) => {
      const asked = notes.asked();
      const message = answerMention(notes.text() ?? text, {
        ...context,
        present: presentOptionsOf(question),
        ...(asked ? { asked } : {}),
      });
      return { message, outcome: message.embeds.length > 0 ? 'answered' : 'user_error' };
    },
    slowDown: (seconds) => publicText(slowDownText(seconds)),
    apology: (correlationId) => {
      const { flags: _private, ...message } = renderErrorMessage(correlationId);
      return message;
    },
    send: (message) => send(message),
  };
}
