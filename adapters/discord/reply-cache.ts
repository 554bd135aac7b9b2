/**
 * Recently given replies, by what was asked. A reply is a pure function of the interaction's
 * input and the knowledge, and a team asks about the same few ports (and types the same
 * prefixes) again and again; answering and rendering costs far more than a lookup. The cache
 * empties itself when the knowledge object changes (a registry refresh) and holds at most
 * `maxEntries` replies, least recently used going first. Cached replies are frozen: both
 * transports share them and nothing may change one after the fact.
 */
import type { Knowledge } from '../../src/index.js';
import type { InteractionInput, InteractionResult } from './interaction-handler.js';

export interface CachedReply {
  readonly result: InteractionResult;
  /** The result as the HTTP response body, serialised once. */
  json(): string;
}

export interface ReplyCache {
  /** The cached reply for `input`, or the one `answer` gives (then cached). */
  get(knowledge: Knowledge, input: InteractionInput, answer: () => InteractionResult): CachedReply;
}

export const DEFAULT_REPLY_CACHE_ENTRIES = 512;
/** Longer inputs ("Explain ports" on a whole message) are answered each time: rarely asked twice. */
const MAX_KEY_LENGTH = 600;

function keyOf(input: InteractionInput): string {
  return input.kind === 'button'
    ? `button\u0000${input.customId}`
    : `${input.kind}\u0000${input.command}\u0000${input.text}`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function toCached(result: InteractionResult): CachedReply {
  let json: string | undefined;
  return {
    result,
    json: () => {
      json ??= JSON.stringify(result);
      return json;
    },
  };
}

/** @example cache.get(knowledge, input, () => answerInteraction(input, context)).result */
export function createReplyCache(maxEntries = DEFAULT_REPLY_CACHE_ENTRIES): ReplyCache {
  const entries = new Map<string, CachedReply>();
  let owner: Knowledge | undefined;
  return {
    get(knowledge, input, answer) {
      const key = keyOf(input);
      if (maxEntries <= 0 || key.length > MAX_KEY_LENGTH) return toCached(answer());
      if (owner !== knowledge) {
        entries.clear();
        owner = knowledge;
      }
      const hit = entries.get(key);
      if (hit) {
        // Re-inserted so that the Map's order tracks recency.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const reply = toCached(deepFreeze(answer()));
      entries.set(key, reply);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return reply;
    },
  };
}
