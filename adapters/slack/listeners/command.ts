/**
 * `/port <question>`: answered in the slash command's own HTTP (or socket) acknowledgement, which
 * is the fastest reply Slack allows and lands within its 3-second deadline. Ephemeral, with the
 * Share and OS buttons.
 */
import type { App } from '@slack/bolt';
import type { SlackMessage } from '../block-kit-limits.js';
import type { ListenerContext } from './context.js';
import { reportFailure } from './failure.js';
import { commandReply } from './replies.js';

export function registerCommand(app: App, context: ListenerContext): void {
  app.command(context.command, async ({ command, ack }) => {
    // The answer is the acknowledgement itself, so it is built first: the core answers in well under
    // a millisecond and nothing else happens before `ack`. A failure still acknowledges, with an apology.
    let reply: SlackMessage;
    try {
      context.logger.debug({ via: 'command', text: command.text }, 'question');
      reply = commandReply(command.text, context.knowledge(), context.command);
    } catch (error) {
      reply = reportFailure(context.logger, error, { via: 'command', team: command.team_id }).apology;
    }
    await ack({ response_type: 'ephemeral', ...reply });
  });
}
