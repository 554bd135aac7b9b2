/**
 * `portbot_feedback_total{adapter,vote}`: "Was this helpful?" votes from Slack, Discord and the
 * web pages, one counter on the service's registry whichever adapter registers it first.
 */
import { Counter, type Registry } from 'prom-client';

export const FEEDBACK_METRIC = 'portbot_feedback_total';
export type FeedbackCounter = Counter<'adapter' | 'vote'>;

export function feedbackCounter(registry: Registry): FeedbackCounter {
  const existing = registry.getSingleMetric(FEEDBACK_METRIC);
  if (existing) return existing as FeedbackCounter;
  return new Counter({
    name: FEEDBACK_METRIC,
    help: '"Was this helpful?" votes, by adapter (slack, discord, web) and vote (up, down).',
    labelNames: ['adapter', 'vote'] as const,
    registers: [registry],
  });
}
