/**
 * Starts the real web adapter on 127.0.0.1 with a real (in-memory SQLite) team store, for the
 * HTTP and browser tests. Nothing is mocked: the same adapter and server `npm run web` runs.
 */
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { createLogger } from '../../adapters/shared/logger.js';
import { openStore, type Store } from '../../adapters/store/open-store.js';
import { createWebAdapter, type WebAdapterConfig } from '../../adapters/web/adapter.js';
import { createWebServer } from '../../adapters/web/serve.js';
import { testKnowledge } from '../support/knowledge.js';

export const TEST_SECRET = 'a-test-secret-that-is-long-enough-0123456789';

export interface RunningWeb {
  origin: string;
  store: Store;
  close(): Promise<void>;
}

export async function startWeb(
  config: Partial<WebAdapterConfig> = {},
  options: { metrics?: Registry } = {},
): Promise<RunningWeb> {
  const store = await openStore({ sqlitePath: ':memory:' });
  const logger = createLogger('silent');
  const adapter = createWebAdapter(
    { secret: TEST_SECRET, trustProxy: 0, corsOrigins: [], feedback: true, ...config },
    {
      knowledge: testKnowledge,
      logger,
      feedbackStore: store.feedback,
      ...(options.metrics ? { metrics: options.metrics } : {}),
    },
  );
  await adapter.start();
  const server = createWebServer(adapter, logger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await adapter.stop();
      await store.close();
    },
  };
}
