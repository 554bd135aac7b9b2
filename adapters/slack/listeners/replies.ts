/** Turns what someone typed into the message portbot replies with. Pure apart from the core call. */
import type { Knowledge } from '../../../src/index.js';
import type { AnswerOutcome } from '../../shared/answer-recorder.js';
import { askPortbot } from '../ask.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { toSlackMessage } from '../render/answer-message.js';
import { toHintMessage, toNoPortsMessage, toProblemMessage } from '../render/notice-message.js';

/** Problems that mean "there was no question here" rather than "the question was wrong". */
const NO_QUESTION = new Set(['empty_question', 'nothing_understood']);

/**
 * A reply and how it counts in the metrics: `answered` for a report (help included), `user_error`
 * for a note about the question (a problem, a hint, no ports found, an expired button).
 */
export interface Reply {
  message: SlackMessage;
  outcome: Extract<AnswerOutcome, 'answered' | 'user_error'>;
}

const answered = (message: SlackMessage): Reply => ({ message, outcome: 'answered' });
const userError = (message: SlackMessage): Reply => ({ message, outcome: 'user_error' });

/** `/port` alone or `/port help`: the usage, which the rate limit leaves alone. */
export function isHelpCommand(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.toLowerCase() === 'help';
}

/** `/port …`: empty text shows the usage; buttons come with every answer that can carry them. */
export function commandReply(text: string, knowledge: Knowledge, command: string, publicUrl?: string): Reply {
  const question = text.trim() === '' ? 'help' : text;
  const asked = askPortbot(question, knowledge);
  if (!asked.ok) return userError(toProblemMessage(asked.problem, command));
  return answered(toSlackMessage(asked.answer, { token: asked.token, command, publicUrl }));
}

/** A mention or DM: answered in its thread, so no buttons; a message with no question gets a hint. */
export function conversationReply(
  text: string,
  knowledge: Knowledge,
  command: string,
  publicUrl?: string,
): Reply {
  const asked = askPortbot(text, knowledge);
  if (!asked.ok)
    return userError(NO_QUESTION.has(asked.problem.code) ? toHintMessage() : toProblemMessage(asked.problem));
  return answered(toSlackMessage(asked.answer, { command, publicUrl }));
}

/** "Explain ports" on any message: the ports found in it, privately, with the usual buttons. */
export function explainReply(text: string, knowledge: Knowledge, command: string, publicUrl?: string): Reply {
  const asked = askPortbot(text, knowledge, { mode: 'scan' });
  if (!asked.ok)
    return userError(
      NO_QUESTION.has(asked.problem.code) ? toNoPortsMessage() : toProblemMessage(asked.problem, command),
    );
  return answered(toSlackMessage(asked.answer, { token: asked.token, command, publicUrl }));
}
