/**
 * The identity of an answer in a "Was this helpful?" button: its query token, the language and
 * the data version — never the question's text. Ephemeral Slack messages come back without
 * their `message`, so everything a vote needs travels in the button's value. The same answer
 * asked again (same token, language and data) is the same answer: one vote per person on it,
 * changeable.
 */
import {
  type Answer,
  decodeQueryToken,
  LANGS,
  type Lang,
  MAX_QUERY_TOKEN_LENGTH,
} from '../../../src/index.js';

/** Longest value: fits Discord's 100-character custom_id with a 4-character prefix. */
export const MAX_FEEDBACK_VALUE_LENGTH = MAX_QUERY_TOKEN_LENGTH + 16;
const MAX_VERSION_LENGTH = 12;

export interface FeedbackIdentity {
  token: string;
  lang: Lang;
  /** A short tag of the data the answer came from: "8.0.35", "2026-01-01", or a hash. */
  dataVersion: string;
}

/** A short, stable tag for the data source: its version or date, else a hash of its label. */
export function dataVersionTag(data: Answer['data']): string {
  const candidate = (data.version ?? data.updated ?? '').replace(/[^A-Za-z0-9.-]/g, '');
  if (candidate !== '' && candidate.length <= MAX_VERSION_LENGTH) return candidate;
  let hash = 0x811c9dc5;
  for (const character of `${data.label}\n${data.version ?? ''}\n${data.updated ?? ''}`) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `h${hash.toString(36)}`;
}

export function encodeFeedbackValue(identity: FeedbackIdentity): string {
  return `${identity.token}|${identity.lang}|${identity.dataVersion}`;
}

/** `undefined` for anything `encodeFeedbackValue` did not produce (or a token that no longer decodes). */
export function decodeFeedbackValue(value: string): FeedbackIdentity | undefined {
  if (value.length === 0 || value.length > MAX_FEEDBACK_VALUE_LENGTH) return undefined;
  const [token = '', lang = '', dataVersion = '', ...rest] = value.split('|');
  if (rest.length > 0 || !(LANGS as string[]).includes(lang)) return undefined;
  if (!/^[A-Za-z0-9.-]{1,13}$/.test(dataVersion) || !decodeQueryToken(token).ok) return undefined;
  return { token, lang: lang as Lang, dataVersion };
}

/** The stored answer id: the identity itself, so that a cached reply's buttons stay valid. */
export function answerIdOf(identity: FeedbackIdentity): string {
  return encodeFeedbackValue(identity);
}

/**
 * The value of an answer's 👍 and 👎 buttons.
 * @example feedbackValueFor(answer, 'p8443', 'en') // → "p8443|en|8.0.35"
 */
export function feedbackValueFor(answer: Pick<Answer, 'data'>, token: string, lang: Lang): string {
  return encodeFeedbackValue({ token, lang, dataVersion: dataVersionTag(answer.data) });
}
