/**
 * Runs the real service in-process: `createService` with the real Slack adapter, on 127.0.0.1 and
 * a free port, talking to stand-ins through SLACK_API_URL. Logs are captured as parsed JSON lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeService } from '../../../adapters/server/compose.js';
import { readServiceConfig } from '../../../adapters/server/config.js';
import { METRICS_PATH } from '../../../adapters/server/metrics.js';
import { createService, type Service } from '../../../adapters/server/service.js';
import { createLogger, type Logger, type LogLevel } from '../../../adapters/shared/logger.js';
import type { AdapterDeps, ServiceAdapter } from '../../../adapters/shared/service-adapter.js';
import { createSlackAdapter, type SlackAdapterOptions } from '../../../adapters/slack/adapter.js';
import { readSlackConfig } from '../../../adapters/slack/config.js';
import { testKnowledge } from '../knowledge.js';

export type LogLine = Record<string, unknown> & { level: number; msg?: string };

export interface RunningSlackService {
  baseUrl: string;
  eventsUrl: string;
  service: Service;
  adapter: ServiceAdapter;
  logs: LogLine[];
  /** The same lines as written, unparsed. */
  rawLogs: string[];
  stop(): Promise<void>;
}

/** No retries, and no long waits: a scripted 5xx or 429 must not hold a test for long. */
export const TEST_ADAPTER_OPTIONS: SlackAdapterOptions = {
  retryConfig: { retries: 0 },
  connectRetryConfig: { retries: 0 },
  rateLimit: { attempts: 2, maxWaitSeconds: 2 },
  startTimeoutMs: 10_000,
  stopTimeoutMs: 2000,
};

export interface ServiceOptions {
  /** The service's log level (default debug, so that tests see every line). */
  logLevel?: LogLevel;
}

function captureLogs(level: LogLevel): { logger: Logger; logs: LogLine[]; rawLogs: string[] } {
  const logs: LogLine[] = [];
  const rawLogs: string[] = [];
  const logger = createLogger(level, {
    write: (line: string) => {
      rawLogs.push(line);
      logs.push(JSON.parse(line) as LogLine);
    },
  });
  return { logger, logs, rawLogs };
}

async function listen(service: Service): Promise<string> {
  const address = await service.start().catch(async (error: unknown) => {
    await service.stop();
    throw error;
  });
  return `http://127.0.0.1:${address.port}`;
}

export async function startSlackService(
  env: Record<string, string>,
  options: SlackAdapterOptions = {},
  deps: Partial<AdapterDeps> = {},
  serviceOptions: ServiceOptions = {},
): Promise<RunningSlackService> {
  const { logger, logs, rawLogs } = captureLogs(serviceOptions.logLevel ?? 'debug');
  const read = readSlackConfig(env);
  if (read.status !== 'on') throw new Error(`test config is ${read.status}: ${JSON.stringify(read)}`);
  const adapter = createSlackAdapter(
    read.config,
    { knowledge: testKnowledge, logger, ...deps },
    {
      ...TEST_ADAPTER_OPTIONS,
      ...options,
    },
  );
  const service = createService({ host: '127.0.0.1', port: 0, adapters: [adapter], logger });
  const baseUrl = await listen(service);
  return {
    baseUrl,
    eventsUrl: `${baseUrl}/slack/events`,
    service,
    adapter,
    logs,
    rawLogs,
    stop: () => service.stop(),
  };
}

/**
 * The service composed from its environment exactly as `npm start` composes it (composeService in
 * adapters/server/compose.ts): config, replica state, metrics, the Slack adapter. Only the
 * knowledge is the tests' (no registry download) and the bind is loopback.
 */
export async function startSlackServiceFromEnv(
  env: Record<string, string>,
  options: SlackAdapterOptions = {},
): Promise<RunningSlackService & { metricsUrl: string }> {
  // Answers read the team's notes: without a database named, one of the test's own, never the
  // user's data folder.
  const own = env.PORTBOT_DB || env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'portbot-slack-'));
  const read = readServiceConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    ...(own ? { PORTBOT_DB: join(own, 'portbot.db') } : {}),
    ...env,
  });
  if (!read.ok) throw new Error(`test config is invalid: ${read.problems.join('; ')}`);
  const { config } = read;
  if (!config.slack) throw new Error('test config has no Slack');
  const { logger, logs, rawLogs } = captureLogs(config.logLevel);
  const composed = await composeService(config, {
    logger,
    knowledge: testKnowledge,
    slack: { ...TEST_ADAPTER_OPTIONS, ...options },
  });
  const { service } = composed;
  const adapter = composed.adapters[0];
  if (!adapter) throw new Error('no Slack adapter was composed');
  const baseUrl = await listen(service);
  return {
    baseUrl,
    eventsUrl: `${baseUrl}/slack/events`,
    metricsUrl: `${baseUrl}${METRICS_PATH}`,
    service,
    adapter,
    logs,
    rawLogs,
    stop: () =>
      composed.stop().finally(() => {
        if (own) rmSync(own, { recursive: true, force: true });
      }),
  };
}
