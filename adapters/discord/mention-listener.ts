/**
 * The gateway's `messageCreate` listener: answers a message that @mentions the bot in a server
 * channel or thread, and any message in a DM, with a reply to that message, through the same
 * journey as every other question (rate limit, cache, count, apology). Works without the
 * privileged MessageContent intent: Discord still sends the text of messages that mention the
 * app and of DMs. Bots (this one included) are never answered.
 */
import type { Message } from 'discord.js';
import type { InFlight } from '../shared/in-flight.js';
import type { Logger } from '../shared/logger.js';
import type { HandleQuestion } from '../shared/question-journey.js';
import { type InteractionContext, questionText } from './interaction-handler.js';
import { toMessageReplyOptions } from './message-options.js';
import { MENTION_COMMAND, mentionPlan, prepareSafely } from './questions.js';

export interface MentionListenerOptions {
  handleQuestion: HandleQuestion;
  context: InteractionContext;
  inFlight: InFlight;
  accepting: () => boolean;
  logger: Pick<Logger, 'warn'>;
}

/** Whether a message is for us: a DM, or a direct @mention of the bot (not @everyone or a role). */
export function isForBot(message: Message, botId: string): boolean {
  if (message.author.bot || message.author.id === botId || message.webhookId) return false;
  if (!message.inGuild()) return true;
  return message.mentions.users.has(botId);
}

export function createMentionListener(options: MentionListenerOptions): (message: Message) => void {
  return (message) => {
    const botId = message.client.user?.id;
    if (!options.accepting() || !botId || !isForBot(message, botId)) return;
    const text = questionText(message.content, botId);
    const asker = {
      userId: message.author.id,
      guildId: message.guildId,
      userName: message.member?.displayName ?? message.author.displayName,
    };
    options.inFlight.track(
      (async () => {
        const prepared = await prepareSafely(
          { kind: 'command', command: MENTION_COMMAND, text },
          asker,
          options.context,
          options.logger,
        );
        const plan = mentionPlan(
          message.inGuild() ? 'mention' : 'dm',
          text,
          asker,
          options.context,
          (reply) => message.reply(toMessageReplyOptions(reply)),
          prepared,
        );
        await options.handleQuestion(plan);
      })(),
    );
  };
}
