/** What every listener is given: the core's knowledge, logging, and the adapter's policies. */
import type { Knowledge } from '../../../src/index.js';
import type { DedupeStore } from '../../shared/event-dedupe.js';
import type { Logger } from '../../shared/logger.js';
import type { InFlight } from '../in-flight.js';
import type { ReplyCache } from '../reply-cache.js';
import type { RateLimitPolicy } from '../web-api.js';

export interface ListenerContext {
  knowledge: () => Knowledge;
  logger: Logger;
  /** The slash command as registered ("/port"). */
  command: string;
  dedupe: DedupeStore;
  rateLimit: RateLimitPolicy;
  inFlight: InFlight;
  replies: ReplyCache;
}

/** How long a claimed event id or message is remembered: Slack retries within minutes. */
export const DEDUPE_TTL_MS = 10 * 60_000;
