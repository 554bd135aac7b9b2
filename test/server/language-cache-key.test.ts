/** The reply caches' key includes the language: a Korean reply never answers an English question. */
import { describe, expect, it } from 'vitest';
import { createKnowledgeCache, languageKey } from '../../adapters/shared/knowledge-cache.js';
import { testKnowledge } from '../support/knowledge.js';

describe('languageKey', () => {
  it.each([
    ['en', '22', '22'],
    ['ko', '22', 'ko|22'],
    ['ko', 'p22|linux', 'ko|p22|linux'],
  ] as const)('%s + %s → %s', (lang, key, expected) => {
    expect(languageKey(lang, key)).toBe(expected);
  });

  it('keeps an English and a Korean reply to the same question apart in one cache', () => {
    const cache = createKnowledgeCache<string>(8);
    const knowledge = testKnowledge();
    expect(cache.get(knowledge, languageKey('en', '22'), () => 'Port 22')).toBe('Port 22');
    expect(cache.get(knowledge, languageKey('ko', '22'), () => '포트 22')).toBe('포트 22');
    expect(cache.get(knowledge, languageKey('en', '22'), () => 'built again')).toBe('Port 22');
    expect(cache.get(knowledge, languageKey('ko', '22'), () => 'built again')).toBe('포트 22');
  });
});
