/**
 * How this adapter talks to Slack's Web API: where (SLACK_API_URL), how patiently, and how a 429
 * is honoured. The WebClient's default retry policy lasts about 30 minutes and waits out any
 * Retry-After, however long; here both are bounded so that an outage cannot pile up answers.
 */
import { webApi } from './bolt.js';

export type RetryPolicy = NonNullable<webApi.WebClientOptions['retryConfig']>;

/** A few retries within seconds: an answer that late is still worth sending, later ones are not. */
export const ANSWER_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 4000,
  maxRetryTime: 15_000,
  randomize: true,
};

/** Socket Mode's `apps.connections.open`: more patient, since nothing works without it. */
export const CONNECT_RETRY_POLICY: RetryPolicy = {
  retries: 6,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 15_000,
  maxRetryTime: 60_000,
  randomize: true,
};

/** One attempt per call; the rate-limit wrapper below still honours Retry-After. */
export const NO_RETRY_POLICY: RetryPolicy = { retries: 0 };

export interface RateLimitPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** A longer Retry-After is not waited out: the call fails and the failure is logged. */
  maxWaitSeconds: number;
}

export const DEFAULT_RATE_LIMIT_POLICY: RateLimitPolicy = { attempts: 3, maxWaitSeconds: 20 };

/** Per-request timeout: a hung connection must not hold an answer forever. */
export const REQUEST_TIMEOUT_MS = 10_000;

export function createClientOptions(
  apiUrl: string | undefined,
  retryConfig: RetryPolicy,
): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig,
    timeout: REQUEST_TIMEOUT_MS,
    // 429s come back to `callWithRateLimit` instead of pausing every call for as long as Slack asks.
    rejectRateLimitedCalls: true,
  };
}

function isRateLimited(error: unknown): error is webApi.WebAPIRateLimitedError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === webApi.ErrorCode.RateLimitedError
  );
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `call`, waiting out a 429's Retry-After within the policy's bounds. */
export async function callWithRateLimit<T>(call: () => Promise<T>, policy: RateLimitPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const retry =
        isRateLimited(error) && attempt < policy.attempts && error.retryAfter <= policy.maxWaitSeconds;
      if (!retry) throw error;
      await sleep(Math.max(0, error.retryAfter) * 1000);
    }
  }
}
