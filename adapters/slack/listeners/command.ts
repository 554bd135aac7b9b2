/**
 * `/port <question>`: answered in the slash command's own acknowledgement, which is the fastest
 * reply Slack allows and lands within its 3-second deadline. Ephemeral, with the Share and OS
 * buttons. Socket Mode (and HTTP, should the fast path in events-route.ts decline a request) come
 * through the Bolt listener below; both use `answerSlashCommand`.
 */
import type { App } from '@slack/bolt';
import type { SlackMessage } from '../block-kit-limits.js';
import type { ListenerContext } from './context.js';
import { reportFailure } from './failure.js';
import { commandReply } from './replies.js';

export type CommandAck = SlackMessage & { response_type: 'ephemeral' };

/**
 * The acknowledgement for `/port <text>`. Never throws: a failure becomes an apology with a
 * correlation id (and a log line). A repeated question comes from the reply cache.
 */
export function answerSlashCommand(
  context: ListenerContext,
  text: string,
  team: string | undefined,
): CommandAck {
  let reply: SlackMessage;
  try {
    context.logger.debug({ via: 'command', text }, 'question');
    const knowledge = context.knowledge();
    reply = context.replies.get(knowledge, `command:${text}`, () =>
      commandReply(text, knowledge, context.command),
    );
  } catch (error) {
    reply = reportFailure(context.logger, error, { via: 'command', team }).apology;
  }
  return { response_type: 'ephemeral', ...reply };
}

export function registerCommand(app: App, context: ListenerContext): void {
  app.command(context.command, async ({ command, ack }) => {
    // The answer is the acknowledgement itself, so it is built first; the core answers in well
    // under a millisecond and nothing else happens before `ack`.
    await ack(answerSlashCommand(context, command.text, command.team_id));
  });
}
