/**
 * The Korean names people type for software (레디스, 포스트그레스, 원격 데스크톱), each mapped to an
 * English term the names index already knows. Checked here so every Korean name leads to real ports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/index.js';
import koTerms from '../../src/knowledge/data/ko-terms.json' with { type: 'json' };
import { normalizeName } from '../../src/knowledge/synonyms.js';
import { testKnowledge } from '../support/knowledge.js';

const HANGUL = /[\uac00-\ud7a3]/;
const entries = Object.entries(koTerms as Record<string, string>);

/** Keys as written in the file: JSON.parse keeps only the last of two equal keys, so read the text. */
function keysAsWritten(): string[] {
  const text = readFileSync(new URL('../../src/knowledge/data/ko-terms.json', import.meta.url), 'utf8');
  return [...text.matchAll(/^\s*"((?:[^"\\]|\\.)*)"\s*:/gm)].map((match) => match[1] ?? '');
}

describe('Korean names for software', () => {
  it('holds at least 120 names', () => {
    expect(entries.length).toBeGreaterThanOrEqual(120);
  });

  it('lists every name once', () => {
    const keys = keysAsWritten();
    expect(keys).toHaveLength(entries.length);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('gives spelling variants that differ only in spacing the same meaning', () => {
    const byNormalized = new Map<string, Set<string>>();
    for (const [korean, english] of entries) {
      const key = normalizeName(korean);
      byNormalized.set(key, (byNormalized.get(key) ?? new Set()).add(normalizeName(english)));
    }
    expect([...byNormalized].filter(([, meanings]) => meanings.size > 1).map(([key]) => key)).toEqual([]);
  });

  it.each(entries)('%s is a Hangul name mapped to an English term (%s)', (korean, english) => {
    expect(korean).toMatch(HANGUL);
    expect(korean.trim()).toBe(korean);
    expect(english).not.toMatch(HANGUL);
    expect(english.trim()).toBe(english);
  });

  it.each(entries)('%s → %s resolves to ports through the names index', (_korean, english) => {
    const found = testKnowledge().names().lookup(english);
    expect(found).toBeDefined();
    expect(found?.matchedBy).not.toBe('fuzzy');
    expect(found?.primary.ports.length).toBeGreaterThan(0);
  });

  it.each(entries)('%s → asking for %s gives a service answer with ports', (_korean, english) => {
    const outcome = answerQuestion(english, testKnowledge(), { os: null });
    expect(outcome.ok).toBe(true);
    const service = outcome.ok ? outcome.value.parts.find((part) => part.type === 'service') : undefined;
    expect(service?.type === 'service' ? service.ports.length : 0).toBeGreaterThan(0);
  });
});
