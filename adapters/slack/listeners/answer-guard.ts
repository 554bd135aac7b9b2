/**
 * What every question goes through, whichever way it reached us: a clock and a correlation id from
 * the moment it arrives, the per-user rate limit (shared by replicas through Redis when the service
 * has one), and, once the reply has been sent, the answer count for the service's metrics and one
 * info log line: correlation id, kind, outcome and duration, never what was asked.
 */
import { type AnswerOutcome, startAnswerTimer } from '../../shared/answer-recorder.js';
import { createCorrelationId } from '../../shared/logger.js';
import { rateLimitKey } from '../../shared/rate-limit.js';
import type { ListenerContext } from './context.js';

/** How the question came: `/port`, an @mention, a DM, "Explain ports", or an answer's button. */
export type QuestionKind = 'command' | 'mention' | 'dm' | 'shortcut' | 'button';

/** Who asked. Without a user id there is no one to limit (Slack always sends one for people). */
export interface Asker {
  team: string | undefined;
  user: string | undefined;
}

export interface Question {
  readonly kind: QuestionKind;
  /** Ties this question's log lines together, and is quoted to the user in an apology. */
  readonly correlationId: string;
  /**
   * Takes one token from the asker's bucket. Resolves with the seconds to wait when the asker is
   * over the limit, otherwise `undefined`. Never rejects (`RateLimiter.take` never does).
   */
  overLimit(asker: Asker): Promise<number | undefined>;
  /** Counts the answer and writes its log line; once only, later calls are ignored. */
  done(outcome: AnswerOutcome): void;
}

/** Duration in the log line, to the microsecond. */
const roundMs = (ms: number) => Math.round(ms * 1000) / 1000;

/** @example const question = startQuestion(context, 'command'); …; question.done('answered'); */
export function startQuestion(context: ListenerContext, kind: QuestionKind): Question {
  const correlationId = createCorrelationId();
  // The same two clock readings make the metric and the log line, so both report one duration.
  const started = performance.now();
  let ended = started;
  const record = startAnswerTimer(context.answers, 'slack', () => ended);
  let finished = false;
  return {
    kind,
    correlationId,
    async overLimit({ team, user }) {
      if (user === undefined) return undefined;
      const key = rateLimitKey('slack', team ?? '-', user);
      const { allowed, retryAfterSeconds } = await context.rateLimiter.take(key);
      return allowed ? undefined : retryAfterSeconds;
    },
    done(outcome) {
      if (finished) return;
      finished = true;
      ended = performance.now();
      record(outcome);
      const durationMs = roundMs(ended - started);
      context.logger.info({ correlationId, kind, outcome, durationMs }, 'answer');
    },
  };
}
