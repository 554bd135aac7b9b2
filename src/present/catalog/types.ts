/**
 * The shape of a message catalog, and the types that read placeholders out of its messages.
 *
 * Why a small typed catalog rather than an i18n library (i18next, FormatJS, Fluent): portbot has
 * one or two languages, a few hundred short messages and no runtime loading. A plain object per
 * language gives compile-time keys and placeholder names for free, needs no initialisation or
 * global state (the core stays pure), adds no dependency to the core, and a second language stays
 * pure data that a translator edits without touching code. Plurals come from the runtime's own
 * `Intl.PluralRules`, which knows every language's categories (Korean has only `other`).
 * A library would start to pay off with many languages, ICU select/date formats or translators
 * working in an external tool; then this module is the one place to change.
 */

/** Intl's plural categories: a language uses a subset (`Intl.PluralRules#resolvedOptions`). */
export type PluralCategory = Intl.LDMLPluralRule;

/** A message that depends on `{count}`: one text per plural category the language uses. */
export type PluralMessage = { readonly other: string } & Partial<Readonly<Record<PluralCategory, string>>>;

/** A message: text with `{name}` placeholders, or plural forms of it. */
export type Message = string | PluralMessage;

/** `"Port {port} — {verdict}"` → `"port" | "verdict"`. */
export type PlaceholdersOf<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** Every placeholder a message uses; a plural message always takes `count`. */
export type MessageParams<M> = M extends string
  ? PlaceholdersOf<M>
  : M extends PluralMessage
    ? PlaceholdersOf<M[keyof M] & string> | 'count'
    : never;

/** The placeholder names in a message text, for checks at run time (the tests compare catalogs). */
export function placeholdersIn(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] as string);
  if (typeof message !== 'string') names.add('count');
  return [...names].sort();
}
