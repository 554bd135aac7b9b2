/**
 * Puts portbot's commands in place with one PUT (which replaces the whole set): globally, or in
 * one server for instant updates while developing (global changes can take a while to show).
 */
import { REST, Routes } from 'discord.js';
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

/** Returns the commands as Discord stored them. */
export async function registerCommands(options: RegisterOptions): Promise<{ name: string }[]> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  return (await rest.put(route, { body: buildCommands() })) as { name: string }[];
}
