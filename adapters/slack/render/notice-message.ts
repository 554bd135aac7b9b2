/**
 * The short messages that are not answers, from the core's notices: a friendly note for a
 * question portbot could not use, a hint when a mention or DM holds no port question, no ports
 * found, an expired button, the note to slow down, and the apology for an internal error. Each
 * takes the language of the person's question (`chooseChatLanguage`); English when not given.
 */
import { type Lang, type Problem, presentNotice, presentProblem } from '../../../src/index.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { presentationMessage } from './answer-message.js';

const NO_BUTTONS = { answerOs: null };

/** A user mistake ("99999 is not a valid port"), shown only to the asker. */
export function toProblemMessage(problem: Problem, command?: string, lang: Lang = 'en'): SlackMessage {
  return presentationMessage(presentProblem(problem, { lang, ...(command ? { command } : {}) }), NO_BUTTONS);
}

/** For a mention or DM with no port question in it: a nudge, not silence. */
export function toHintMessage(lang: Lang = 'en'): SlackMessage {
  return presentationMessage(presentNotice('hint', { lang }), NO_BUTTONS);
}

/** For "Explain ports" on a message without port numbers. */
export function toNoPortsMessage(command?: string, lang: Lang = 'en'): SlackMessage {
  return presentationMessage(
    presentNotice('no-ports', { lang, ...(command ? { command } : {}) }),
    NO_BUTTONS,
  );
}

/** An internal error: a short apology with the id that finds the log line; never details. */
export function toApologyMessage(correlationId: string, lang: Lang = 'en'): SlackMessage {
  return presentationMessage(presentNotice('apology', { correlationId, lang }), NO_BUTTONS);
}

/** For a user over the rate limit: shown only to them, with how long to wait. */
export function toSlowDownMessage(retryAfterSeconds: number, lang: Lang = 'en'): SlackMessage {
  return presentationMessage(presentNotice('rate-limited', { retryAfterSeconds, lang }), NO_BUTTONS);
}

/** A button whose value this adapter cannot read (an answer from an older version). */
export function toExpiredButtonMessage(lang: Lang = 'en'): SlackMessage {
  return presentationMessage(presentNotice('expired-button', { lang }), NO_BUTTONS);
}
