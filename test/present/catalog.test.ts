/**
 * The message catalogs: every language has every key of the English reference, with the same
 * placeholders and every plural form the language uses. Written over CATALOGS, so a new language
 * is checked as soon as it is added.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator, LANGS } from '../../src/index.js';
import { findCatalogProblems } from '../../src/present/catalog/check.js';
import { CATALOGS } from '../../src/present/catalog/index.js';
import { placeholdersIn } from '../../src/present/catalog/types.js';

describe('every catalog matches the reference', () => {
  it.each(LANGS.map((lang) => [lang]))('%s has every key, placeholder and plural form', (lang) => {
    expect(findCatalogProblems(lang, CATALOGS[lang])).toEqual([]);
  });
});

describe('the check itself', () => {
  const en = CATALOGS.en as Record<string, unknown>;
  const broken = (change: (copy: Record<string, unknown>) => void) => {
    const copy = { ...en };
    change(copy);
    return findCatalogProblems('ko', copy as never);
  };

  it.each([
    ['a missing key', (copy: Record<string, unknown>) => delete copy['title.port'], /missing title\.port/],
    [
      'a renamed placeholder',
      (copy: Record<string, unknown>) => {
        copy['title.port'] = '{port}번 포트 — {verdikt}';
      },
      /title\.port has placeholders \{port, verdikt\}, expected \{port, verdict\}/,
    ],
    [
      'a text where plural forms are expected',
      (copy: Record<string, unknown>) => {
        copy['tips.folded'] = '팁 {count}개 더';
      },
      /tips\.folded must be plural forms/,
    ],
    [
      'a key the reference does not have',
      (copy: Record<string, unknown>) => {
        copy['title.extra'] = 'x';
      },
      /title\.extra is not a key/,
    ],
    [
      'an empty text',
      (copy: Record<string, unknown>) => {
        copy['section.port.tips'] = ' ';
      },
      /section\.port\.tips is empty/,
    ],
  ])('finds %s', (_name, change, problem) => {
    expect(broken(change).join('\n')).toMatch(problem);
  });

  it('asks for the plural categories of the language itself', () => {
    // Korean has only "other"; English needs "one" too.
    const onlyOther = { ...en, 'tips.folded': { other: '팁 {count}개 더' } };
    expect(findCatalogProblems('ko', onlyOther as never).filter((p) => p.includes('tips.folded'))).toEqual(
      [],
    );
    expect(findCatalogProblems('en', onlyOther as never)).toContain(
      'en: tips.folded lacks the plural form "one"',
    );
  });
});

describe('the translator', () => {
  const t = createTranslator('en');

  it.each([
    [1, 'And 1 more tip'],
    [2, 'And 2 more tips'],
    [0, 'And 0 more tips'],
  ])('picks the plural form for %i', (count, expected) => {
    expect(t.text('tips.folded', { count })).toBe(expected);
  });

  it('writes numbers as digits, never with grouping', () => {
    expect(t.text('title.port', { port: 60140, verdict: 'x' })).toBe('Port 60140 — x');
  });

  it('keeps rich parameters as spans and its own words as text', () => {
    expect(t.rich('port.ephemeral.yes', { oses: { kind: 'strong', text: 'Linux' } })).toEqual([
      { kind: 'text', text: 'Yes on ' },
      { kind: 'strong', text: 'Linux' },
    ]);
  });

  it('joins lists the English way', () => {
    expect(t.list(['Linux'])).toBe('Linux');
    expect(t.list(['Linux', 'macOS'])).toBe('Linux and macOS');
    expect(t.list(['Linux', 'Windows', 'macOS'])).toBe('Linux, Windows and macOS');
  });

  it('checks keys and placeholders at compile time, and never throws past them', () => {
    // @ts-expect-error "verdict" is missing
    expect(t.text('title.port', { port: 1 })).toBe('Port 1 — {verdict}');
    // @ts-expect-error no such key
    expect(t.text('title.nope')).toBe('title.nope');
    // @ts-expect-error this message takes no parameters
    expect(t.text('section.port.tips', { count: 1 })).toBe('Tips');
  });

  it('reads placeholders of texts and plural forms', () => {
    expect(placeholdersIn('Port {port} — {verdict}')).toEqual(['port', 'verdict']);
    expect(placeholdersIn({ one: 'a {names}', other: 'b {names}' })).toEqual(['count', 'names']);
  });
});
