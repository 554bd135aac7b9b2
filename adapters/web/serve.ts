/**
 * An HTTP server for the web adapter alone (`npm run web`): every request goes to the adapter,
 * which answers unknown paths with its own 404 page. A handler that throws gets a plain 500,
 * never a stack trace.
 */
import { createServer, type Server } from 'node:http';
import type { Logger } from '../shared/logger.js';
import type { WebAdapter } from './adapter.js';
import { SECURITY_HEADERS } from './http.js';

export function createWebServer(adapter: WebAdapter, logger: Logger): Server {
  const server = createServer((request, response) => {
    adapter.handle(request, response).catch((error: unknown) => {
      logger.error({ err: error, path: request.url?.split('?')[0] }, 'web request failed');
      if (!response.headersSent) {
        response.writeHead(500, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        response.end('Something went wrong on our side. Please try again.');
      } else response.end();
    });
  });
  // Slow clients must not hold sockets for long: pages are small and answered at once.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;
  return server;
}
