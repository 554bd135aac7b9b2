/**
 * `/port <question>`: answered in the slash command's own acknowledgement, which is the fastest
 * reply Slack allows and lands within its 3-second deadline. Ephemeral, with the Share and OS
 * buttons. HTTP and Socket Mode both come through Bolt's dispatch to this listener. Help is not
 * rate limited: it answers nothing about ports and is what a confused user asks for.
 */
import type { App } from '@slack/bolt';
import { presentOptionsOf } from '../../shared/question-journey.js';
import { type ListenerContext, slackPlan, slackQuestionContext } from './context.js';
import { commandReply, isHelpCommand } from './replies.js';

export function registerCommand(app: App, context: ListenerContext): void {
  app.command(context.command, async ({ command, ack }) => {
    // The answer is the acknowledgement itself, so it is built first; the core answers in well
    // under a millisecond and only the rate limit's check comes before `ack`.
    await context.handleQuestion(
      slackPlan(
        'command',
        slackQuestionContext(context, command.team_id, command.enterprise_id, command.user_id),
        {
          input: command.text,
          revision: context.command,
          limited: !isHelpCommand(command.text),
          answer: (asked) =>
            commandReply(command.text, context.knowledge(), context.command, presentOptionsOf(asked)),
          send: (message) => ack({ response_type: 'ephemeral', ...message }),
        },
      ),
    );
  });
}
