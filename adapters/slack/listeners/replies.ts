/** Turns what someone typed (or clicked) into the message portbot replies with. Pure apart from the core call. */
import {
  answerQuery,
  answerQuestion,
  type Detail,
  decodeButtonValue,
  type Knowledge,
} from '../../../src/index.js';
import type { PresentBag, Reply } from '../../shared/question-journey.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { toSlackMessage } from '../render/answer-message.js';
import { toExpiredButtonMessage, toHintMessage, toProblemMessage } from '../render/notice-message.js';

export type SlackReply = Reply<SlackMessage>;

/** Room for ten items in a token; Slack's button value allows 2000 characters. */
export const SLACK_TOKEN_LENGTH = 160;

const answered = (message: SlackMessage): SlackReply => ({ message, outcome: 'answered' });
const userError = (message: SlackMessage): SlackReply => ({ message, outcome: 'user_error' });

/** `/port` alone or `/port help`: the usage, which the rate limit leaves alone. */
export function isHelpCommand(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.toLowerCase() === 'help';
}

/** What the core made of a question: an answer with its token, or a problem. */
export type AskedQuestion = ReturnType<typeof answerQuestion>;

/**
 * The core's outcome for each question text, worked out once: the team's setup (which notes, the
 * team's own names) and the reply then share it, so a question is answered one time.
 */
export function askOnce(ask: (question: string) => AskedQuestion): (question: string) => AskedQuestion {
  const asked = new Map<string, AskedQuestion>();
  return (question) => {
    const known = asked.get(question);
    if (known) return known;
    const outcome = ask(question);
    asked.set(question, outcome);
    return outcome;
  };
}

/**
 * `/port …`: empty text shows the usage; buttons come with every answer that can carry them.
 * `asked` is the core's outcome for `text` when the caller has it already (`askOnce`).
 */
export function commandReply(
  text: string,
  knowledge: Knowledge,
  command: string,
  present?: PresentBag,
  asked: AskedQuestion = answerQuestion(text.trim() === '' ? 'help' : text, knowledge, {
    tokenLength: SLACK_TOKEN_LENGTH,
  }),
): SlackReply {
  if (!asked.ok) return userError(toProblemMessage(asked.problem, command, present?.lang));
  return answered(toSlackMessage(asked.answer, { token: asked.token, command, present }));
}

/**
 * A mention or DM: answered in its thread, seen by everyone there, so no buttons that re-ask or
 * share — only "Was this helpful?" and "Add a team note" when the team offers them (each private
 * to whoever clicks). A message with no question gets a hint.
 */
export function conversationReply(
  text: string,
  knowledge: Knowledge,
  command: string,
  present?: PresentBag,
  asked: AskedQuestion = answerQuestion(text, knowledge),
): SlackReply {
  if (!asked.ok) {
    const noQuestion = asked.problem.code === 'empty_question' || asked.problem.code === 'nothing_understood';
    return userError(
      noQuestion ? toHintMessage(present?.lang) : toProblemMessage(asked.problem, undefined, present?.lang),
    );
  }
  // The token only identifies the answer for a vote: a thread's answer has no buttons that re-ask.
  const voting = present?.actions?.feedback === true;
  return answered(
    toSlackMessage(asked.answer, {
      command,
      present,
      ...(voting ? { token: asked.token, threaded: true } : {}),
    }),
  );
}

/** "Explain ports" on any message: the ports found in it, privately, with the usual buttons. */
export function explainReply(
  text: string,
  knowledge: Knowledge,
  command: string,
  present?: PresentBag,
  asked: AskedQuestion = answerQuestion(text, knowledge, { mode: 'scan', tokenLength: SLACK_TOKEN_LENGTH }),
): SlackReply {
  if (!asked.ok) return userError(toProblemMessage(asked.problem, command, present?.lang));
  return answered(toSlackMessage(asked.answer, { token: asked.token, command, present }));
}

/**
 * A button's value answered again: for its OS, in `detail`; shared into the channel when
 * `sharedBy` names who shared it (then without buttons).
 */
export function buttonReply(
  value: unknown,
  detail: Detail,
  knowledge: Knowledge,
  command: string,
  sharedBy?: string,
  present?: PresentBag,
): SlackReply {
  const state = decodeButtonValue(value);
  if (!state) return userError(toExpiredButtonMessage(present?.lang));
  const outcome = answerQuery(state.query, knowledge, state.os);
  if (!outcome.ok) return userError(toProblemMessage(outcome.problem, command, present?.lang));
  const options = sharedBy ? { sharedBy, detail, present } : { token: state.token, command, detail, present };
  return answered(toSlackMessage(outcome.answer, options));
}
