/**
 * Runs the real portbot service in-process with the Discord adapter, as `npm start` would, on a
 * free port on 127.0.0.1, and keeps its log lines for assertions.
 */
import { Writable } from 'node:stream';
import { createDiscordAdapter } from '../../../adapters/discord/adapter.js';
import type { DiscordConfig } from '../../../adapters/discord/config.js';
import { createService, type Service } from '../../../adapters/server/service.js';
import { createLogger } from '../../../adapters/shared/logger.js';
import type { AdapterDeps, ServiceAdapter } from '../../../adapters/shared/service-adapter.js';
import { createKnowledge, type Knowledge } from '../../../src/index.js';
import { IDS } from './payloads.js';

export interface RunningPortbot {
  service: Service;
  adapter: ServiceAdapter;
  /** "http://127.0.0.1:PORT" */
  baseUrl: string;
  /** Parsed JSON log lines, in order. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

let shared: Knowledge | undefined;
/** Built once per test file: building the knowledge is the slow part of starting. */
export function testKnowledge(): Knowledge {
  shared ??= createKnowledge();
  return shared;
}

export function discordConfig(overrides: Partial<DiscordConfig>): DiscordConfig {
  return {
    applicationId: IDS.application,
    token: null,
    publicKey: null,
    guildId: null,
    apiUrl: null,
    replies: 'public',
    ...overrides,
  };
}

/**
 * `extra`: the optional service dependencies (rate limiter, answer recorder, dedupe store), as
 * main.ts gives them.
 */
export async function startPortbot(
  config: DiscordConfig,
  extra: Pick<AdapterDeps, 'rateLimiter' | 'answers' | 'dedupe' | 'team' | 'workspaces'> = {},
): Promise<RunningPortbot> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger('debug', sink);
  const adapter = createDiscordAdapter(config, { knowledge: testKnowledge, logger, ...extra });
  const service = createService({ host: '127.0.0.1', port: 0, adapters: [adapter], logger });
  const address = await service.start().catch(async (error: unknown) => {
    // As `npm start` does: a failed start still closes what was opened.
    await service.stop();
    throw error;
  });
  return {
    service,
    adapter,
    baseUrl: `http://127.0.0.1:${address.port}`,
    logs,
    stop: () => service.stop(),
  };
}
