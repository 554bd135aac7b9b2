/**
 * What every web response carries: a strict Content-Security-Policy (same-origin style and script
 * only, no inline code of any kind, no framing), nosniff, a referrer policy, and for cacheable
 * bodies a strong ETag that turns a repeated request into a 304.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Nothing inline, nothing third-party; forms post only to this origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Pages change only when the data or the code does; five minutes keeps a shared link cheap. */
export const PAGE_CACHE = 'public, max-age=300';
/** Files whose URL carries their hash never change. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const NO_STORE = 'no-store';

export interface Body {
  status: number;
  type: string;
  body: string;
  cache: string;
  headers?: Record<string, string>;
  /** The body's ETag when already known (cached pages); computed otherwise. */
  etag?: string;
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when the request's If-None-Match names this ETag (or `*`). Weak validators compare equal. */
export function matchesEtag(request: IncomingMessage, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/**
 * Sends a body with the security headers. 200 responses that may be cached get an ETag and answer
 * a matching If-None-Match with 304 and no body.
 */
export function send(request: IncomingMessage, response: ServerResponse, reply: Body): void {
  const headers: Record<string, string | number> = {
    ...SECURITY_HEADERS,
    'content-type': reply.type,
    'cache-control': reply.cache,
    ...reply.headers,
  };
  if (reply.status === 200 && reply.cache !== NO_STORE) {
    const etag = reply.etag ?? etagOf(reply.body);
    headers.etag = etag;
    if (matchesEtag(request, etag)) {
      delete headers['content-type'];
      response.writeHead(304, headers);
      response.end();
      return;
    }
  }
  headers['content-length'] = Buffer.byteLength(reply.body);
  response.writeHead(reply.status, headers);
  response.end(request.method === 'HEAD' ? undefined : reply.body);
}

export function redirect(response: ServerResponse, location: string, status: 301 | 302 | 303 = 302): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    location,
    'cache-control': NO_STORE,
    'content-length': 0,
  });
  response.end();
}

export const HTML = 'text/html; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

/** The path and query of a request, never throwing on a malformed URL. */
export function requestUrl(request: IncomingMessage): URL {
  try {
    return new URL(request.url ?? '/', 'http://localhost');
  } catch {
    return new URL('http://localhost/');
  }
}

/** Reads a small body; past `limit` bytes the request is refused (null). */
export async function readSmallBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
