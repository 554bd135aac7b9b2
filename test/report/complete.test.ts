import { describe, expect, it } from 'vitest';
import { completeQuestion } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

describe('autocomplete', () => {
  it.each([
    ['postg', 'PostgreSQL (5432/tcp'],
    ['redi', 'Redis (6379/tcp'],
    ['kaf', 'Apache Kafka (9092/tcp'],
  ])('%s suggests %s', (typed, label) => {
    const completions = completeQuestion(typed, testKnowledge());
    expect(completions.length).toBeGreaterThan(0);
    expect(completions.length).toBeLessThanOrEqual(25);
    expect(completions.some((completion) => completion.label.startsWith(label))).toBe(true);
  });

  it('suggests the port itself first, then known ports starting with the digits', () => {
    const completions = completeQuestion('808', testKnowledge());
    expect(completions[0]?.value).toBe('808');
    expect(completions.map((completion) => completion.value)).toContain('8080');
  });

  it('keeps labels and values within Discord limits', () => {
    for (const typed of ['a', 's', '1', 'm', 'x', 'web']) {
      for (const completion of completeQuestion(typed, testKnowledge())) {
        expect(completion.label.length).toBeGreaterThan(0);
        expect(completion.label.length).toBeLessThanOrEqual(100);
        expect(completion.value.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('returns nothing for nothing', () => {
    expect(completeQuestion('   ', testKnowledge())).toEqual([]);
  });
});
