/**
 * The gateway's `messageCreate` listener: answers a message that @mentions the bot in a server
 * channel or thread, and any message in a DM, with a reply to that message. Works without the
 * privileged MessageContent intent: Discord still sends the text of messages that mention the
 * app and of DMs. Bots (this one included) are never answered.
 */
import type { Message } from 'discord.js';
import { answerQuery, type Knowledge, parseQuestion } from '../../src/index.js';
import type { AnswerRecorder } from '../shared/answer-recorder.js';
import type { InFlight } from '../shared/in-flight.js';
import type { Logger } from '../shared/logger.js';
import { type RateLimiter, slowDownText } from '../shared/rate-limit.js';
import { askerKey, startAnswer } from './answer-guard.js';
import { toMessageReplyOptions } from './message-options.js';
import {
  type DiscordMessage,
  NO_MENTIONS,
  renderAnswerMessage,
  renderProblemMessage,
} from './render-message.js';

export interface MentionListenerOptions {
  knowledge: () => Knowledge;
  logger: Logger;
  inFlight: InFlight;
  accepting: () => boolean;
  rateLimiter?: RateLimiter | undefined;
  answers?: AnswerRecorder | undefined;
  /** The answer pages' origin (PUBLIC_URL): answers link to their page; absent, they do not. */
  publicUrl?: string | undefined;
}

/** Whether a message is for us: a DM, or a direct @mention of the bot (not @everyone or a role). */
export function isForBot(message: Message, botId: string): boolean {
  if (message.author.bot || message.author.id === botId || message.webhookId) return false;
  if (!message.inGuild()) return true;
  return message.mentions.users.has(botId);
}

/** The question without the bot's mention; "@portbot" alone asks for help. */
export function questionText(content: string, botId: string): string {
  const text = content.replaceAll(`<@${botId}>`, ' ').replaceAll(`<@!${botId}>`, ' ').trim();
  return text === '' ? 'help' : text;
}

function answerMessage(text: string, knowledge: Knowledge, publicUrl: string | undefined): DiscordMessage {
  const parsed = parseQuestion(text);
  if (!parsed.ok) return renderProblemMessage(parsed.problem, { ephemeral: false });
  const outcome = answerQuery(parsed.query, knowledge, null);
  if (!outcome.ok) return renderProblemMessage(outcome.problem, { ephemeral: false });
  return renderAnswerMessage(outcome.answer, parsed.query, { ephemeral: false, publicUrl });
}

/** A reply can only be public here, so a limited user gets the short note in the channel. */
async function slowedDown(
  message: Message,
  options: MentionListenerOptions,
): Promise<DiscordMessage | undefined> {
  const key = askerKey({ userId: message.author.id, guildId: message.guildId });
  if (!options.rateLimiter || !key) return undefined;
  const decision = await options.rateLimiter.take(key);
  if (decision.allowed) return undefined;
  return {
    content: slowDownText(decision.retryAfterSeconds),
    embeds: [],
    components: [],
    allowed_mentions: NO_MENTIONS,
  };
}

async function handle(message: Message, botId: string, options: MentionListenerOptions): Promise<void> {
  const answer = startAnswer(options.logger, options.answers, message.inGuild() ? 'mention' : 'dm');
  try {
    options.logger.debug({ messageId: message.id, text: message.content }, 'discord mention');
    const limited = await slowedDown(message, options);
    const reply =
      limited ?? answerMessage(questionText(message.content, botId), options.knowledge(), options.publicUrl);
    await message.reply(toMessageReplyOptions(reply));
    answer.done(limited ? 'rate_limited' : reply.embeds.length > 0 ? 'answered' : 'user_error');
  } catch (error) {
    const { correlationId } = answer;
    options.logger.error({ err: error, correlationId, messageId: message.id }, 'discord mention failed');
    answer.done('failed');
    // A channel message cannot be private; the note carries no detail beyond the id.
    await message
      .reply({
        content: `Sorry, something went wrong on my side while answering. (ref ${correlationId})`,
        allowedMentions: { parse: [], repliedUser: false },
      })
      .catch((replyError: unknown) =>
        options.logger.warn({ err: replyError, correlationId }, 'could not tell the user about a failure'),
      );
  }
}

export function createMentionListener(options: MentionListenerOptions): (message: Message) => void {
  return (message) => {
    const botId = message.client.user?.id;
    if (!options.accepting() || !botId || !isForBot(message, botId)) return;
    options.inFlight.track(handle(message, botId, options));
  };
}
