/** What every listener is given: the core's knowledge, logging, and the adapter's policies. */
import type { Knowledge } from '../../../src/index.js';
import type { AnswerRecorder } from '../../shared/answer-recorder.js';
import type { DedupeStore } from '../../shared/event-dedupe.js';
import type { InFlight } from '../../shared/in-flight.js';
import type { Logger } from '../../shared/logger.js';
import type { RateLimiter } from '../../shared/rate-limit.js';
import type { ReplyCache } from '../reply-cache.js';
import type { RateLimitPolicy } from '../web-api.js';
import type { Reply } from './replies.js';

export interface ListenerContext {
  knowledge: () => Knowledge;
  logger: Logger;
  /** The slash command as registered ("/port"). */
  command: string;
  dedupe: DedupeStore;
  /** How a 429 from Slack's Web API is honoured (not to be confused with `rateLimiter`). */
  rateLimit: RateLimitPolicy;
  /** The per-user limit on questions (the service's; NO_RATE_LIMIT when it has none). */
  rateLimiter: RateLimiter;
  /** Counts and times every answer for metrics; absent: nothing is recorded. */
  answers: AnswerRecorder | undefined;
  inFlight: InFlight;
  replies: ReplyCache<Reply>;
  /** The answer pages' origin (PUBLIC_URL): answers link to their page; absent, they do not. */
  publicUrl?: string | undefined;
}

/** How long a claimed event id or message is remembered: Slack retries within minutes. */
export const DEDUPE_TTL_MS = 10 * 60_000;
