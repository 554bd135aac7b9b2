/**
 * Runs the real service in-process: `createService` with the real Slack adapter, on 127.0.0.1 and
 * a free port, talking to stand-ins through SLACK_API_URL. Logs are captured as parsed JSON lines.
 */
import { createService, type Service } from '../../../adapters/server/service.js';
import { createLogger } from '../../../adapters/shared/logger.js';
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

export async function startSlackService(
  env: Record<string, string>,
  options: SlackAdapterOptions = {},
  deps: Partial<AdapterDeps> = {},
): Promise<RunningSlackService> {
  const logs: LogLine[] = [];
  const logger = createLogger('debug', {
    write: (line: string) => void logs.push(JSON.parse(line) as LogLine),
  });
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
  const address = await service.start().catch(async (error: unknown) => {
    await service.stop();
    throw error;
  });
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    baseUrl,
    eventsUrl: `${baseUrl}/slack/events`,
    service,
    adapter,
    logs,
    stop: () => service.stop(),
  };
}
