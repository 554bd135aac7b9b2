/**
 * `npm start`: the service entry point. Reads the environment once, refuses to start with a clear
 * message when it is wrong, and stops gracefully on SIGTERM/SIGINT.
 */
import { createDiscordAdapter } from '../discord/adapter.js';
import { createLogger } from '../shared/logger.js';
import type { AdapterDeps, ServiceAdapter } from '../shared/service-adapter.js';
import { createSlackAdapter } from '../slack/adapter.js';
import { NOTHING_CONFIGURED_MESSAGE, readServiceConfig } from './config.js';
import { createRegistryRefresher } from './registry-refresh.js';
import { createService } from './service.js';

const STOP_DEADLINE_MS = 10_000;

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
  // The imported IANA registry when one is cached (else the embedded data); a refresh swaps it.
  const registry = createRegistryRefresher({ settings: config.registry, logger });
  const deps: AdapterDeps = {
    knowledge: () => registry.knowledge(),
    logger,
  };
  deps.knowledge().names();
  const adapters: ServiceAdapter[] = [];
  if (config.slack) adapters.push(createSlackAdapter(config.slack, deps));
  if (config.discord) adapters.push(createDiscordAdapter(config.discord, deps));
  const service = createService({ host: config.host, port: config.port, adapters, logger });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    registry.stop();
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    service.stop().then(
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
    await service.stop();
    process.exitCode = 1;
  }
}

await main();
