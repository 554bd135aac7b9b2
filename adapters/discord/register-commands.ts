/**
 * Puts portbot's commands in place with one PUT (which replaces the whole set): globally, or in
 * one server for instant updates while developing (global changes can take a while to show).
 * Removes them again, in the same place, one DELETE per command of portbot's found there.
 */
import { ApplicationCommandType, REST, Routes } from 'discord.js';
import { z } from 'zod';
import { describeIssues, type Env, withoutEmpty } from '../shared/env.js';
import { buildCommands } from './commands.js';
import { ApiUrlText, SnowflakeText, TokenText } from './config.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this server only, instantly; globally when absent. */
  guildId?: string | undefined;
  apiUrl?: string | undefined;
}

const RegisterEnvSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'is required: the bot token from the Developer Portal (Bot page)' })
    .pipe(TokenText),
  DISCORD_APPLICATION_ID: z
    .string({ error: 'is required: the Application ID from the Developer Portal (General Information)' })
    .pipe(SnowflakeText),
  DISCORD_GUILD_ID: SnowflakeText.optional(),
  DISCORD_API_URL: ApiUrlText.optional(),
});

export type RegisterEnvRead = { ok: true; options: RegisterOptions } | { ok: false; problems: string[] };

export function readRegisterEnv(env: Env): RegisterEnvRead {
  const parsed = RegisterEnvSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  const data = parsed.data;
  return {
    ok: true,
    options: {
      token: data.DISCORD_TOKEN,
      applicationId: data.DISCORD_APPLICATION_ID,
      guildId: data.DISCORD_GUILD_ID,
      apiUrl: data.DISCORD_API_URL,
    },
  };
}

function restFor(options: RegisterOptions): REST {
  return new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
}

/** Where the commands live: one server with a guild id, every server (global) without. */
function commandsRoute(options: RegisterOptions): `/${string}` {
  return options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
}

function commandRoute(options: RegisterOptions, commandId: string): `/${string}` {
  return options.guildId
    ? Routes.applicationGuildCommand(options.applicationId, options.guildId, commandId)
    : Routes.applicationCommand(options.applicationId, commandId);
}

/** Returns the commands as Discord stored them. */
export async function registerCommands(options: RegisterOptions): Promise<{ name: string }[]> {
  return (await restFor(options).put(commandsRoute(options), { body: buildCommands() })) as {
    name: string;
  }[];
}

interface StoredCommand {
  id: string;
  name: string;
  type?: number;
}

/** A command's identity: Discord allows one name per type (a slash command and a menu may share one). */
const identity = (command: { name: string; type?: number | undefined }) =>
  `${command.type ?? ApplicationCommandType.ChatInput}:${command.name}`;

/**
 * Removes portbot's commands (by name and type, as commands.ts defines them) from the same place
 * registration puts them, and leaves any other command of the application alone. Returns the
 * commands removed; none when there was nothing to remove.
 */
export async function removeCommands(options: RegisterOptions): Promise<{ name: string }[]> {
  const rest = restFor(options);
  const ours = new Set(buildCommands().map(identity));
  const stored = (await rest.get(commandsRoute(options))) as StoredCommand[];
  const removed: StoredCommand[] = [];
  // Discord holds at most a few hundred commands per application and place; this loop is bounded by that list.
  for (const command of stored.filter((candidate) => ours.has(identity(candidate)))) {
    await rest.delete(commandRoute(options, command.id));
    removed.push(command);
  }
  return removed;
}
