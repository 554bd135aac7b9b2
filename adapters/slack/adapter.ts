/**
 * The Slack adapter: a Bolt app whose listeners turn slash commands, mentions, DMs, the message
 * shortcut and button clicks into core answers rendered as Block Kit. Every question goes through
 * the shared journey (adapters/shared/question-journey.ts): rate limit, reply cache, answer, send,
 * metric, log line and apology.
 *
 * Transport is kept apart from the listeners: in HTTP mode Bolt's HTTPReceiver is mounted on the
 * service's server as `POST /slack/events` (it never listens itself); in Socket Mode a
 * SocketModeReceiver holds the WebSocket and no route is served.
 */

import { createMemoryDedupeStore, type DedupeStore } from '../shared/event-dedupe.js';
import { createInFlight } from '../shared/in-flight.js';
import { createQuestionJourney } from '../shared/question-journey.js';
import type { AdapterDeps, Route, ServiceAdapter } from '../shared/service-adapter.js';
import { App, HTTPReceiver, SocketModeReceiver, webApi } from './bolt.js';
import { createBoltLogger } from './bolt-logger.js';
import type { SlackConfig } from './config.js';
import { createEventsRoute, REQUEST_BODY_LIMIT, SLACK_EVENTS_PATH } from './events-route.js';
import { registerActions } from './listeners/actions.js';
import { registerCommand } from './listeners/command.js';
import type { ListenerContext } from './listeners/context.js';
import { registerEventDedupe } from './listeners/dedupe.js';
import { registerEvents } from './listeners/events.js';
import { registerOpenLink } from './listeners/open-link.js';
import { registerShortcut } from './listeners/shortcut.js';
import { registerTeamActions } from './listeners/team-actions.js';
import { registerUninstallListeners } from './listeners/uninstall.js';
import {
  ANSWER_RETRY_POLICY,
  CONNECT_RETRY_POLICY,
  createClientOptions,
  DEFAULT_RATE_LIMIT_POLICY,
  type RateLimitPolicy,
  type RetryPolicy,
} from './web-api.js';

/** Knobs for tests and benchmarks; production uses the defaults. */
export interface SlackAdapterOptions {
  /** Web API retries for answers (default: a few, within 15 s). Tests pass none. */
  retryConfig?: RetryPolicy;
  /** Retries of Socket Mode's `apps.connections.open`. */
  connectRetryConfig?: RetryPolicy;
  /** How 429 Retry-After is honoured. */
  rateLimit?: RateLimitPolicy;
  dedupe?: DedupeStore;
  /** Socket Mode ping timeout; it is also the step of the reconnect back-off (default 5 s). */
  socketPingTimeoutMs?: number;
  /** How long `start()` waits for auth and, in Socket Mode, for the connection (default 60 s). */
  startTimeoutMs?: number;
  /** How long `stop()` lets answers in flight finish (default 5 s). */
  stopTimeoutMs?: number;
  /** Rendered replies kept for repeated questions (default 256; 0 turns the cache off). */
  replyCacheEntries?: number;
  /** Clock for the request-timestamp check. */
  now?: () => number;
  /** HTTP mode: how `auth.test` is retried while Slack cannot be reached at start. */
  authRetry?: AuthRetryPolicy;
  /** Largest request body read on /slack/events (default REQUEST_BODY_LIMIT). */
  bodyLimit?: number;
  /** The answer pages' origin (PUBLIC_URL): answers get "Open in browser"; absent, they do not. */
  publicUrl?: string;
}

/** Exponential back-off with jitter between attempts of `auth.test`, capped. */
export interface AuthRetryPolicy {
  /** The first wait (default 1 s); each next one doubles. */
  initialDelayMs: number;
  /** No wait is longer (default 60 s). */
  maxDelayMs: number;
}

/** Rendered replies kept for repeated questions. */
export const DEFAULT_REPLY_CACHE_ENTRIES = 256;

export const DEFAULT_AUTH_RETRY: AuthRetryPolicy = { initialDelayMs: 1000, maxDelayMs: 60_000 };

/**
 * The wait before retry number `attempt` (1, 2, …): the doubled delay, capped, then a random
 * point in its upper half so that replicas restarted together do not call Slack in step.
 * @example authRetryDelay(3, DEFAULT_AUTH_RETRY, () => 1) // 4000
 */
