/**
 * The one portbot service: every configured chat adapter on one HTTP server, with health checks
 * and an orderly start and stop. The entry point (main.ts) reads the environment and signals;
 * everything here takes its config and dependencies as parameters, so tests run it in-process.
 */
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../shared/logger.js';
import type { Route, ServiceAdapter } from '../shared/service-adapter.js';
import { createHttpServer, sendJson } from './http-server.js';

/** The service's own paths; probes and manifests import these rather than repeat them. */
export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

export interface ServiceOptions {
  host: string;
  port: number;
  adapters: readonly ServiceAdapter[];
  logger: Logger;
  /** Extra routes owned by the service (metrics). */
  routes?: readonly Route[];
  /** Called when a route handler throws (counted in metrics); the server still answers 500. */
  onRouteError?: (path: string) => void;
}

export interface Service {
  readonly server: Server;
  readonly adapters: readonly ServiceAdapter[];
  /** Listens, then starts every adapter. Resolves with the bound address. */
  start(): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests finish, stops adapters. Idempotent. */
  stop(): Promise<void>;
  ready(): boolean;
}

export function createService(options: ServiceOptions): Service {
  const { adapters, logger } = options;
  let started = false;
  const ready = () => started && adapters.every((adapter) => adapter.ready());
  const healthRoutes: Route[] = [
    { method: 'GET', path: HEALTH_PATH, handler: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: READY_PATH,
      handler: (_req, res) =>
        sendJson(res, ready() ? 200 : 503, {
          status: ready() ? 'ready' : 'starting',
          adapters: Object.fromEntries(adapters.map((adapter) => [adapter.name, adapter.ready()])),
        }),
    },
  ];
  const routes = [
    ...healthRoutes,
    ...(options.routes ?? []),
    ...adapters.flatMap((adapter) => adapter.routes),
  ];
  const server = createHttpServer({ routes: routes.map((route) => reportErrors(route, options)), logger });
  let stopping: Promise<void> | undefined;
  const inFlight = trackResponses(server, () => stopping !== undefined);

  return {
    server,
    adapters,
    ready,
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      logger.info({ host: address.address, port: address.port }, 'listening');
      for (const adapter of adapters) {
        await adapter.start();
        logger.info({ adapter: adapter.name }, 'adapter started');
      }
      started = true;
      return address;
    },
    stop() {
      stopping ??= (async () => {
        started = false;
        // Stop accepting first; requests already received keep running until they answer.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const response of inFlight) closeAfterAnswer(response);
        server.closeIdleConnections();
        await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
        await closed;
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}

/** Wraps a route so that a handler that throws is reported before the server answers 500. */
function reportErrors(route: Route, options: ServiceOptions): Route {
  const { onRouteError } = options;
  if (!onRouteError) return route;
  return {
    ...route,
    handler: async (request, response) => {
      try {
        await route.handler(request, response);
      } catch (error) {
        onRouteError(route.path);
        throw error;
      }
    },
  };
}

/**
 * Tracks responses not yet finished, so that stopping can let each one answer and then close its
 * connection. Without this a keep-alive connection that just answered would hold `server.close()`
 * open until its idle timeout (5 s), eating half of the 10 s a container gets to stop.
 */
function trackResponses(server: Server, isStopping: () => boolean): Set<ServerResponse> {
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_request, response: ServerResponse) => {
    if (isStopping()) closeAfterAnswer(response);
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    response.once('finish', () => {
      // The connection becomes idle just after 'finish'; close it then if the service is stopping.
      if (isStopping()) setImmediate(() => server.closeIdleConnections());
    });
  });
  return inFlight;
}

/** Asks the client not to reuse the connection (when the headers are still unsent). */
function closeAfterAnswer(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('connection', 'close');
}
