/**
 * The catalogs by language, and the translator every presentation builder uses. English is the
 * reference: its keys and placeholders are the types; every other catalog must match them.
 */
import type { Inline } from '../model.js';
import { EN } from './en.js';
import { KO } from './ko.js';
import type { Message, MessageParams } from './types.js';

export type MessageKey = keyof typeof EN;
/** A catalog for another language: every key, each a text or plural forms (checked by a test). */
export type Catalog = { readonly [Key in MessageKey]: Message };

export const CATALOGS = { en: EN, ko: KO } as const satisfies Record<string, Catalog>;
export type Lang = keyof typeof CATALOGS;
export const LANGS = Object.keys(CATALOGS) as Lang[];

/** What a placeholder can be filled with: text, a number (shown as digits), or rich spans. */
export type ParamValue = string | number | Inline | readonly Inline[];
export type ParamsFor<Key extends MessageKey> = Record<MessageParams<(typeof EN)[Key]>, ParamValue>;
type ArgsFor<Key extends MessageKey> = [MessageParams<(typeof EN)[Key]>] extends [never]
  ? []
  : [params: ParamsFor<Key>];

export interface Translator {
  lang: Lang;
  /** The message as plain text (spans given as parameters contribute their text). */
  text<Key extends MessageKey>(key: Key, ...args: ArgsFor<Key>): string;
  /** The message as spans: its own words as `text`, parameters as given. */
  rich<Key extends MessageKey>(key: Key, ...args: ArgsFor<Key>): Inline[];
  /** For keys chosen at run time (a section's heading from the registry): placeholders unchecked. */
  textOf(key: MessageKey, params?: Record<string, ParamValue>): string;
  /** "a, b and c" in the language's way. */
  list(items: readonly string[]): string;
  /** Same as `list`, for spans. */
  richList(items: readonly Inline[][]): Inline[];
}

/** The text of a span, for plain surfaces and for measuring. */
export function spanText(span: Inline): string {
  return span.kind === 'icon' ? span.label : span.text;
}

export function plainText(spans: readonly Inline[]): string {
  return spans.map(spanText).join('');
}

/** Adjacent plain text spans merged, empty ones dropped. */
export function mergeSpans(spans: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const span of spans) {
    if (span.kind !== 'icon' && span.text === '') continue;
    const last = out.at(-1);
    if (span.kind === 'text' && last?.kind === 'text')
      out[out.length - 1] = { kind: 'text', text: last.text + span.text };
    else out.push(span);
  }
  return out;
}

function toSpans(value: ParamValue): Inline[] {
  if (typeof value === 'string') return [{ kind: 'text', text: value }];
  // Digits, never locale grouping: port 60140 must not read "60,140".
  if (typeof value === 'number') return [{ kind: 'text', text: String(value) }];
  if (Array.isArray(value)) return [...(value as readonly Inline[])];
  return [value as Inline];
}

/**
 * @example createTranslator('en').text('title.ports', { ports: '22, 80' }) // "Ports 22, 80"
 */
export function createTranslator(lang: Lang = 'en'): Translator {
  const cached = translators.get(lang);
  if (cached) return cached;
  const translator = buildTranslator(lang);
  translators.set(lang, translator);
  return translator;
}

/** One translator per language: building Intl.PluralRules costs more than a whole answer. */
const translators = new Map<Lang, Translator>();

function buildTranslator(lang: Lang): Translator {
  const catalog: Catalog = CATALOGS[lang];
  const plurals = new Intl.PluralRules(lang);
  // Korean has one plural form: no message needs the rules' answer, which costs a call into ICU.
  const onlyOther = plurals.resolvedOptions().pluralCategories.length === 1;
  const split = new Map<string, string[]>();

  function pick(key: MessageKey, params: Record<string, ParamValue> | undefined): string {
    const message: Message | undefined = catalog[key];
    // Only reachable past the types (a key built at run time): show the key, never throw.
    if (message === undefined) return String(key);
    if (typeof message === 'string') return message;
    const count = params?.count;
    const category = typeof count === 'number' && !onlyOther ? plurals.select(count) : 'other';
    return message[category] ?? message.other;
  }

  /** The message split at its placeholders: odd entries are names. Kept per message text. */
  function piecesOf(key: MessageKey, params: Record<string, ParamValue> | undefined): string[] {
    const message = pick(key, params);
    let pieces = split.get(message);
    if (!pieces) {
      pieces = message.split(/\{(\w+)\}/);
      split.set(message, pieces);
    }
    return pieces;
  }

  /** The plain-text form, without building spans (most messages are only ever read as text). */
  function text(key: MessageKey, params?: Record<string, ParamValue>): string {
    const pieces = piecesOf(key, params);
    let out = '';
    for (let index = 0; index < pieces.length; index++) {
      const piece = pieces[index] as string;
      if (index % 2 === 0) {
        out += piece;
        continue;
      }
      const value = params?.[piece];
      if (value === undefined) out += `{${piece}}`;
      else if (typeof value === 'string') out += value;
      else if (typeof value === 'number') out += String(value);
      else out += plainText(toSpans(value));
    }
    return out;
  }

  function rich(key: MessageKey, params?: Record<string, ParamValue>): Inline[] {
    const spans: Inline[] = [];
    const pieces = piecesOf(key, params);
    pieces.forEach((piece, index) => {
      if (index % 2 === 0) spans.push({ kind: 'text', text: piece });
      else {
        const value = params?.[piece];
        spans.push(
          ...(value === undefined ? [{ kind: 'text' as const, text: `{${piece}}` }] : toSpans(value)),
        );
      }
    });
    return mergeSpans(spans);
  }

  function richList(items: readonly Inline[][]): Inline[] {
    const separator = catalog['list.separator'] as string;
    const last = catalog['list.lastSeparator'] as string;
    const spans: Inline[] = [];
    items.forEach((item, index) => {
      if (index > 0) spans.push({ kind: 'text', text: index === items.length - 1 ? last : separator });
      spans.push(...item);
    });
    return mergeSpans(spans);
  }

  return {
    lang,
    text: text as Translator['text'],
    rich: rich as Translator['rich'],
    textOf: text,
    list: (items) => {
      if (items.length <= 1) return items.join('');
      const separator = catalog['list.separator'] as string;
      return `${items.slice(0, -1).join(separator)}${catalog['list.lastSeparator'] as string}${items.at(-1)}`;
    },
    richList,
  };
}