export function authRetryDelay(attempt: number, policy: AuthRetryPolicy, random = Math.random): number {
  const exponent = Math.min(Math.max(0, attempt - 1), 30);
  const capped = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** exponent);
  return Math.round(capped / 2 + (capped / 2) * random());
}

interface Transport {
  receiver: HTTPReceiver | SocketModeReceiver;
  routes: Route[];
}

/** HTTP mode: Bolt's receiver behind our route (timestamp, body limit, signature, replays). */
function createHttpTransport(
  config: Extract<SlackConfig, { mode: 'http' }>,
  context: ListenerContext,
  options: SlackAdapterOptions,
  authorized: () => boolean,
): Transport {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    logger: createBoltLogger(context.logger),
    processBeforeResponse: false,
    // The route (events-route.ts) has already checked every signed request with Bolt's own
    // verifySlackRequest, before the replay check; checking again here cost about a tenth of each
    // request (tsscmp draws random bytes and computes two more HMACs). Only ssl_check arrives
    // unsigned, and the route hands Bolt nothing of it but `ssl_check=1`.
    signatureVerification: false,
    bodyLimit: options.bodyLimit ?? REQUEST_BODY_LIMIT,
  });
  const now = options.now ?? Date.now;
  const route = createEventsRoute({
    receiver,
    signingSecret: config.signingSecret,
    dedupe: context.dedupe,
    logger: context.logger,
    now,
    ready: authorized,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
  });
  return { receiver, routes: [route] };
}

