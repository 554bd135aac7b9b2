/**
 * The service's one HTTP server. Adapters contribute routes (Slack's events endpoint, Discord's
 * interactions endpoint); the server adds health checks. Unknown paths get 404, wrong methods 405.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../shared/logger.js';
import type { Route } from '../shared/service-adapter.js';

export interface HttpServerOptions {
  routes: readonly Route[];
  logger: Logger;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function createHttpServer({ routes, logger }: HttpServerOptions): Server {
  const byPath = new Map<string, Route[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);

  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const candidates = byPath.get(path);
    if (!candidates) return sendJson(response, 404, { error: 'not_found' });
    const route = candidates.find((candidate) => candidate.method === request.method);
    if (!route) {
      response.setHeader('allow', candidates.map((candidate) => candidate.method).join(', '));
      return sendJson(response, 405, { error: 'method_not_allowed' });
    }
    Promise.resolve()
      .then(() => route.handler(request, response))
      .catch((error: unknown) => {
        logger.error({ err: error, path }, 'route handler failed');
        if (!response.headersSent) sendJson(response, 500, { error: 'internal_error' });
        else response.end();
      });
  });
}

export { sendJson };
