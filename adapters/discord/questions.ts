/**
 * Discord's side of the shared question journey (adapters/shared/question-journey.ts): what a
 * question is on this platform (an interaction from either transport, or a mention or DM on the
 * gateway), how its reply is built, how it counts, and the notes for slowing down and for our
 * own failures. The transports only say how a reply is sent.
 */
import { InteractionResponseType } from 'discord.js';
import type { AnswerOutcome } from '../shared/answer-recorder.js';
import {
  type PresentBag,
  presentOptionsOf,
  type QuestionContext,
  type QuestionKind,
  type QuestionPlan,
  type Reply,
} from '../shared/question-journey.js';
import { slowDownText } from '../shared/rate-limit.js';
import { EXPLAIN_PORTS_COMMAND } from './commands.js';
import {
  answerInteraction,
  answerMention,
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

/** Who asked: a user, in a server (or a DM when `guildId` is null). */
export interface Asker {
  userId: string | null;
  guildId: string | null;
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

export function discordQuestionContext(asker: Asker, present: PresentBag = {}): QuestionContext {
  return {
    platform: 'discord',
    workspace: asker.guildId ?? 'dm',
    user: asker.userId ?? undefined,
    lang: 'en',
    present,
  };
}

function kindOf(input: InteractionInput): QuestionKind {
  if (input.kind === 'autocomplete' || input.kind === 'button') return input.kind;
  return input.command === EXPLAIN_PORTS_COMMAND ? 'shortcut' : 'command';
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
): QuestionPlan<CachedReply> {
  const typing = input.kind === 'autocomplete';
  return {
    kind: kindOf(input),
    context: discordQuestionContext(asker, context.present),
    input: input.kind === 'button' ? input.customId : input.text,
    revision: `${input.kind === 'button' ? '' : input.command}:${context.replies}`,
    limited: !typing,
    counted: !typing,
    answer: (asked) => {
      const result = answerInteraction(input, { ...context, present: presentOptionsOf(asked) });
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
): QuestionPlan<DiscordMessage> {
  return {
    kind,
    context: discordQuestionContext(asker, context.present),
    input: text,
    revision: 'message',
    answer: (asked) => {
      const message = answerMention(text, { ...context, present: presentOptionsOf(asked) });
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
