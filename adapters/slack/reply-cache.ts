/**
 * Recently rendered replies, by the text that was asked. An answer is a pure function of the text
 * and the knowledge, and teams ask about the same few ports again and again; rendering one costs
 * far more than looking it up. The cache empties itself when the knowledge object changes (a
 * registry refresh), and holds at most `maxEntries` replies (least recently used go first).
 */
import type { Knowledge } from '../../src/index.js';
import type { SlackMessage } from './block-kit-limits.js';

export interface ReplyCache<Reply = SlackMessage> {
  /** The cached reply for `key`, or the one `render` builds (then cached). */
  get(knowledge: Knowledge, key: string, render: () => Reply): Reply;
}

export const DEFAULT_REPLY_CACHE_ENTRIES = 256;

/** Questions longer than this are rendered each time: long texts are rarely asked twice. */
const MAX_KEY_LENGTH = 600;

export function createReplyCache<Reply = SlackMessage>(
  maxEntries = DEFAULT_REPLY_CACHE_ENTRIES,
): ReplyCache<Reply> {
  const entries = new Map<string, Reply>();
  let owner: Knowledge | undefined;
  return {
    get(knowledge, key, render) {
      if (maxEntries <= 0 || key.length > MAX_KEY_LENGTH) return render();
      if (owner !== knowledge) {
        entries.clear();
        owner = knowledge;
      }
      const hit = entries.get(key);
      if (hit) {
        // Re-insert so that Map order tracks recency.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const reply = render();
      entries.set(key, reply);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return reply;
    },
  };
}
