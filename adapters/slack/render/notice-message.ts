/**
 * The short messages that are not answers: a friendly note for a question portbot could not use,
 * a hint when a mention or DM holds no port question, the note to slow down, and the apology for
 * an internal error.
 */
import { PROBLEM_HINT, type Problem, QUESTION_EXAMPLES, renderProblemText } from '../../../src/index.js';
import { slowDownText } from '../../shared/rate-limit.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { clip, escapeMrkdwn } from '../escape.js';
import { code, context, section } from './blocks.js';

function examplesLine(command: string | undefined): string {
  const prefix = command ? `${command} ` : '';
  const examples = QUESTION_EXAMPLES.slice(0, 5).map((example) => code(`${prefix}${example.question}`));
  return `Examples: ${examples.join(' · ')}`;
}

/** A user mistake ("99999 is not a valid port"), shown only to the asker. */
export function toProblemMessage(problem: Problem, command?: string): SlackMessage {
  const message = escapeMrkdwn(clip(problem.message, 1000));
  return {
    text: escapeMrkdwn(clip(renderProblemText(problem), 2000)),
    blocks: [
      section(`:thinking_face: ${message}\n${escapeMrkdwn(PROBLEM_HINT)}`),
      context([examplesLine(command)]),
    ],
  };
}

/** For a mention or DM with no port question in it: a nudge, not silence. */
export function toHintMessage(): SlackMessage {
  const text = `I answer questions about ports. ${PROBLEM_HINT}`;
  return {
    text: escapeMrkdwn(text),
    blocks: [section(`:wave: ${escapeMrkdwn(text)}`), context([examplesLine(undefined)])],
  };
}

/** For "Explain ports" on a message without port numbers. */
export function toNoPortsMessage(): SlackMessage {
  const text = 'I found no port numbers in that message.';
  return { text, blocks: [section(`:mag: ${text} Try \`/port\` with a port, a range or a service name.`)] };
}

/** An internal error: a short apology with the id that finds the log line; never details. */
export function toApologyMessage(correlationId: string): SlackMessage {
  const id = escapeMrkdwn(correlationId);
  const text = `Sorry, something went wrong on my side. Please try again in a moment (ref ${id}).`;
  return {
    text,
    blocks: [
      section(
        `:warning: Sorry, something went wrong on my side. Please try again in a moment. _(ref ${code(correlationId)})_`,
      ),
    ],
  };
}

/** For a user over the rate limit: shown only to them, with how long to wait. */
export function toSlowDownMessage(retryAfterSeconds: number): SlackMessage {
  const text = slowDownText(retryAfterSeconds);
  return { text, blocks: [section(`:hourglass_flowing_sand: ${escapeMrkdwn(text)}`)] };
}

/** A button whose value this adapter cannot read (an answer from an older version). */
export function toExpiredButtonMessage(): SlackMessage {
  const text = 'That button no longer works: please ask again.';
  return { text, blocks: [section(`:hourglass: ${text}`)] };
}
