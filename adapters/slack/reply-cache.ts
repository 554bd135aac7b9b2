/**
 * Recently rendered Slack replies, by the text that was asked (see adapters/shared/knowledge-cache.ts
 * for why and how they are cached).
 */
import { createKnowledgeCache, type KnowledgeCache } from '../shared/knowledge-cache.js';
import type { SlackMessage } from './block-kit-limits.js';

export type ReplyCache<Reply = SlackMessage> = KnowledgeCache<Reply>;

export const DEFAULT_REPLY_CACHE_ENTRIES = 256;

export function createReplyCache<Reply = SlackMessage>(
  maxEntries = DEFAULT_REPLY_CACHE_ENTRIES,
): ReplyCache<Reply> {
  return createKnowledgeCache<Reply>(maxEntries);
}
