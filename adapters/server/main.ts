/**
 * `npm start`: the service entry point. Reads the environment once, refuses to start with a clear
 * message when it is wrong, and stops gracefully on SIGTERM/SIGINT.
 */
import { createDiscordAdapter } from '../discord/adapter.js';
import { createLogger } from '../shared/logger.js';
import type { AdapterDeps, ServiceAdapter } from '../shared/service-adapter.js';
import { createSlackAdapter } from '../slack/adapter.js';
import { NOTHING_CONFIGURED_MESSAGE, readServiceConfig } from './config.js';
import { createMetrics } from './metrics.js';
import { createRegistryRefresher } from './registry-refresh.js';
import { createReplicaState } from './replica-state.js';
import { createService } from './service.js';

// Below the 10 s that `docker stop` and Kubernetes' shortest useful grace period allow before
// SIGKILL, so that a stuck shutdown still ends with our own log line and exit code.
const STOP_DEADLINE_MS = 8_000;

async function main(): Promise<void> {
  const read = readServiceConfig(process.env);
  if (!read.ok) {
    if (read.nothingConfigured && read.problems.length === 0) console.error(NOTHING_CONFIGURED_MESSAGE);
    else
      console.error(
        `portbot: the configuration has problems:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    process.exitCode = 1;
    return;
  }
  const { config } = read;
  const logger = createLogger(config.logLevel);
  const replicas = createReplicaState(config, logger);
  const adapters: ServiceAdapter[] = [];
  const metrics = createMetrics({
    adapters: [...(config.slack ? ['slack'] : []), ...(config.discord ? ['discord'] : [])],
    // Read at each scrape, so the adapters created below are included.
    connections: () => [
      ...(replicas.connection ? [replicas.connection] : []),
      ...adapters.map((adapter) => ({ name: adapter.name, ready: () => adapter.ready() })),
    ],
  });
  // The imported IANA registry when one is cached (else the embedded data); a refresh swaps it.
  const registry = createRegistryRefresher({ settings: config.registry, logger });
  const deps: AdapterDeps = {
    knowledge: () => registry.knowledge(),
    logger,
    answers: metrics.answers,
    rateLimiter: replicas.rateLimiter,
    dedupe: replicas.dedupe,
  };
  deps.knowledge().names();
  if (config.slack) adapters.push(createSlackAdapter(config.slack, deps, { dedupe: replicas.dedupe }));
  if (config.discord) adapters.push(createDiscordAdapter(config.discord, deps));
  const service = createService({
    host: config.host,
    port: config.port,
    adapters,
    logger,
    routes: [metrics.route],
    onRouteError: () => metrics.recordError('http'),
  });
  // Redis closes last: answers still in flight while the service stops may need it.
  const stopAll = () => service.stop().finally(() => replicas.close());

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    registry.stop();
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    stopAll().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  try {
    await service.start();
    registry.start();
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    await stopAll();
    process.exitCode = 1;
  }
}

await main();
