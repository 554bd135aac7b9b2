/**
 * How an adapter reports each answer it gave, so the service can count answers by adapter and
 * outcome and time them (Prometheus metrics, adapters/server/metrics.ts). Adapters see only this
 * small interface; they never import prom-client or the server.
 */
import { createCorrelationId, type Logger } from './logger.js';

/**
 * What became of one question:
 * - `answered`: a report was sent;
 * - `user_error`: the question was a user mistake (a stable problem code) and got a friendly reply;
 * - `rate_limited`: the user was asked to slow down (see rate-limit.ts);
 * - `failed`: a bug or an outage; the user got an error reply (or none).
 */
export const ANSWER_OUTCOMES = ['answered', 'user_error', 'rate_limited', 'failed'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];

export interface AnswerRecorder {
  /**
   * Records one answer: which adapter gave it, its outcome, and how long it took from receiving the
   * question to sending the reply. Never throws.
   * @example deps.answers?.record('slack', 'answered', 0.042);
   */
  record(adapter: string, outcome: AnswerOutcome, seconds: number): void;
}

/** Records nothing: for tests and for running an adapter without the service. */
export const NOOP_ANSWER_RECORDER: AnswerRecorder = { record: () => {} };

/**
 * Starts a clock for one answer; call the returned function once with its outcome.
 * @example const done = startAnswerTimer(deps.answers, 'discord'); …; done('answered');
 */
export function startAnswerTimer(
  recorder: AnswerRecorder | undefined,
  adapter: string,
  now: () => number = performance.now.bind(performance),
): (outcome: AnswerOutcome) => void {
  const started = now();
  let recorded = false;
  return (outcome) => {
    // Once only: an answer that fails after replying must not be counted twice.
    if (recorded) return;
    recorded = true;
    recorder?.record(adapter, outcome, Math.max(0, (now() - started) / 1000));
  };
}

/** What one question's log line and metric are made of, from the moment it arrived. */
export interface AnswerClock {
  /** Ties the answer's log lines together; quoted to the user when it fails. */
  readonly correlationId: string;
  /** Counts the answer for metrics and writes its info line; once only, later calls are ignored. */
  done(outcome: AnswerOutcome): void;
}

/**
 * Starts the clock for one answer. Its info line holds the correlation id, the adapter's kind of
 * question, the outcome and the duration — never what was asked (that is logged at debug only).
 * @example const clock = startAnswerClock({ logger, answers, adapter: 'slack', kind: 'command' });
 */
export function startAnswerClock(options: {
  logger: Pick<Logger, 'info'>;
  answers: AnswerRecorder | undefined;
  adapter: string;
  kind: string;
}): AnswerClock {
  const correlationId = createCorrelationId();
  // The same two clock readings make the metric and the log line, so both report one duration.
  const started = performance.now();
  let ended = started;
  const record = startAnswerTimer(options.answers, options.adapter, () => ended);
  let finished = false;
  return {
    correlationId,
    done(outcome) {
      if (finished) return;
      finished = true;
      ended = performance.now();
      record(outcome);
      const durationMs = Math.round((ended - started) * 1000) / 1000;
      options.logger.info({ correlationId, kind: options.kind, outcome, durationMs }, 'answer');
    },
  };
}
