/**
 * The Korean catalog keeps the glossary (`docs/GLOSSARY.ko.md`): no term of its "avoid" column
 * appears in any message, and the binding terms are the ones used.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/index.js';
import { CATALOGS } from '../../src/present/catalog/index.js';

const GLOSSARY = readFileSync(new URL('../../docs/GLOSSARY.ko.md', import.meta.url), 'utf8');
const VERB_ENDING = '(?:하|합|한|할|함|해|했|되|됩|된|될|됨|돼|됐)';

/** The glossary table's third column, comma-separated, remarks in parentheses dropped. */
function avoidTerms(markdown: string): { term: string; pattern: RegExp }[] {
  const terms: { term: string; pattern: RegExp }[] = [];
  for (const row of markdown.split(/\r?\n/)) {
    if (!row.startsWith('|')) continue;
    const cells = row.split('|').map((cell) => cell.trim());
    const avoid = cells.length >= 5 ? (cells[3] ?? '') : '';
    if (avoid === 'avoid' || /^-+$/.test(avoid)) continue;
    for (const raw of avoid.split(',')) {
      const term = raw.replace(/\([^)]*\)/g, '').trim();
      if (term === '') continue;
      const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const verb = /^(.+)하다$/.exec(term)?.[1];
      terms.push({
        term,
        pattern: new RegExp(verb === undefined ? escaped(term) : `${escaped(verb)}\\s*${VERB_ENDING}`),
      });
    }
  }
  return terms;
}

const texts = Object.entries(CATALOGS.ko).flatMap(([key, message]) =>
  (typeof message === 'string' ? [message] : Object.values(message)).map((text) => [key, text] as const),
);

describe('the Korean catalog and the glossary', () => {
  const terms = avoidTerms(GLOSSARY);

  it('reads the avoid column', () => {
    expect(terms.map(({ term }) => term)).toEqual(
      expect.arrayContaining(['웰노운 포트', '디폴트', '파이어월']),
    );
  });

  it('uses no avoided term', () => {
    const found = texts.flatMap(([key, text]) =>
      terms.filter(({ pattern }) => pattern.test(text)).map(({ term }) => `${key}: ${term}`),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['ianaKind.system', '잘 알려진 포트'],
    ['ianaKind.user', '등록된 포트'],
    ['ianaKind.dynamic', '동적/사설 포트'],
    ['section.teamNotes', '팀 메모'],
    ['section.port.uses', '주요 용도'],
    ['section.service.security', '보안 참고'],
    ['title.topic.ephemeral', '임시 포트'],
  ] as const)('%s says %s', (key, term) => {
    expect(CATALOGS.ko[key]).toContain(term);
  });

  it('has one plural form, chosen for every count', () => {
    const t = createTranslator('ko');
    expect(t.text('tips.folded', { count: 1 })).toBe('팁 1개 더 있음');
    expect(t.text('tips.folded', { count: 2 })).toBe('팁 2개 더 있음');
    expect(t.list(['Linux', 'macOS', 'Windows'])).toBe('Linux, macOS, Windows');
  });
});
