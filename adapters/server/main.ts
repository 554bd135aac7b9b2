/**
 * `npm start`: the service entry point. Reads the environment once (with `.env` from the working
 * directory when there is one), refuses to start with a clear message when it is wrong, and stops
 * gracefully on SIGTERM/SIGINT.
 */

import { flattenPrevalidatedKnownUses } from '../../src/index.js';
import { readEnvFile } from '../shared/env-file.js';
import { createLogger } from '../shared/logger.js';
import { composeService } from './compose.js';
import { NOTHING_CONFIGURED_MESSAGE, readServiceConfig } from './config.js';

// Both are set by the build (scripts/build.mjs); undefined when run from source.
declare const PORTBOT_VERSION: string | undefined;
declare const PORTBOT_PREVALIDATED_DATA: boolean | undefined;
const version = typeof PORTBOT_VERSION === 'string' ? PORTBOT_VERSION : 'dev';
// The build validated the curated data with its zod schemas; validating 1,400 entries again at
// every start costs time and leaves megabytes of garbage behind.
const prevalidated = typeof PORTBOT_PREVALIDATED_DATA === 'boolean' && PORTBOT_PREVALIDATED_DATA;

// Below the 10 s that `docker stop` and Kubernetes' shortest useful grace period allow before
// SIGKILL, so that a stuck shutdown still ends with our own log line and exit code.
const STOP_DEADLINE_MS = 8_000;
// Clients still sending a request (or idle) are cut here. Answers being worked on are not cut, and
// have 3 s more before the deadline: as long as Slack and Discord wait for an answer at all.
const STOP_GRACE_MS = 5_000;

async function main(): Promise<void> {
  const environment = readEnvFile(process.env);
  if (!environment.ok) {
    console.error(`portbot: ${environment.problem}`);
    process.exitCode = 1;
    return;
  }
  const { merge, path } = environment;
  const envFileLine = merge ? `portbot: read ${merge.taken.length} variables from ${path}` : undefined;
  const read = readServiceConfig(merge?.env ?? process.env);
  if (!read.ok) {
    // Which file was read matters when the problem is a value in it.
    if (envFileLine) console.error(envFileLine);
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
  if (merge) logger.info({ path, variables: merge.taken.length }, 'read .env');
  const composed = await composeService(config, {
    logger,
    version,
    stopGraceMs: STOP_GRACE_MS,
    ...(prevalidated ? { knownUses: flattenPrevalidatedKnownUses() } : {}),
  });

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
