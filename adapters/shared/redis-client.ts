/**
 * The one Redis connection a service replica uses for what replicas must share (Slack event
 * dedupe, rate limits), from `REDIS_URL`. Every command is bounded in time: when Redis is slow or
 * away, callers get an error quickly and fall back (see redis-dedupe-store.ts, redis-rate-limiter.ts)
 * instead of holding an answer past the platform's 3-second deadline.
 */
import { Redis } from 'ioredis';
import type { Logger } from './logger.js';

export interface RedisClientOptions {
  /** Milliseconds one command may take before it fails. */
  commandTimeoutMs?: number;
}

export const REDIS_COMMAND_TIMEOUT_MS = 500;
const RECONNECT_MAX_DELAY_MS = 5_000;
const QUIT_TIMEOUT_MS = 1_000;

/**
 * Connects in the background and keeps reconnecting (with a bounded delay) for the life of the
 * process. Errors are logged once per outage, not once per reconnect attempt.
 * @example const redis = createRedisClient(config.redisUrl, logger);
 */
export function createRedisClient(url: string, logger: Logger, options: RedisClientOptions = {}): Redis {
  const client = new Redis(url, {
    connectionName: 'portbot',
    commandTimeout: options.commandTimeoutMs ?? REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 5_000,
    // One retry per command at most; reconnecting itself never gives up.
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, RECONNECT_MAX_DELAY_MS),
  });
  let down = false;
  client.on('ready', () => {
    if (down) logger.info('redis reconnected');
    down = false;
  });
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    // The message names host and port at most; the URL (and any password in it) is never logged.
    logger.warn({ err: { name: error.name, message: error.message } }, 'redis unavailable');
  });
  return client;
}

/** True while the connection can take commands. */
export function isRedisReady(client: Redis): boolean {
  return client.status === 'ready';
}

/** Closes politely (QUIT), or drops the connection if Redis does not answer in time. */
export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, QUIT_TIMEOUT_MS);
  });
  await Promise.race([
    client.quit().then(
      () => undefined,
      () => undefined,
    ),
    timeout,
  ]);
  clearTimeout(timer);
  client.disconnect();
}
