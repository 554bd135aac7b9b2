/**
 * Internal errors, caught at the edge: one log line with a correlation id (and the error, for us),
 * one short apology with the same id (for the user). Never a stack trace in Slack.
 */
import { createCorrelationId, type Logger } from '../../shared/logger.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { toApologyMessage } from '../render/notice-message.js';

/** `correlationId`: the question's own, so that its answer line carries the same id. */
export function reportFailure(
  logger: Logger,
  error: unknown,
  fields: Record<string, unknown>,
  correlationId: string = createCorrelationId(),
): { correlationId: string; apology: SlackMessage } {
  logger.error({ err: error, correlationId, ...fields }, 'could not answer');
  return { correlationId, apology: toApologyMessage(correlationId) };
}

/** Runs a best-effort follow-up (an apology after a failure); its own failure is only logged. */
export async function bestEffort(logger: Logger, what: string, task: () => Promise<unknown>): Promise<void> {
  try {
    await task();
  } catch (error) {
    logger.warn({ err: error, what }, 'follow-up failed');
  }
}
