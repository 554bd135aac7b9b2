/**
 * Checks a catalog against the English reference: every key present and no stray ones, the same
 * placeholders, plural forms where English has them, with every category the language uses.
 * The catalog test runs it over every language, so adding one is only data.
 */
import { EN } from './en.js';
import { type Message, placeholdersIn } from './types.js';

/** Readable problems; empty when the catalog matches the reference. */
export function findCatalogProblems(lang: string, catalog: Readonly<Record<string, Message>>): string[] {
  const problems: string[] = [];
  const reference: Readonly<Record<string, Message>> = EN;
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const key of Object.keys(reference)) {
    const expected = reference[key] as Message;
    const actual = catalog[key];
    if (actual === undefined) {
      problems.push(`${lang}: missing ${key}`);
      continue;
    }
    if (typeof expected !== typeof actual) {
      problems.push(`${lang}: ${key} must be ${typeof expected === 'string' ? 'a text' : 'plural forms'}`);
      continue;
    }
    const want = placeholdersIn(expected).join(', ');
    const have = placeholdersIn(actual).join(', ');
    if (want !== have) problems.push(`${lang}: ${key} has placeholders {${have}}, expected {${want}}`);
    const texts = typeof actual === 'string' ? [actual] : Object.values(actual);
    if (texts.some((text) => text.trim() === '')) problems.push(`${lang}: ${key} is empty`);
    if (typeof actual !== 'string')
      for (const category of categories)
        if (actual[category] === undefined)
          problems.push(`${lang}: ${key} lacks the plural form "${category}"`);
  }
  for (const key of Object.keys(catalog))
    if (!(key in reference)) problems.push(`${lang}: ${key} is not a key of the reference catalog`);
  return problems;
}
