/**
 * What sits between an interaction and the shared handler on both transports: the per-user rate
 * limit (shared by replicas through Redis when the service has one), and the outcome each answer
 * is counted under in the service's metrics, with one info log line per answer. Autocomplete is
 * neither limited nor counted: it runs on every keystroke and answers nothing by itself.
 */
import { InteractionResponseType } from 'discord.js';
import {
  type AnswerClock,
  type AnswerOutcome,
  type AnswerRecorder,
  startAnswerClock,
} from '../shared/answer-recorder.js';
import type { Logger } from '../shared/logger.js';
import { type RateLimiter, rateLimitKey, slowDownText } from '../shared/rate-limit.js';
import { EXPLAIN_PORTS_COMMAND } from './commands.js';
import type { InteractionInput, InteractionResult } from './interaction-handler.js';
import { renderNoticeMessage } from './render-message.js';
import type { CachedReply } from './reply-cache.js';

/** Who asked: a user, in a server (or a DM when `guildId` is null). */
export interface Asker {
  userId: string | null;
  guildId: string | null;
}

export interface GuardedReply {
  reply: CachedReply;
  /** How the answer counts once it has been sent. */
  outcome: AnswerOutcome;
}

export interface ReplierOptions {
  /** The shared handler, through the reply cache. */
  reply: (input: InteractionInput) => CachedReply;
  rateLimiter?: RateLimiter | undefined;
}

/** Answers always carry an embed; problems and notices are text only (see render-message.ts). */
export function outcomeOf(result: InteractionResult): AnswerOutcome {
  if (result.type !== InteractionResponseType.ChannelMessageWithSource) return 'answered';
  return result.data.embeds.length > 0 ? 'answered' : 'user_error';
}

export function askerKey(asker: Asker): string | undefined {
  return asker.userId ? rateLimitKey('discord', asker.guildId ?? 'dm', asker.userId) : undefined;
}

function slowDown(retryAfterSeconds: number): CachedReply {
  const result: InteractionResult = {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: renderNoticeMessage(slowDownText(retryAfterSeconds)),
  };
  return { result, json: () => JSON.stringify(result) };
}

/** @example const { reply, outcome } = await replier(input, { userId, guildId }); */
export function createReplier(options: ReplierOptions) {
  return async (input: InteractionInput, asker: Asker): Promise<GuardedReply> => {
    const key = askerKey(asker);
    if (input.kind !== 'autocomplete' && options.rateLimiter && key) {
      const decision = await options.rateLimiter.take(key);
      if (!decision.allowed) return { reply: slowDown(decision.retryAfterSeconds), outcome: 'rate_limited' };
    }
    const reply = options.reply(input);
    return { reply, outcome: outcomeOf(reply.result) };
  };
}

export type Replier = ReturnType<typeof createReplier>;

/** How a question came, in the answer's log line: the same words the Slack adapter uses. */
export type AnswerKind = 'command' | 'shortcut' | 'button' | 'mention' | 'dm';

export function answerKind(input: Exclude<InteractionInput, { kind: 'autocomplete' }>): AnswerKind {
  if (input.kind === 'button') return 'button';
  return input.command === EXPLAIN_PORTS_COMMAND ? 'shortcut' : 'command';
}

/** Starts the clock for one answer (see startAnswerClock in adapters/shared/answer-recorder.ts). */
export function startAnswer(
  logger: Logger,
  answers: AnswerRecorder | undefined,
  kind: AnswerKind,
): AnswerClock {
  return startAnswerClock({ logger, answers, adapter: 'discord', kind });
}
