/**
 * Discord messages in Korean: embeds and buttons from the Korean catalog (no English catalog
 * sentence, no key, no unfilled placeholder), Korean curated texts, buttons that keep the
 * language, and Korean notices.
 */
import { describe, expect, it } from 'vitest';
import {
  renderAnswerMessage,
  renderErrorMessage,
  renderExpiredButtonMessage,
  renderProblemMessage,
  renderSlowDownMessage,
  renderUnknownCommandMessage,
} from '../../adapters/discord/render-message.js';
import { curatedTextsFor } from '../../adapters/shared/curated-texts.js';
import { answerQuestion, decodeButtonValue } from '../../src/index.js';
import { chooseChatLanguage, hasHangul } from '../../src/question/language.js';
import { testKnowledge } from '../support/knowledge.js';
import { readableStrings, untranslatedIn } from '../support/korean-check.js';

const knowledge = testKnowledge();
const koreanTexts = await curatedTextsFor('ko');

function render(question: string, options: { detail?: 'default' | 'full'; lang?: 'en' | 'ko' } = {}) {
  const outcome = answerQuestion(question, knowledge);
  if (!outcome.ok) throw new Error(`not answered: ${question}`);
  return renderAnswerMessage(outcome.answer, outcome.token, {
    ephemeral: false,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.lang ? { lang: options.lang, koreanTexts } : {}),
  });
}

describe('a Korean Discord answer', () => {
  it.each([
    ['22', 'default'],
    ['443', 'default'],
    ['3000', 'default'],
    ['22', 'full'],
    ['443', 'full'],
    ['3000', 'full'],
  ] as const)('port %s (%s) has no English catalog sentence', (question, detail) => {
    const message = render(question, { detail, lang: 'ko' });
    const shown = readableStrings([message.embeds, message.components]).join('\n');
    expect(untranslatedIn(shown)).toEqual([]);
    expect(message.embeds[0]?.title).toMatch(new RegExp(`^포트 ${question} — `));
    expect(message.embeds.at(-1)?.footer?.text).toContain('데이터:');
  });

  it('shows the Korean curated texts, and its buttons answer in Korean', () => {
    const message = render('22', { lang: 'ko' });
    expect(readableStrings(message.embeds).join('\n')).toContain('SSH 데몬');
    const buttons = message.components.flatMap((row) => row.components);
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      if (!('custom_id' in button)) continue;
      expect(button.custom_id.endsWith(':ko')).toBe(true);
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      expect(decodeButtonValue(button.custom_id)?.lang).toBe('ko');
    }
  });

  it('an English answer is unchanged: no Hangul, custom_ids without a language', () => {
    const message = render('22');
    expect(hasHangul(JSON.stringify(message))).toBe(false);
    for (const button of message.components.flatMap((row) => row.components))
      if ('custom_id' in button) expect(decodeButtonValue(button.custom_id)?.lang).toBe('en');
  });

  it('an interaction with locale "ko" and an English question is answered in Korean', () => {
    const { lang, text } = chooseChatLanguage({ text: 'port 443', platformLocale: 'ko' });
    expect(lang).toBe('ko');
    const message = render(text, { lang });
    expect(message.embeds[0]?.title).toMatch(/^포트 443 — /);
  });

  it('a custom_id from before languages still reads, as English', () => {
    expect(decodeButtonValue('os:linux:p22')).toMatchObject({ os: 'linux', detail: 'default', lang: 'en' });
    expect(decodeButtonValue('os:linux:p22:fr')).toBeUndefined();
    expect(decodeButtonValue('os:linux:p22:en')).toBeUndefined();
  });
});

describe('Korean notices', () => {
  const problem = answerQuestion('포트 99999', knowledge);
  it.each([
    [
      'a refusal',
      () => (problem.ok ? undefined : renderProblemMessage(problem.problem, { ephemeral: true, lang: 'ko' })),
    ],
    ['the apology', () => renderErrorMessage('abc-123', 'ko')],
    ['slow down', () => renderSlowDownMessage(3, 'ko')],
    ['an expired button', () => renderExpiredButtonMessage('ko')],
    ['an unknown command', () => renderUnknownCommandMessage('ko')],
  ])('%s is Korean', (_name, build) => {
    const message = build();
    expect(hasHangul(message?.content ?? '')).toBe(true);
    expect(untranslatedIn(message?.content ?? '')).toEqual([]);
  });

  it('the refusal of 포트 99999 explains 0–65535 in Korean; English keeps its own words', () => {
    if (problem.ok) throw new Error('expected a problem');
    expect(renderProblemMessage(problem.problem, { ephemeral: true, lang: 'ko' }).content).toContain('65535');
    expect(renderProblemMessage(problem.problem, { ephemeral: true }).content).toContain(
      '99999 is not a valid port',
    );
  });
});
