/**
 * What a Korean answer must not contain: a sentence of the English catalog (a key the Korean
 * catalog words differently, shown in English all the same), a catalog key shown instead of its
 * text, or a placeholder left unfilled. Product names, commands and numbers are not catalog
 * sentences, so they never count; nor do curated texts shown in English after "(영문)".
 */
import { CATALOGS, type MessageKey } from '../../src/present/catalog/index.js';
import type { Message } from '../../src/present/catalog/types.js';

const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((text) => text !== undefined);

/**
 * The English catalog's literal pieces (between placeholders) of at least two words, that the
 * Korean catalog does not also use for the same key ("PowerShell", "Windows" stay as they are).
 */
export function englishCatalogSentences(): string[] {
  const out = new Set<string>();
  for (const [key, message] of Object.entries(CATALOGS.en) as [MessageKey, Message][]) {
    const korean = forms(CATALOGS.ko[key]).join('\n');
    for (const text of forms(message))
      for (const piece of text.split(/\{\w+\}/)) {
        const trimmed = piece.trim().replace(/^[\s,.:;()"“”'—–-]+|[\s,.:;()"“”'—–-]+$/g, '');
        const words = trimmed.match(/[A-Za-z]{2,}/g) ?? [];
        if (words.length >= 2 && !korean.includes(trimmed)) out.add(trimmed);
      }
  }
  return [...out];
}

const SENTENCES = englishCatalogSentences();
const KEYS = Object.keys(CATALOGS.en);

/** Curated texts without a Korean version follow "(영문)" to the end of their line: by design. */
const MARKED_ENGLISH = new RegExp(`${CATALOGS.ko['fallback.english'].replace(/[()]/g, '\\$&')}[^\n]*`, 'g');

/** Every English catalog sentence, catalog key or unfilled placeholder found in a text. */
export function untranslatedIn(shown: string): string[] {
  const text = shown.replace(MARKED_ENGLISH, '');
  const found = SENTENCES.filter((sentence) => text.includes(sentence));
  for (const key of KEYS)
    if (new RegExp(`(^|[^\\w.])${key.replaceAll('.', '\\.')}($|[^\\w.])`).test(text)) found.push(key);
  for (const match of text.matchAll(/\{(\w+)\}/g)) found.push(match[0]);
  return found;
}

/** Every string in a JSON-like value, but ids, tokens and URLs that no one reads. */
export function readableStrings(value: unknown): string[] {
  const out: string[] = [];
  const skip = new Set(['type', 'action_id', 'block_id', 'custom_id', 'url', 'style']);
  const walk = (node: unknown, key: string | undefined, parent: unknown) => {
    // A Slack button's value is its token; a Discord field's value is text people read.
    const isButtonValue =
      key === 'value' && typeof parent === 'object' && parent !== null && 'action_id' in parent;
    if (typeof node === 'string') {
      if (!(key && skip.has(key)) && !isButtonValue) out.push(node);
    } else if (Array.isArray(node)) for (const item of node) walk(item, key, parent);
    else if (typeof node === 'object' && node !== null)
      for (const [name, child] of Object.entries(node)) walk(child, name, node);
  };
  walk(value, undefined, undefined);
  return out;
}
