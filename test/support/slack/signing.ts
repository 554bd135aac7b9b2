/**
 * Slack's v0 request signing, written from Slack's documentation so that the tests do not trust
 * the code under test: `v0=` + hex(HMAC-SHA256(secret, "v0:<timestamp>:<exact body>")).
 * https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
import { createHmac } from 'node:crypto';

export const TEST_SIGNING_SECRET = 'test-signing-secret-not-real';

export function signBody(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export interface SignedPostOptions {
  secret?: string;
  /** Unix seconds; now by default. */
  timestamp?: number;
  /** Replaces the computed signature (forgeries). */
  signature?: string;
  headers?: Record<string, string>;
}

/** POSTs `body` exactly as given, signed, with exactly `contentType` (no charset added). */
export function signedPost(
  url: string,
  body: string,
  contentType: string,
  options: SignedPostOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? nowSeconds();
  const signature = options.signature ?? signBody(options.secret ?? TEST_SIGNING_SECRET, timestamp, body);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...options.headers,
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
}
