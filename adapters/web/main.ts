/**
 * `npm run web`: the answer pages alone, without any chat platform. Reads `.env` from the working
 * directory (the environment wins), refuses to start with every bad variable listed, opens the
 * team's store for the feedback form (FEEDBACK=off skips it), and stops cleanly on SIGTERM/SIGINT.
 */
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { createKnowledge, type Knowledge } from '../../src/index.js';
import { readEnvFile } from '../shared/env-file.js';
import { createLogger, LOG_LEVELS, type LogLevel } from '../shared/logger.js';
import { readCachedRegistry, resolveDataDir } from '../shared/registry/index.js';
import { defaultDatabasePath } from '../store/database-path.js';
import { openStore, type Store } from '../store/open-store.js';
import { createWebAdapter } from './adapter.js';
import { readWebConfig } from './config.js';
import { createWebServer } from './serve.js';

const STOP_DEADLINE_MS = 8_000;

async function main(): Promise<void> {
  const environment = readEnvFile(process.env);
  if (!environment.ok) {
    console.error(`portbot web: ${environment.problem}`);
    process.exitCode = 1;
    return;
  }
  const env = environment.merge?.env ?? process.env;
  const read = readWebConfig(env);
  if (!read.ok) {
    console.error(
      `portbot web: the configuration has problems:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exitCode = 1;
    return;
  }
  const { config } = read;
  const level = (LOG_LEVELS as readonly string[]).includes(env.LOG_LEVEL ?? '')
    ? (env.LOG_LEVEL as LogLevel)
    : 'info';
  const logger = createLogger(level);
  if (environment.merge)
    logger.info({ path: environment.path, variables: environment.merge.taken.length }, 'read .env');

  let secret = config.secret;
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    logger.warn('WEB_SECRET is not set: using a random one, so feedback forms work on this process only');
  }

  const cached = readCachedRegistry(resolveDataDir(env));
  if (cached.status === 'corrupt')
    logger.warn({ file: cached.file, reason: cached.reason }, 'ignoring the cached registry');
  const knowledge: Knowledge = createKnowledge(cached.status === 'ok' ? { registry: cached.registry } : {});

  let store: Store | undefined;
  if (config.feedback) {
    try {
      store = await openStore(
        config.databaseUrl
          ? { databaseUrl: config.databaseUrl }
          : { sqlitePath: config.sqlitePath ?? defaultDatabasePath(env, homedir()) },
      );
    } catch (error) {
      logger.error(
        { err: error },
        'could not open the feedback store; serving pages without the feedback form',
      );
    }
  }

  const adapter = createWebAdapter(
    {
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      secret,
      trustProxy: config.trustProxy,
      corsOrigins: config.corsOrigins,
      feedback: config.feedback && store !== undefined,
    },
    { knowledge: () => knowledge, logger, ...(store ? { feedbackStore: store.feedback } : {}) },
  );
  await adapter.start();
  const server = createWebServer(adapter, logger);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  logger.info({ host: config.host, port: config.port }, 'serving the answer pages');

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => process.exit(1), STOP_DEADLINE_MS);
    deadline.unref();
    server.close();
    server.closeIdleConnections();
    adapter
      .stop()
      .then(() => store?.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`portbot web: could not start: ${(error as Error).message}`);
  process.exitCode = 1;
});
