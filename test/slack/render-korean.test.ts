/**
 * Slack messages in Korean: every word from the Korean catalog (no English catalog sentence, no
 * key, no unfilled placeholder), the Korean curated texts, and buttons that keep the language.
 */
import { describe, expect, it } from 'vitest';
import { curatedTextsFor } from '../../adapters/shared/curated-texts.js';
import { toSlackMessage } from '../../adapters/slack/render/answer-message.js';
import {
  toApologyMessage,
  toExpiredButtonMessage,
  toHintMessage,
  toNoPortsMessage,
  toProblemMessage,
  toSlowDownMessage,
} from '../../adapters/slack/render/notice-message.js';
import { answerQuestion, decodeButtonValue } from '../../src/index.js';
import { chooseChatLanguage, hasHangul } from '../../src/question/language.js';
import { testKnowledge } from '../support/knowledge.js';
import { readableStrings, untranslatedIn } from '../support/korean-check.js';

const knowledge = testKnowledge();
const koreanTexts = await curatedTextsFor('ko');

function korean(question: string, detail: 'default' | 'full' = 'default') {
  const asked = answerQuestion(question, knowledge);
  if (!asked.ok) throw new Error(`not answered: ${question}`);
  return toSlackMessage(asked.answer, {
    token: asked.token,
    command: '/port',
    detail,
    lang: 'ko',
    koreanTexts,
  });
}

describe('a Korean Slack answer', () => {
  it.each([
    ['22', 'default'],
    ['443', 'default'],
    ['3000', 'default'],
    ['22', 'full'],
    ['443', 'full'],
    ['3000', 'full'],
  ] as const)('port %s (%s) has no English catalog sentence', (question, detail) => {
    const message = korean(question, detail);
    const shown = [message.text, ...readableStrings(message.blocks)].join('\n');
    expect(untranslatedIn(shown)).toEqual([]);
    expect(message.blocks[0]).toMatchObject({ type: 'header' });
    expect(readableStrings(message.blocks[0])[0]).toMatch(new RegExp(`^포트 ${question} — `));
    expect(message.text).toMatch(new RegExp(`^포트 ${question}`));
  });

  it('shows the Korean curated texts, and buttons in Korean that keep the language', () => {
    const message = korean('22');
    const shown = readableStrings(message.blocks).join('\n');
    expect(shown).toContain('SSH 데몬');
    const actions = message.blocks.find((block) => block.type === 'actions');
    if (actions?.type !== 'actions') throw new Error('no buttons');
    const labels = readableStrings(actions.elements);
    expect(labels).toContain('채널에 공유');
    for (const element of actions.elements) {
      if (element.type !== 'button') continue;
      expect(decodeButtonValue(element.value)?.lang).toBe('ko');
    }
  });

  it('an English answer is unchanged: English buttons, values without a language', () => {
    const asked = answerQuestion('22', knowledge);
    if (!asked.ok) throw new Error('not answered');
    const message = toSlackMessage(asked.answer, { token: asked.token });
    expect(hasHangul(JSON.stringify(message))).toBe(false);
    // The check itself finds what it looks for.
    expect(untranslatedIn(readableStrings(message.blocks).join('\n'))).toContain('Known uses');
    const actions = message.blocks.find((block) => block.type === 'actions');
    if (actions?.type !== 'actions') throw new Error('no buttons');
    for (const element of actions.elements)
      if (element.type === 'button') {
        expect(element.value?.split(':')).toHaveLength(3);
        expect(decodeButtonValue(element.value)?.lang).toBe('en');
      }
  });

  it('a /port ko: 22 command reads as Korean, and the parser sees 22', () => {
    const { lang, text } = chooseChatLanguage({ text: 'ko: 22' });
    const asked = answerQuestion(text, knowledge);
    expect(lang).toBe('ko');
    expect(asked.ok && asked.answer.parts[0]).toMatchObject({ type: 'port', port: 22 });
  });

  it('a Hangul question says so itself', () => {
    expect(answerQuestion('22번 포트', knowledge).lang).toBe('ko');
    expect(answerQuestion('포트 99999', knowledge).lang).toBe('ko');
    expect(answerQuestion('22', knowledge).lang).toBeUndefined();
  });
});

describe('Korean notices', () => {
  const problem = answerQuestion('포트 99999', knowledge);
  it.each([
    ['a refusal', () => (problem.ok ? undefined : toProblemMessage(problem.problem, '/port', 'ko'))],
    ['the hint', () => toHintMessage('ko')],
    ['no ports', () => toNoPortsMessage('/port', 'ko')],
    ['the apology', () => toApologyMessage('abc-123', 'ko')],
    ['slow down', () => toSlowDownMessage(12, 'ko')],
    ['an expired button', () => toExpiredButtonMessage('ko')],
  ])('%s is Korean', (_name, build) => {
    const message = build();
    if (!message) throw new Error('no message');
    const shown = [message.text, ...readableStrings(message.blocks)].join('\n');
    expect(hasHangul(message.text)).toBe(true);
    expect(untranslatedIn(shown)).toEqual([]);
  });

  it('the refusal of 포트 99999 explains 0–65535', () => {
    if (problem.ok) throw new Error('expected a problem');
    const message = toProblemMessage(problem.problem, '/port', 'ko');
    expect(message.text).toContain('65535');
    expect(message.text).not.toContain('not a valid port');
  });
});
