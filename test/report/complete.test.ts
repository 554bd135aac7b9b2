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

  it.each([
    ['레디스', 'redis', 'Redis (6379/tcp'],
    ['레디', 'redis', 'Redis (6379/tcp'],
    ['레디스 포트', 'redis', 'Redis (6379/tcp'],
    ['포스트그', 'postgres', 'PostgreSQL (5432/tcp'],
    ['몽고디비 포트는', 'mongodb', 'MongoDB (27017/tcp'],
    ['엘라스틱서치', 'elasticsearch', 'Elasticsearch (9200/tcp'],
    ['쿠버네티스', 'kubernetes', 'Kubernetes API server (6443/tcp'],
    ['카프카', 'kafka', 'Apache Kafka (9092/tcp'],
    ['젠킨스', 'jenkins', 'Jenkins (8080/tcp'],
    ['마인크래프트', 'minecraft', 'Minecraft Java Edition (25565/tcp'],
    ['원격 데스크톱', 'rdp', 'RDP (3389/tcp'],
  ])('Hangul %s suggests %s first', (typed, value, label) => {
    const completions = completeQuestion(typed, testKnowledge());
    expect(completions[0]?.value).toBe(value);
    expect(completions[0]?.label.startsWith(label)).toBe(true);
    expect(new Set(completions.map((completion) => completion.label)).size).toBe(completions.length);
  });

  it('a number in a Korean question completes as a port', () => {
    const completions = completeQuestion('22번 포트', testKnowledge());
    expect(completions[0]).toMatchObject({ value: '22' });
    expect(completions[0]?.label).toContain('SSH');
  });

  it('Hangul that names no software suggests nothing rather than guessing', () => {
    expect(completeQuestion('안녕하세요', testKnowledge())).toEqual([]);
  });

  it('returns nothing for nothing', () => {
    expect(completeQuestion('   ', testKnowledge())).toEqual([]);
  });
});
