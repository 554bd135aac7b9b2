/**
 * How an adapter reports each answer it gave, so the service can count answers by adapter and
 * outcome and time them (Prometheus metrics, adapters/server/metrics.ts). Adapters see only this
 * small interface; they never import prom-client or the server.
 */

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
