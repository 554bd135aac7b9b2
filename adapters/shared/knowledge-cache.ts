/**
 * A least-recently-used cache of values computed from the knowledge, such as rendered replies. A
 * reply is a pure function of what was asked and the knowledge, and a team asks about the same few
 * ports again and again; rendering costs far more than a lookup. The cache empties itself when the
 * knowledge object changes (a registry refresh) and holds at most `maxEntries` values.
 */
import type { Knowledge, Lang } from '../../src/index.js';

export interface KnowledgeCache<Value> {
  /** The cached value for `key`, or the one `build` makes (then cached). */
  get(knowledge: Knowledge, key: string, build: () => Value): Value;
  /** The cached value for `key` (now the most recently used), or undefined. */
  peek(knowledge: Knowledge, key: string): Value | undefined;
  /** Keeps `value` under `key` (nothing when the cache is off or the key too long). */
  put(knowledge: Knowledge, key: string, value: Value): void;
}

/**
 * A cache key that includes the answer's language, so that a Korean reply is never served for an
 * English question about the same port (the language can come from the person's locale, not the
 * text). English keys are the key as it is, so English entries are unchanged.
 *
 * @example languageKey('ko', 'p22|linux') // 'ko|p22|linux'
 */
export function languageKey(lang: Lang, key: string): string {
  return lang === 'en' ? key : `${lang}|${key}`;
}

/** Longer keys ("Explain ports" on a whole message) are built each time: rarely asked twice. */
export const MAX_CACHE_KEY_LENGTH = 600;

export function createKnowledgeCache<Value>(maxEntries: number): KnowledgeCache<Value> {
  const entries = new Map<string, Value>();
  let owner: Knowledge | undefined;
  const off = (key: string) => maxEntries <= 0 || key.length > MAX_CACHE_KEY_LENGTH;
  function own(knowledge: Knowledge) {
    if (owner !== knowledge) {
      entries.clear();
      owner = knowledge;
    }
  }
  const cache: KnowledgeCache<Value> = {
    get(knowledge, key, build) {
      const hit = cache.peek(knowledge, key);
      if (hit !== undefined) return hit;
      const value = build();
      cache.put(knowledge, key, value);
      return value;
    },
    peek(knowledge, key) {
      if (off(key)) return undefined;
      own(knowledge);
      if (!entries.has(key)) return undefined;
      const hit = entries.get(key) as Value;
      // Re-inserted so that the Map's order tracks recency.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    },
    put(knowledge, key, value) {
      if (off(key)) return;
      own(knowledge);
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
  return cache;
}
