/**
 * The Korean words of the product map (`src/knowledge/data/products-ko.json`) and of use names and
 * roles (`use-labels-ko.json`): every product has its Korean summary, and every port its Korean
 * role and, where the English has one, note, keyed exactly as the product map is; every role of
 * every curated use has a Korean entry (a proper noun maps to itself); names and commands stay as
 * written, and the glossary's avoided terms stay out.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KOREAN_LABEL_FILES } from '../../src/knowledge/korean-labels-data.js';
import { koreanLabelsFrom, productPortKey } from '../../src/knowledge/korean-texts.js';
import { loadKnownUses } from '../../src/knowledge/load-known-uses.js';
import { loadProducts } from '../../src/knowledge/load-products.js';
import type { Product } from '../../src/knowledge/product.js';
import { readGlossaryAvoidTerms } from '../support/glossary.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'knowledge', 'data');
const HANGUL = /[\uac00-\ud7a3]/;
const products = loadProducts();
const uses = loadKnownUses();
const labels = koreanLabelsFrom(KOREAN_LABEL_FILES);
const raw = JSON.parse(readFileSync(join(DATA, 'products-ko.json'), 'utf8')) as Record<string, unknown>;
const avoidTerms = readGlossaryAvoidTerms();
/** Roles that are the command that starts the server. */
const COMMANDS = new Set(['rails server']);

/**
 * Words of an English text that Korean keeps as written: names with more than one capital
 * ("NodePort", "RHEL"), and anything with a digit ("NFSv3", "5176"); plain words are translated.
 */
function keptWords(english: string): string[] {
  return english
    .split(/[\s,;()"'/–-]+/)
    .map((word) => word.replace(/^[.:]+|[.:]+$/g, '').replace(/s$/, ''))
    .filter((word) => /[A-Za-z]/.test(word) && /[A-Z].*[A-Z]|\d/.test(word));
}

function expectKorean(text: string | undefined, english: string, where: string): void {
  expect(text, `${where} has Korean`).toBeDefined();
  const korean = text ?? '';
  expect(korean.length, `${where} length`).toBeLessThanOrEqual(300);
  for (const { term, pattern } of avoidTerms) expect(korean, `${where} avoids ${term}`).not.toMatch(pattern);
  for (const word of keptWords(english)) expect(korean, `${where} keeps ${word}`).toContain(word);
}

describe('the Korean product map', () => {
  it('has exactly the products of the product map', () => {
    expect(Object.keys(raw).sort()).toEqual(products.map((product) => product.id).sort());
  });

  it.each(products.map((product) => [product.id, product] as const))(
    '%s is in Korean',
    (id, product: Product) => {
      const korean = labels.products.get(id);
      expect(korean, id).toBeDefined();
      expectKorean(korean?.summary, product.summary ?? '', `${id}.summary`);
      expect(korean?.summary ?? '', `${id}.summary`).toMatch(HANGUL);
      if (korean?.name !== undefined) expect(korean.name).toMatch(HANGUL);
      const keys = product.ports.map(productPortKey);
      expect([...(korean?.ports.keys() ?? [])].sort(), `${id} ports`).toEqual([...keys].sort());
      for (const port of product.ports) {
        const where = `${id} ${productPortKey(port)}`;
        const words = korean?.ports.get(productPortKey(port));
        expectKorean(words?.role, port.role, `${where} role`);
        expect(words?.note === undefined, `${where} has a note exactly when the English has one`).toBe(
          port.note === undefined,
        );
        if (port.note !== undefined) {
          expectKorean(words?.note, port.note, `${where} note`);
          expect(words?.note ?? '', `${where} note`).toMatch(HANGUL);
        }
      }
    },
  );
});

describe('Korean use names and roles', () => {
  const roles = [...new Set(uses.flatMap((use) => (use.role ? [use.role] : [])))];
  const names = new Set(uses.map((use) => use.name));

  it('has every role of every curated use, and only those', () => {
    expect(roles.filter((role) => !labels.roles.has(role))).toEqual([]);
    expect([...labels.roles.keys()].filter((role) => !roles.includes(role))).toEqual([]);
  });

  it.each(roles.map((role) => [role]))('%s reads in Korean or stays as written', (role) => {
    const korean = labels.roles.get(role) ?? '';
    if (korean !== role) {
      expect(korean).toMatch(HANGUL);
      expectKorean(korean, role, role);
    }
    // Left in English only when it is a name or a command, not everyday words.
    else if (!COMMANDS.has(role))
      expect(role, 'a role left in English is a name').not.toMatch(
        /\b(?:the|and|server|client|port|web|admin|console)\b/,
      );
  });

  it('names only curated uses, in Korean, keeping the name', () => {
    for (const [english, korean] of labels.names) {
      expect(names.has(english), english).toBe(true);
      if (korean !== english) expectKorean(korean, english, english);
    }
  });

  it.each([
    ['HTTP alternate (8080)', 'HTTP 대체 (8080)'],
    ['Node.js dev servers', 'Node.js 개발 서버'],
    ['SQL Slammer worm', 'SQL Slammer 웜'],
  ])('words %s as %s', (english, korean) => {
    expect(labels.names.get(english)).toBe(korean);
  });

  it('words every name that ends in a common noun', () => {
    const descriptive = [...names].filter((name) =>
      /(?:^|\s)(?:alternate|worm|botnets?|trojans?|servers?|emulator|tracker|ports?)(?:\s|$)/.test(name),
    );
    expect(descriptive.length).toBeGreaterThan(10);
    expect(descriptive.filter((name) => !labels.names.has(name))).toEqual([]);
  });

  it.each([
    ['web UI', '웹 UI'],
    ['dev server', '개발 서버'],
    ['API server', 'API 서버'],
    ['alternate HTTP', 'HTTP 대체'],
    ['RCON', 'RCON'],
  ])('words the role %s as %s', (english, korean) => {
    expect(labels.roles.get(english)).toBe(korean);
  });
});

describe('reading the label files', () => {
  it('keeps well-formed entries and leaves the rest out', () => {
    const read = koreanLabelsFrom({
      products: {
        a: { summary: '요약입니다.', ports: { '1/tcp': { role: '역할', note: '' }, '2/tcp': 'x' } },
        b: 'not an object',
      },
      useLabels: { names: { X: '엑스', Y: 3 }, roles: [] },
    });
    expect([...read.products.keys()]).toEqual(['a']);
    expect(read.products.get('a')?.ports.get('1/tcp')).toEqual({ role: '역할' });
    expect(read.products.get('a')?.ports.has('2/tcp')).toBe(false);
    expect([...read.names]).toEqual([['X', '엑스']]);
    expect(read.roles.size).toBe(0);
  });

  it('keys a product port by port or range and transports', () => {
    expect(productPortKey({ port: 443, transports: ['udp'] })).toBe('443/udp');
    expect(productPortKey({ port: 30000, to: 32767, transports: ['tcp', 'udp'] })).toBe(
      '30000-32767/tcp+udp',
    );
  });
});
