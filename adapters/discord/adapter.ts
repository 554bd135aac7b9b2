/**
 * The Discord adapter: gateway mode (DISCORD_TOKEN: a discord.js client answering interactions
 * and @mentions), HTTP interactions mode (DISCORD_PUBLIC_KEY: a route on the service's HTTP
 * server), or both. Both modes answer with the same handler and the same rendering.
 */
import { type Client, Events } from 'discord.js';
import { createMemoryDedupeStore } from '../shared/event-dedupe.js';
import { createInFlight } from '../shared/in-flight.js';
import { createQuestionJourney } from '../shared/question-journey.js';
import type { AdapterDeps, Route, ServiceAdapter } from '../shared/service-adapter.js';
import type { DiscordConfig } from './config.js';
import { describeDiscordFailure } from './discord-failure.js';
import { createGatewayClient } from './gateway-client.js';
import { registerGuildRemovedListener } from './guild-removed.js';
import type { InteractionContext } from './interaction-handler.js';
import { createInteractionListener } from './interaction-listener.js';
import { createInteractionsRoute } from './interactions-endpoint.js';
import { createMentionListener } from './mention-listener.js';

/** Replies kept for repeated questions and typed prefixes. */
export const DEFAULT_REPLY_CACHE_ENTRIES = 512;

export interface DiscordAdapterOptions {
  /** Replies kept for repeated questions (default 512; 0 turns the cache off). */
  replyCacheEntries?: number;
  /** Clock in milliseconds for the HTTP endpoint's timestamp window; tests pass their own. */
  now?: () => number;
  /** The answer pages' origin (PUBLIC_URL): answers get "Open in browser"; absent, they do not. */
  publicUrl?: string;
  /** The workspace default language (PORTBOT_LANG): `en` unless given. */
  defaultLang?: string;
}

/** How long stop() waits for answers already being sent. */
const DRAIN_MS = 5_000;

export function createDiscordAdapter(
  config: DiscordConfig,
  deps: AdapterDeps,
  options: DiscordAdapterOptions = {},
): ServiceAdapter {
  const logger = deps.logger.child({ adapter: 'discord' });
  const context: InteractionContext = {
    knowledge: deps.knowledge,
    replies: config.replies,
    ...(options.publicUrl ? { present: { actions: { publicUrl: options.publicUrl } } } : {}),
    ...(deps.team ? { team: deps.team } : {}),
    ...(options.defaultLang ? { defaultLang: options.defaultLang } : {}),
  };
  const handleQuestion = createQuestionJourney({
    platform: 'discord',
    logger,
    knowledge: deps.knowledge,
    answers: deps.answers,
    rateLimiter: deps.rateLimiter,
    replyCacheEntries: options.replyCacheEntries ?? DEFAULT_REPLY_CACHE_ENTRIES,
  });
  const inFlight = createInFlight();
  let accepting = true;
  let client: Client | undefined;
  // Only the HTTP endpoint claims interaction ids. Gateway interactions arrive on our own
  // token-authenticated WebSocket, where nobody else can inject or replay one, and Discord sends an
  // interaction either there or to the endpoint, never both; a claim there would add a Redis round
  // trip inside Discord's 3 s and protect against nothing.
  const routes: Route[] = config.publicKey
    ? [
        createInteractionsRoute({
          publicKey: config.publicKey,
          handleQuestion,
          context,
          logger,
          dedupe: deps.dedupe ?? createMemoryDedupeStore(),
          ...(options.now ? { now: options.now } : {}),
        }),
      ]
    : [];

  function connectGateway(token: string): Promise<string> {
    const gateway = createGatewayClient({ apiUrl: config.apiUrl });
    client = gateway;
    const listenerOptions = { handleQuestion, context, inFlight, accepting: () => accepting, logger };
    gateway.on(Events.InteractionCreate, createInteractionListener(listenerOptions));
    gateway.on(Events.MessageCreate, createMentionListener(listenerOptions));
    // Removed from a server (not an outage): its notes and votes go with it. Only the gateway sees this.
    if (deps.workspaces) registerGuildRemovedListener(gateway, { workspaces: deps.workspaces, logger });
    // Without an 'error' listener, an emitted error would crash the process.
    gateway.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
    gateway.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
    gateway.on(Events.ShardDisconnect, (_event, shardId) =>
      logger.warn({ shardId }, 'discord gateway disconnected'),
    );
    gateway.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'discord gateway resumed'));
    gateway.once(Events.ClientReady, (ready) =>
      logger.info({ user: ready.user.id, guilds: ready.guilds.cache.size }, 'discord gateway ready'),
    );
    return gateway.login(token);
  }

  return {
    name: 'discord',
    routes,
    async start() {
      if (config.token)
        await connectGateway(config.token).catch((error: unknown) => {
          const { message } = describeDiscordFailure(error, {
            apiUrl: config.apiUrl,
            what: 'the gateway connection',
          });
          throw new Error(`discord gateway: ${message}`, { cause: error });
        });
      logger.info(
        { gateway: Boolean(config.token), http: Boolean(config.publicKey) },
        'discord adapter started',
      );
    },
    async stop() {
      accepting = false;
      await inFlight.drain(DRAIN_MS);
      await client?.destroy();
    },
    ready() {
      if (!config.token) return true;
      return client?.isReady() ?? false;
    },
  };
}
