/**
 * `/port <question>`: answered in the slash command's own acknowledgement, which is the fastest
 * reply Slack allows and lands within its 3-second deadline. Ephemeral, with the Share and OS
 * buttons. Socket Mode (and HTTP, should the fast path in events-route.ts decline a request) come
 * through the Bolt listener below; both use `answerSlashCommand`.
 */
import type { App } from '@slack/bolt';
import type { AnswerOutcome } from '../../shared/answer-recorder.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { toSlowDownMessage } from '../render/notice-message.js';
import { startQuestion } from './answer-guard.js';
import type { ListenerContext } from './context.js';
import { reportFailure } from './failure.js';
import { commandReply, isHelpCommand } from './replies.js';

export type CommandAck = SlackMessage & { response_type: 'ephemeral' };

/** What the answer needs from a slash command's payload. */
export interface SlashCommandInput {
  text: string;
  team: string | undefined;
  user: string | undefined;
}

/** Sends the acknowledgement: Bolt's `ack`, or the fast path's HTTP response. */
export type SendAck = (ack: CommandAck) => void | Promise<void>;

/**
 * Builds the acknowledgement for `/port <text>` and sends it with `send`, then counts the answer.
 * Over the rate limit it is the slow-down note (help is exempt: it answers nothing about ports and
 * is what a confused user asks for). Never rejects: a failure becomes an apology with a
 * correlation id (and a log line). A repeated question comes from the reply cache.
 */
export async function answerSlashCommand(
  context: ListenerContext,
  command: SlashCommandInput,
  send: SendAck,
): Promise<void> {
  const question = startQuestion(context, 'command');
  const { correlationId } = question;
  let ack: CommandAck;
  let outcome: AnswerOutcome;
  try {
    context.logger.debug({ via: 'command', correlationId, text: command.text }, 'question');
    const wait = isHelpCommand(command.text) ? undefined : await question.overLimit(command);
    if (wait !== undefined) {
      ack = { response_type: 'ephemeral', ...toSlowDownMessage(wait) };
      outcome = 'rate_limited';
    } else {
      const knowledge = context.knowledge();
      const reply = context.replies.get(knowledge, `command:${command.text}`, () =>
        commandReply(command.text, knowledge, context.command, context.publicUrl),
      );
      ack = { response_type: 'ephemeral', ...reply.message };
      outcome = reply.outcome;
    }
  } catch (error) {
    const fields = { via: 'command', team: command.team };
    ack = {
      response_type: 'ephemeral',
      ...reportFailure(context.logger, error, fields, correlationId).apology,
    };
    outcome = 'failed';
  }
  try {
    await send(ack);
    question.done(outcome);
  } catch (error) {
    // Nothing reached the user; there is no other way to reach them from here.
    reportFailure(context.logger, error, { via: 'command', team: command.team }, correlationId);
    question.done('failed');
  }
}

export function registerCommand(app: App, context: ListenerContext): void {
  app.command(context.command, async ({ command, ack }) => {
    // The answer is the acknowledgement itself, so it is built first; the core answers in well
    // under a millisecond and only the rate limit's check comes before `ack`.
    await answerSlashCommand(
      context,
      { text: command.text, team: command.team_id, user: command.user_id },
      (reply) => ack(reply),
    );
  });
}
