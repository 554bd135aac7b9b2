/**
 * The feedback form's CSRF token, without sessions or cookies (pages stay cacheable): an HMAC over
 * the hour it was issued and the answer it belongs to, keyed by WEB_SECRET, so any replica that
 * shares the secret accepts it. A token is good for TOKEN_HOURS; a forged one needs the secret.
 * The POST also refuses browsers that say the request came from another site (Sec-Fetch-Site, Origin).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const HOUR_MS = 3_600_000;
/** How long a page's form may be submitted after the page was made. */
export const TOKEN_HOURS = 24;

function sign(secret: string, hour: number, answer: string): string {
  return createHmac('sha256', secret).update(`feedback\n${hour}\n${answer}`).digest('base64url').slice(0, 32);
}

export interface CsrfTokens {
  /** A token for a form about `answer` (the query token), issued now. */
  issue(answer: string): string;
  /** True when the token was issued by a holder of the secret for this answer, recently. */
  verify(token: string, answer: string): boolean;
  /** The hour tokens are issued for now: pages that carry a token may be cached within it. */
  period(): number;
}

export function createCsrfTokens(secret: string, now: () => number = Date.now): CsrfTokens {
  return {
    period: () => Math.floor(now() / HOUR_MS),
    issue(answer) {
      const hour = Math.floor(now() / HOUR_MS);
      return `${hour.toString(36)}.${sign(secret, hour, answer)}`;
    },
    verify(token, answer) {
      const match = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{32})$/.exec(token);
      if (!match) return false;
      const hour = Number.parseInt(match[1] as string, 36);
      const current = Math.floor(now() / HOUR_MS);
      if (!(hour <= current + 1 && hour > current - TOKEN_HOURS)) return false;
      const expected = Buffer.from(sign(secret, hour, answer));
      const given = Buffer.from(match[2] as string);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

/**
 * False when the browser says the form was sent from another site. Requests without these headers
 * (old browsers, curl) are judged by the token alone.
 */
export function isSameSite(request: IncomingMessage, publicHost?: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin && origin !== 'null') {
    try {
      const from = new URL(origin).host;
      return from === request.headers.host || from === publicHost;
    } catch {
      return false;
    }
  }
  return origin !== 'null';
}
