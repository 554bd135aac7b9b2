/** Curated texts in Korean: same answer shape, translated notes where the data has them. */
import { describe, expect, it } from 'vitest';
import { answerQuestion, loadKoreanUseTexts, localizeAnswer } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

function answer(question: string) {
  const outcome = answerQuestion(question, testKnowledge());
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

const texts = await loadKoreanUseTexts();

describe('localizeAnswer', () => {
  it('returns the English answer itself for en', () => {
    const english = answer('5432');
    expect(localizeAnswer(english, 'en', texts)).toBe(english);
  });

  it.each(['5432', '22', 'postgres', '60140', '8000-8010', 'kubernetes ports'])(
    'keeps the shape and order of %s',
    (question) => {
      const english = answer(question);
      const korean = localizeAnswer(english, 'ko', texts);
      expect(JSON.stringify(Object.keys(korean))).toBe(JSON.stringify(Object.keys(english)));
      expect(korean.parts.map((part) => part.type)).toEqual(english.parts.map((part) => part.type));
      expect(english.parts).toEqual(answer(question).parts);
    },
  );

  it('translates notes, security notes and the tips taken from them', () => {
    const [part] = localizeAnswer(answer('5432'), 'ko', texts).parts;
    if (part?.type !== 'port') throw new Error('expected a port part');
    expect(part.knownUses[0]?.note).toMatch(/[가-힣]/);
    expect(part.knownUses[0]?.security).toMatch(/[가-힣]/);
    expect(part.tips[0]).toMatch(/[가-힣]/);
  });

  it('translates the summary, port roles and notes and security notes of a product', () => {
    const [part] = localizeAnswer(answer('kubernetes ports'), 'ko', texts).parts;
    if (part?.type !== 'product') throw new Error('expected a product part');
    expect(part.name).toBe('Kubernetes');
    expect(part.summary).toMatch(/[가-힣]/);
    const api = part.groups.flatMap((group) => group.ports).find((port) => port.port === 6443);
    expect(api).toMatchObject({ role: 'API 서버', note: expect.stringMatching(/[가-힣]/) });
    expect(part.security.every((entry) => /[가-힣]/.test(entry.note))).toBe(true);
    expect(part.firewall).toBe(
      'tcp 6443, 2379-2380, 10250, 10259, 10257, 10256, 30000-32767; udp 30000-32767',
    );
  });
});
