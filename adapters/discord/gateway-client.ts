/**
 * The discord.js client for gateway mode. Only non-privileged intents: Guilds, GuildMessages
 * (mentions carry their text without MessageContent) and DirectMessages, which needs the channel
 * partial because DM channels are not cached before their first message.
 */
import { Client, GatewayIntentBits, Partials } from 'discord.js';

export interface GatewayClientOptions {
  /** REST base as discord.js takes it ("http://127.0.0.1:8080/api"); Discord when null. */
  apiUrl: string | null;
}

export function createGatewayClient(options: GatewayClientOptions): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    // Client-wide as well as per message: nothing portbot sends may ping anyone.
    allowedMentions: { parse: [], repliedUser: false },
    // A question deleted before the answer arrives still gets its answer, without the reference.
    failIfNotExists: false,
    // The gateway URL comes from GET /gateway/bot on this REST base, as discord.js always does.
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });
}
