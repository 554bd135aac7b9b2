/**
 * The service's one HTTP server. Adapters contribute routes (Slack's events endpoint, Discord's
 * interactions endpoint); the server adds health checks. Unknown paths get 404, wrong methods 405.
 *
 * It also holds the limits that keep slow and many clients from holding the service: a request
 * (headers and body) must arrive within `requestTimeoutMs`, a declared body larger than the
 * route's limit is refused with 413 before a byte of it is read, and past `maxConnections`
 * further connections are closed as soon as they are accepted.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../shared/logger.js';
import { matchRoute } from '../shared/route-match.js';
import type { Route } from '../shared/service-adapter.js';

export interface HttpLimits {
  /** From a request's first byte to its last (headers and body); past it the client gets 408. */
  requestTimeoutMs: number;
  /** How long a kept-alive connection may wait for its next request. */
  keepAliveTimeoutMs: number;
  /** No byte either way for this long while a request is open (e.g. a client not reading our answer). */
  idleTimeoutMs: number;
  /** Connections open at once; past this, new ones are closed on accept. */
  maxConnections: number;
  /** A declared Content-Length above this gets 413, for routes that set no limit of their own. */
  maxBodyBytes: number;
}

/**
 * Slack and Discord send a whole request in milliseconds; ten seconds leaves room for a slow proxy.
 * Keep-alive outlives the 60 s idle timeout of common proxies and load balancers (nginx upstream
 * keep-alive, AWS ALB): when the proxy closes first, it never sends a request on a connection we
 * have just closed (which it would answer with 502).
 */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 65_000,
  idleTimeoutMs: 30_000,
  maxConnections: 4_096,
  maxBodyBytes: 1024 * 1024,
};

/**
 * Node checks request and header timeouts on a timer, every 30 s unless told otherwise, so a 10 s
 * limit could let a request run for 40 s. Checking every second keeps the limit close to its value;
 * each check walks a list of the open connections, which costs little.
 */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

export interface HttpServerOptions {
  routes: readonly Route[];
  logger: Logger;
  /** Answered before any routing; must not throw. */
  healthPath?: string;
  limits?: Partial<HttpLimits>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

// The liveness answer is the same bytes every time: built once, so a probe during a flood costs
// a header write and nothing else.
const HEALTH_BODY = Buffer.from(JSON.stringify({ status: 'ok' }));
const HEALTH_HEADERS = [
  'content-type',
  'application/json; charset=utf-8',
  'content-length',
  String(HEALTH_BODY.length),
];

/** The declared body size, or undefined when there is none (chunked) or it is not plain digits. */
function declaredLength(request: IncomingMessage): number | undefined {
  const header = request.headers['content-length'];
  if (header === undefined || !/^\d{1,16}$/.test(header)) return undefined;
  return Number.parseInt(header, 10);
}

export function createHttpServer({ routes, logger, healthPath, limits = {} }: HttpServerOptions): Server {
  const settings = { ...DEFAULT_HTTP_LIMITS, ...limits };

  const server = createServer(
    {
      requestTimeout: settings.requestTimeoutMs,
      // The whole request has one limit; the headers are part of it.
      headersTimeout: settings.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_INTERVAL_MS, settings.requestTimeoutMs),
    },
    (request: IncomingMessage, response: ServerResponse) => {
      if (request.url === healthPath && request.method === 'GET') {
        response.writeHead(200, HEALTH_HEADERS);
        response.end(HEALTH_BODY);
        return;
      }
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      // Exact paths (/slack/events) first, then the longest prefix (the web pages' /ports/…).
      const match = matchRoute(routes, request.method ?? 'GET', path);
      if (match.kind === 'none') return sendJson(response, 404, { error: 'not_found' });
      if (match.kind === 'wrong-method') {
        response.setHeader('allow', match.allow.join(', '));
        return sendJson(response, 405, { error: 'method_not_allowed' });
      }
      const { route } = match;
      const declared = declaredLength(request);
      if (declared !== undefined && declared > (route.maxBodyBytes ?? settings.maxBodyBytes)) {
        // Answer without reading the body, and close: draining it would cost what the limit saves.
        response.shouldKeepAlive = false;
        return sendJson(response, 413, { error: 'body_too_large' });
      }
      Promise.resolve()
        .then(() => route.handler(request, response))
        .catch((error: unknown) => {
          logger.error({ err: error, path }, 'route handler failed');
          if (!response.headersSent) sendJson(response, 500, { error: 'internal_error' });
          else response.end();
        });
    },
  );
  server.keepAliveTimeout = settings.keepAliveTimeoutMs;
  server.timeout = settings.idleTimeoutMs;
  server.maxConnections = settings.maxConnections;
  return server;
}

export { sendJson };