/** Socket Mode: a WebSocket to Slack, no route; its own WebClient opens the connection. */
function createSocketTransport(
  config: Extract<SlackConfig, { mode: 'socket' }>,
  context: ListenerContext,
  options: SlackAdapterOptions,
): Transport {
  const receiver = new SocketModeReceiver({
    appToken: config.appToken,
    logger: createBoltLogger(context.logger),
    ...(options.socketPingTimeoutMs ? { clientPingTimeout: options.socketPingTimeoutMs } : {}),
    // The receiver's WebClient (apps.connections.open) reads its options from here.
    installerOptions: {
      clientOptions: createClientOptions(config.apiUrl, options.connectRetryConfig ?? CONNECT_RETRY_POLICY),
    },
  });
  return { receiver, routes: [] };
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Slack answered auth.test and said no (invalid_auth, not_authed, …): retrying cannot help. */
function isRefusal(error: unknown): error is webApi.WebAPIPlatformError {
  return (error as { code?: unknown }).code === webApi.ErrorCode.PlatformError;
}

/** A refused token and an unreachable Slack call for different fixes: say which it was. */
function describeAuthFailure(error: unknown): Error {
  const refused = isRefusal(error);
  const reason = refused
    ? (error as webApi.WebAPIPlatformError).data.error
    : error instanceof Error
      ? error.message
      : String(error);
  const message = refused
    ? `Slack did not accept SLACK_BOT_TOKEN (auth.test: ${reason})`
    : `could not check SLACK_BOT_TOKEN with Slack's auth.test (${reason})`;
  return new Error(message, { cause: error });
}

/**
 * @example
 * const slack = createSlackAdapter(config, { knowledge, logger });
 * createService({ host, port, adapters: [slack], logger });
 */
export function createSlackAdapter(
  config: SlackConfig,
  deps: AdapterDeps,
  options: SlackAdapterOptions = {},
): ServiceAdapter {
  const logger = deps.logger.child({ adapter: 'slack', mode: config.mode });
  const inFlight = createInFlight();
  const context: ListenerContext = {
    knowledge: deps.knowledge,
    logger,
    command: config.command,
    dedupe: options.dedupe ?? deps.dedupe ?? createMemoryDedupeStore(),
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT_POLICY,
    present: options.publicUrl ? { actions: { publicUrl: options.publicUrl } } : {},
    team: deps.team,
    defaultLang: deps.defaultLang ?? 'en',
    handleQuestion: createQuestionJourney({
      platform: 'slack',
      logger,
      knowledge: deps.knowledge,
      answers: deps.answers,
      rateLimiter: deps.rateLimiter,
      replyCacheEntries: options.replyCacheEntries ?? DEFAULT_REPLY_CACHE_ENTRIES,
    }),
  };
  let ready = false;
  // Bolt can dispatch once auth.test has succeeded; unlike `ready`, this stays true while stopping.
  let authorized = false;
  const transport =
    config.mode === 'http'
      ? createHttpTransport(config, context, options, () => authorized)
      : createSocketTransport(config, context, options);
  const boltLogger = createBoltLogger(logger);
  const app = new App({
    receiver: transport.receiver,
    token: config.botToken,
    // auth.test runs in start(), where a failure is reported, not in the constructor.
    deferInitialization: true,
    logger: boltLogger,
    logLevel: boltLogger.getLevel(),
    clientOptions: createClientOptions(config.apiUrl, options.retryConfig ?? ANSWER_RETRY_POLICY),
    convoStore: false,
  });
  app.use(async ({ next, body }) => {
    try {
      await inFlight.run(next);
    } finally {
      // One line per dispatched request once its listeners are done: what tests wait for before
      // checking that nothing more was sent.
      logger.debug({ eventId: (body as { event_id?: unknown }).event_id }, 'slack request handled');
    }
  });
  registerEventDedupe(app, context);
  registerCommand(app, context);
  registerEvents(app, context);
  registerActions(app, context);
  registerOpenLink(app);
  registerShortcut(app, context);
  if (deps.team) registerTeamActions(app, context, deps.team);
  if (deps.workspaces) registerUninstallListeners(app, { workspaces: deps.workspaces, logger });
  app.error(async (error) => {
    logger.error({ err: error, via: 'bolt' }, 'could not answer');
  });

  let started = false;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;
  const socket = transport.receiver instanceof SocketModeReceiver ? transport.receiver : undefined;
  socket?.client.on('connected', () => {
    ready = true;
  });
  for (const state of ['disconnecting', 'disconnected', 'reconnecting'])
    socket?.client.on(state, () => {
      ready = false;
    });

  const timeout = options.startTimeoutMs ?? 60_000;
  const checkToken = async () => {
    await withDeadline(app.init(), timeout, 'Slack auth.test');
    authorized = true;
  };
  const becomeReady = () => {
    ready = true;
    logger.info({ command: config.command }, 'Slack adapter ready');
  };

  /**
   * HTTP mode while Slack cannot be reached: the service stays up and not ready (GET /readyz
   * answers 503) and auth.test is tried again after a growing, jittered wait, until it succeeds,
   * Slack refuses the token, or the adapter stops. A crash loop would only add load to an outage.
   */
  const retryAuth = (attempt: number, error: unknown) => {
    if (stopped) return;
    const policy = options.authRetry ?? DEFAULT_AUTH_RETRY;
    const delayMs = authRetryDelay(attempt, policy);
    logger.warn(
      { attempt, retryInMs: delayMs, reason: describeAuthFailure(error).message },
      'Slack cannot be reached; not ready, retrying auth.test',
    );
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      checkToken().then(
        () => {
          if (!stopped) becomeReady();
        },
        (next: unknown) => {
          if (stopped) return;
          if (!isRefusal(next)) return retryAuth(attempt + 1, next);
          // Start-up has already returned; stay up but never ready, and say why.
          logger.fatal(
            { reason: describeAuthFailure(next).message },
            'Slack refused SLACK_BOT_TOKEN; the Slack adapter will not become ready',
          );
        },
      );
    }, delayMs);
  };

  return {
    name: 'slack',
    routes: transport.routes,
    ready: () => ready,
    async start() {
      try {
        await checkToken();
      } catch (error) {
        if (socket || isRefusal(error)) throw describeAuthFailure(error);
        retryAuth(1, error);
        return;
      }
      if (socket) {
        started = true;
        try {
          await withDeadline(app.start(), timeout, 'Socket Mode connection');
        } catch (error) {
          await socket.client.disconnect();
          throw new Error('could not open a Socket Mode connection with SLACK_APP_TOKEN', { cause: error });
        }
      }
      becomeReady();
    },
    async stop() {
      stopped = true;
      ready = false;
      clearTimeout(retryTimer);
      await inFlight.drain(options.stopTimeoutMs ?? 5000);
      // app.stop() resolves before the WebSocket has closed; waiting for disconnect() closes it fully.
      if (socket && started) await socket.client.disconnect();
    },
  };
}
