/**
 * The Discord adapter: gateway mode (DISCORD_TOKEN: a discord.js client answering interactions
 * and @mentions), HTTP interactions mode (DISCORD_PUBLIC_KEY: a route on the service's HTTP
 * server), or both. Both modes answer with the same handler and the same rendering.
 */
import { type Client, Events } from 'discord.js';
import { createMemoryDedupeStore } from '../shared/event-dedupe.js';
import { createInFlight } from '../shared/in-flight.js';
import type { AdapterDeps, Route, ServiceAdapter } from '../shared/service-adapter.js';
import { createReplier } from './answer-guard.js';
import type { DiscordConfig } from './config.js';
import { describeDiscordFailure } from './discord-failure.js';
import { createGatewayClient } from './gateway-client.js';
import { answerInteraction, type InteractionContext, type InteractionInput } from './interaction-handler.js';
import { createInteractionListener } from './interaction-listener.js';
import { createInteractionsRoute } from './interactions-endpoint.js';
import { createMentionListener } from './mention-listener.js';
import { createReplyCache, DEFAULT_REPLY_CACHE_ENTRIES } from './reply-cache.js';

export interface DiscordAdapterOptions {
  /** Replies kept for repeated questions (default 512; 0 turns the cache off). */
  replyCacheEntries?: number;
  /** Clock in milliseconds for the HTTP endpoint's timestamp window; tests pass their own. */
  now?: () => number;
  /** The answer pages' origin (PUBLIC_URL): answers get "Open in browser"; absent, they do not. */
  publicUrl?: string;
}

/** How long stop() waits for answers already being sent. */
const DRAIN_MS = 5_000;

export function createDiscordAdapter(
  config: DiscordConfig,
  deps: AdapterDeps,
  options: DiscordAdapterOptions = {},
): ServiceAdapter {
  const logger = deps.logger.child({ adapter: 'discord' });
  const { publicUrl } = options;
  const context: InteractionContext = { knowledge: deps.knowledge, replies: config.replies, publicUrl };
  const cache = createReplyCache(options.replyCacheEntries ?? DEFAULT_REPLY_CACHE_ENTRIES);
  const replier = createReplier({
    reply: (input: InteractionInput) =>
      cache.get(deps.knowledge(), input, () => answerInteraction(input, context)),
    rateLimiter: deps.rateLimiter,
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
          replier,
          logger,
          answers: deps.answers,
          dedupe: deps.dedupe ?? createMemoryDedupeStore(),
          ...(options.now ? { now: options.now } : {}),
        }),
      ]
    : [];

  function connectGateway(token: string): Promise<string> {
    const gateway = createGatewayClient({ apiUrl: config.apiUrl });
    client = gateway;
    const listenerOptions = { logger, inFlight, accepting: () => accepting, answers: deps.answers };
    gateway.on(Events.InteractionCreate, createInteractionListener({ ...listenerOptions, replier }));
    gateway.on(
      Events.MessageCreate,
      createMentionListener({
        ...listenerOptions,
        knowledge: deps.knowledge,
        rateLimiter: deps.rateLimiter,
        publicUrl,
      }),
    );
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
