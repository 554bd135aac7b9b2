/**
 * Our API-JSON messages as discord.js options. discord.js passes embeds and components given as
 * plain JSON through unchanged, so the gateway sends the very payload the HTTP endpoint returns.
 * `allowedMentions` is spelled out each time (no parsed mentions, no ping for a replied-to
 * author) rather than left to the client default, so no call path can forget it. A message
 * without content (an answer: embeds only) is sent without the field.
 */
import type { InteractionReplyOptions, InteractionUpdateOptions, MessageReplyOptions } from 'discord.js';
import type { DiscordMessage } from './render-message.js';

function contentOf(message: DiscordMessage): { content?: string } {
  return message.content === undefined ? {} : { content: message.content };
}

export function toReplyOptions(message: DiscordMessage): InteractionReplyOptions {
  return {
    ...contentOf(message),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [], repliedUser: false },
    ...(message.flags !== undefined ? { flags: message.flags } : {}),
  };
}

export function toUpdateOptions(message: DiscordMessage): InteractionUpdateOptions {
  return {
    ...contentOf(message),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [], repliedUser: false },
  };
}

export function toMessageReplyOptions(message: DiscordMessage): MessageReplyOptions {
  return {
    ...contentOf(message),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [], repliedUser: false },
  };
}
