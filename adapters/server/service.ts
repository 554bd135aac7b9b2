/**
 * The one portbot service: every configured chat adapter on one HTTP server, with health checks
 * and an orderly start and stop. The entry point (main.ts) reads the environment and signals;
 * everything here takes its config and dependencies as parameters, so tests run it in-process.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../shared/logger.js';
import type { Route, ServiceAdapter } from '../shared/service-adapter.js';
import { createHttpServer, sendJson } from './http-server.js';

export interface ServiceOptions {
  host: string;
  port: number;
  adapters: readonly ServiceAdapter[];
  logger: Logger;
  /** Extra routes owned by the service (metrics). */
  routes?: readonly Route[];
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
    { method: 'GET', path: '/healthz', handler: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/readyz',
      handler: (_req, res) =>
        sendJson(res, ready() ? 200 : 503, {
          status: ready() ? 'ready' : 'starting',
          adapters: Object.fromEntries(adapters.map((adapter) => [adapter.name, adapter.ready()])),
        }),
    },
  ];
  const server = createHttpServer({
    routes: [...healthRoutes, ...(options.routes ?? []), ...adapters.flatMap((adapter) => adapter.routes)],
    logger,
  });
  let stopping: Promise<void> | undefined;

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
        server.closeIdleConnections();
        await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
        await closed;
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}
