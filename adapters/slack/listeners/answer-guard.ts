/**
 * What every question goes through, whichever way it reached us: a clock and a correlation id from
 * the moment it arrives, the per-user rate limit (shared by replicas through Redis when the service
 * has one), and, once the reply has been sent, the answer count for the service's metrics and one
 * info log line: correlation id, kind, outcome and duration, never what was asked.
 */
import { type AnswerOutcome, startAnswerClock } from '../../shared/answer-recorder.js';
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

/** @example const question = startQuestion(context, 'command'); …; question.done('answered'); */
export function startQuestion(context: ListenerContext, kind: QuestionKind): Question {
  const clock = startAnswerClock({
    logger: context.logger,
    answers: context.answers,
    adapter: 'slack',
    kind,
  });
  return {
    kind,
    correlationId: clock.correlationId,
    async overLimit({ team, user }) {
      if (user === undefined) return undefined;
      const key = rateLimitKey('slack', team ?? '-', user);
      const { allowed, retryAfterSeconds } = await context.rateLimiter.take(key);
      return allowed ? undefined : retryAfterSeconds;
    },
    done: (outcome) => clock.done(outcome),
  };
}
