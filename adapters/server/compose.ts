/**
 * Builds the whole service from its config: replica state (Redis or memory), metrics, the
 * registry (cached import, refreshed on a schedule), every configured adapter, and the HTTP
 * server. main.ts calls it with the real environment; tests call it in-process.
 *
 * A platform's adapter is imported only when it is configured, so a Slack-only service never
 * loads discord.js and a Discord-only one never loads Bolt: each SDK costs tens of megabytes of
 * memory (BENCHMARKS.md, `npm run bench:memory`). The build keeps them in separate chunks.
 */
import { randomBytes } from 'node:crypto';
import { createKnowledge, type Knowledge, type KnownUse } from '../../src/index.js';
import { feedbackCounter } from '../shared/feedback-metric.js';
import type { Logger } from '../shared/logger.js';
import { createRegistryRefresher, type RegistryRefresher } from '../shared/registry/index.js';
import type { AdapterDeps, ServiceAdapter } from '../shared/service-adapter.js';
import { createTeam } from '../shared/team/team.js';
import type { SlackAdapterOptions } from '../slack/adapter.js';
import type { FeedbackStore } from '../store/feedback.js';
import type { Store } from '../store/open-store.js';
import { createWebAdapter } from '../web/adapter.js';
import type { ServiceConfig } from './config.js';
import { createMetrics } from './metrics.js';
import { createReplicaState } from './replica-state.js';
import { createService, type Service } from './service.js';

/** How long `/readyz` waits for the database before it says `down`. */
const DATABASE_PROBE_MS = 1_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export interface ComposeOptions {
  logger: Logger;
  /** The knowledge to answer with; by default the registry refresher's (cached IANA import or embedded). */
  knowledge?: () => Knowledge;
  /** Extra Slack adapter options (tests: retries, timeouts). */
  slack?: SlackAdapterOptions;
  /** The running version, for "about" answers (main.ts passes the one the build stamped). */
  version?: string;
  /** How long stopping waits for clients still sending a request (see ServiceOptions). */
  stopGraceMs?: number;
  /** The curated entries, when the build already validated them (main.ts); else read and validated here. */
  knownUses?: readonly KnownUse[];
}

export interface ComposedService {
  service: Service;
  adapters: readonly ServiceAdapter[];
  registry: RegistryRefresher;
  /** Starts the server, the adapters, then the registry schedule. */
  start(): Promise<void>;
  /** Stops the schedule and the service; Redis closes last, as answers in flight may need it. */
  stop(): Promise<void>;
}

export async function composeService(
  config: ServiceConfig,
  options: ComposeOptions,
): Promise<ComposedService> {
  const { logger } = options;
  const replicas = await createReplicaState(config, logger);
  const adapters: ServiceAdapter[] = [];
  const metrics = createMetrics({
    adapters: [...(config.slack ? ['slack'] : []), ...(config.discord ? ['discord'] : [])],
    // Read at each scrape, so the adapters created below are included.
    connections: () => [
      ...(replicas.connection ? [replicas.connection] : []),
      ...adapters.map((adapter) => ({ name: adapter.name, ready: () => adapter.ready() })),
    ],
  });
  const about = {
    version: options.version ?? 'unknown',
    ...(config.privacyUrl ? { privacyUrl: config.privacyUrl } : {}),
  };
  const registry = createRegistryRefresher({
    settings: config.registry,
    logger,
    buildKnowledge: (imported) =>
      createKnowledge({
        about,
        ...(options.knownUses ? { knownUses: options.knownUses } : {}),
        ...(imported ? { registry: imported } : {}),
      }),
  });
  // The team's store opens on first use (a note, a vote, a readiness probe), and again after a
  // failed open: a database that is down at start is used as soon as it comes back.
  let opening: Promise<Store> | undefined;
  const openOnce = () => {
    // Imported here too, so the store's code loads with the store; it loads only the configured
    // engine's driver (better-sqlite3 or pg).
    opening ??= import('../store/open-store.js')
      .then(({ openStore }) => openStore(config.database))
      .catch((error: unknown) => {
        opening = undefined;
        throw error;
      });
    return opening;
  };
  const team = createTeam({
    store: openOnce,
    settings: config.notes,
    feedbackCounter: feedbackCounter(metrics.registry),
    logger,
  });
  const deps: AdapterDeps = {
    knowledge: options.knowledge ?? (() => registry.knowledge()),
    logger,
    answers: metrics.answers,
    rateLimiter: replicas.rateLimiter,
    dedupe: replicas.dedupe,
    team,
    workspaces: async () => (await openOnce()).workspaces,
    defaultLang: config.defaultLang,
  };
  // Build the names index now rather than on the first question.
  deps.knowledge().names();
  if (config.slack) {
    const { loadSlackAdapter } = await import('../slack/load-adapter.js');
    const { createSlackAdapter } = await loadSlackAdapter(config.slack);
    adapters.push(
      createSlackAdapter(config.slack, deps, {
        dedupe: replicas.dedupe,
        ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
        ...options.slack,
      }),
    );
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('../discord/adapter.js');
    adapters.push(
      createDiscordAdapter(config.discord, deps, {
        ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
        defaultLang: config.defaultLang,
      }),
    );
  }
  const feedbackStore: Pick<FeedbackStore, 'vote'> = {
    vote: async (workspaceId, input) => (await openOnce()).feedback.vote(workspaceId, input),
  };
  if (config.web) {
    const web = config.web;
    if (!web.secret)
      logger.warn('WEB_SECRET is not set: using a random one, so feedback forms work on this replica only');
    adapters.push(
      createWebAdapter(
        {
          ...(web.publicUrl ? { publicUrl: web.publicUrl } : {}),
          secret: web.secret ?? randomBytes(32).toString('hex'),
          trustProxy: web.trustProxy,
          corsOrigins: web.corsOrigins,
          feedback: web.feedback,
        },
        { knowledge: deps.knowledge, logger, feedbackStore, metrics: metrics.registry },
      ),
    );
  }
  const service = createService({
    host: config.host,
    port: config.port,
    adapters,
    logger,
    routes: [metrics.route],
    onRouteError: () => metrics.recordError('http'),
    limits: config.http,
    database: async () => {
      const used = config.notes.enabled || config.web?.feedback === true || opening !== undefined;
      if (!used) return undefined;
      try {
        const store = await withDeadline(openOnce(), DATABASE_PROBE_MS);
        await withDeadline(store.ping(), DATABASE_PROBE_MS);
        return 'up';
      } catch {
        return 'down';
      }
    },
    ...(options.stopGraceMs === undefined ? {} : { stopGraceMs: options.stopGraceMs }),
  });
  service.server.on('drop', () => metrics.recordDroppedConnection());
  return {
    service,
    adapters,
    registry,
    async start() {
      await service.start();
      registry.start();
    },
    stop() {
      registry.stop();
      return service
        .stop()
        .finally(() => replicas.close())
        .finally(() => opening?.then((store) => store.close()).catch(() => {}));
    },
  };
}
