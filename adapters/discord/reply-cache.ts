/**
 * Recently given replies, by what was asked. A reply is a pure function of the interaction's
 * input and the knowledge, and a team asks about the same few ports (and types the same
 * prefixes) again and again; answering and rendering costs far more than a lookup. The cache
 * empties itself when the knowledge object changes (a registry refresh) and holds at most
 * `maxEntries` replies, least recently used going first. Cached replies are frozen: both
 * transports share them and nothing may change one after the fact.
 */
import type { Knowledge } from '../../src/index.js';
import { createKnowledgeCache } from '../shared/knowledge-cache.js';
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
  const cache = createKnowledgeCache<CachedReply>(maxEntries);
  return {
    get: (knowledge, input, answer) =>
      cache.get(knowledge, keyOf(input), () => toCached(deepFreeze(answer()))),
  };
}
