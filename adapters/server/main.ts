/**
 * `npm start`: the service entry point. Reads the environment once, refuses to start with a clear
 * message when it is wrong, and stops gracefully on SIGTERM/SIGINT.
 */
import { createLogger } from '../shared/logger.js';
import { composeService } from './compose.js';
import { NOTHING_CONFIGURED_MESSAGE, readServiceConfig } from './config.js';

// Set by the build (scripts/build.mjs); undefined when run from source.
declare const PORTBOT_VERSION: string | undefined;
const version = typeof PORTBOT_VERSION === 'string' ? PORTBOT_VERSION : 'dev';

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
  const composed = composeService(config, { logger, version });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    composed.stop().then(
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
    await composed.start();
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    await composed.stop();
    process.exitCode = 1;
  }
}

await main();
