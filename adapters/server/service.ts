/**
 * The one portbot service: every configured chat adapter on one HTTP server, with health checks
 * and an orderly start and stop. The entry point (main.ts) reads the environment and signals;
 * everything here takes its config and dependencies as parameters, so tests run it in-process.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from '../shared/logger.js';
import type { Route, ServiceAdapter } from '../shared/service-adapter.js';
import { createHttpServer, type HttpLimits, sendJson } from './http-server.js';

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
  /** Timeouts, the connection cap and the body limit (defaults: DEFAULT_HTTP_LIMITS). */
  limits?: Partial<HttpLimits>;
  /**
   * How long stopping waits for clients that have not finished sending a request (or sit idle)
   * before closing their connections. Answers already being worked on are not cut. Default 5 s.
   */
  stopGraceMs?: number;
  /**
   * Whether the team's database answers, for `/readyz`'s `database` field; `undefined` while the
   * service does not use one. It never makes the service unready: every replica shares the
   * database, so an outage must not take them all out of the load balancer (answers go on
   * without notes).
   */
  database?: () => Promise<'up' | 'down' | undefined>;
}

const DEFAULT_STOP_GRACE_MS = 5_000;

export interface Service {
  readonly server: Server;
  readonly adapters: readonly ServiceAdapter[];
  /** Listens, then starts every adapter. Resolves with the bound address. */
  start(): Promise<AddressInfo>;
  /**
   * Stops accepting, lets in-flight requests finish, stops adapters; after the grace period closes
   * connections with no answer in flight (a client still sending, or idle). Idempotent.
   */
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
      handler: async (_req, res) => {
        const database = await options.database?.().catch(() => 'down' as const);
        const isReady = ready();
        sendJson(res, isReady ? 200 : 503, {
          status: isReady ? 'ready' : 'starting',
          adapters: Object.fromEntries(adapters.map((adapter) => [adapter.name, adapter.ready()])),
          ...(database ? { database } : {}),
        });
      },
    },
  ];
  const routes = [
    ...healthRoutes,
    ...(options.routes ?? []),
    ...adapters.flatMap((adapter) => adapter.routes),
  ];
  const server = createHttpServer({
    routes: routes.map((route) => reportErrors(route, options)),
    logger,
    healthPath: HEALTH_PATH,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  let stopping: Promise<void> | undefined;
  const exchanges = trackExchanges(server, () => stopping !== undefined);

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
        for (const { response } of exchanges.current.values()) closeAfterAnswer(response);
        server.closeIdleConnections();
        // A client that never finishes its request would hold server.close() open until the
        // request timeout, and a slow one past the time a container gets to stop.
        const grace = setTimeout(() => {
          const cut = exchanges.closeUnanswered();
          if (cut > 0) logger.info({ connections: cut }, 'closed connections with no answer in flight');
        }, options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS);
        await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
        await closed;
        clearTimeout(grace);
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

interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
}

interface Exchanges {
  /** Each open connection's request being answered, if any. */
  readonly current: ReadonlyMap<Socket, Exchange>;
  /**
   * Closes every connection without an answer in flight: idle, still sending headers, or still
   * sending its body. A connection whose request has fully arrived is left to finish its answer.
   * Returns how many were closed.
   */
  closeUnanswered(): number;
}

/**
 * Tracks connections and the request each one is answering, so that stopping can let each answer
 * finish and then close its connection. Without this a keep-alive connection that just answered
 * would hold `server.close()` open until its idle timeout, eating the time a container gets to stop.
 */
function trackExchanges(server: Server, isStopping: () => boolean): Exchanges {
  const sockets = new Set<Socket>();
  const current = new Map<Socket, Exchange>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      current.delete(socket);
    });
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (isStopping()) closeAfterAnswer(response);
    const { socket } = request;
    current.set(socket, { request, response });
    response.once('close', () => {
      if (current.get(socket)?.response === response) current.delete(socket);
    });
    response.once('finish', () => {
      // The connection becomes idle just after 'finish'; close it then if the service is stopping.
      if (isStopping()) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    current,
    closeUnanswered() {
      let closed = 0;
      for (const socket of sockets) {
        const exchange = current.get(socket);
        if (exchange?.request.complete && !exchange.response.writableFinished) continue;
        socket.destroy();
        closed++;
      }
      return closed;
    },
  };
}

/** Asks the client not to reuse the connection (when the headers are still unsent). */
function closeAfterAnswer(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('connection', 'close');
}
