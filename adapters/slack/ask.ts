/**
 * The adapter's one way into the core: text (or a button's query) in, an answer or a problem out,
 * plus the query token the answer's buttons carry.
 */
import {
  type Answer,
  answerQuery,
  type CheckOs,
  decodeQueryToken,
  encodeQueryToken,
  type Knowledge,
  type Problem,
  parseQuestion,
  type Query,
} from '../../src/index.js';

export type Asked = { ok: true; answer: Answer; token: string | undefined } | { ok: false; problem: Problem };

/** Room for ten items in a token; Slack's button value allows 2000 characters. */
const TOKEN_LENGTH = 160;

/**
 * The token for a query, or `undefined` when it cannot carry every item (then the answer gets no
 * buttons rather than buttons that would answer only part of the question).
 */
export function tokenFor(query: Query): string | undefined {
  const token = encodeQueryToken(query, TOKEN_LENGTH);
  const decoded = token ? decodeQueryToken(token) : undefined;
  return decoded?.ok && decoded.value.items.length === query.items.length ? token : undefined;
}

/**
 * Parses once, then answers the parsed query (as the core's `answerQuestion` does), keeping the
 * query for the buttons' token.
 * @example askPortbot('60140', knowledge) // { ok: true, answer, token: 'p60140' }
 */
export function askPortbot(
  text: string,
  knowledge: Knowledge,
  options: { mode?: 'question' | 'scan' } = {},
): Asked {
  const parsed = parseQuestion(text, options);
  if (!parsed.ok) return parsed;
  const outcome = answerQuery(parsed.value, knowledge, null);
  if (!outcome.ok) return outcome;
  return { ok: true, answer: outcome.value, token: tokenFor(parsed.value) };
}

/** Answers a query decoded from a button, for the OS the button names. */
export function answerFromToken(
  query: Query,
  token: string,
  os: CheckOs | null,
  knowledge: Knowledge,
): Asked {
  const outcome = answerQuery(query, knowledge, os);
  return outcome.ok ? { ok: true, answer: outcome.value, token } : outcome;
}
