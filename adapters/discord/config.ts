/**
 * Discord's part of the environment, read once at start-up. Off when no Discord variable is set.
 *
 * Two ways to receive interactions, either or both:
 * - gateway:  DISCORD_TOKEN + DISCORD_APPLICATION_ID (a WebSocket to Discord; also serves @mentions)
 * - HTTP:     DISCORD_PUBLIC_KEY + DISCORD_APPLICATION_ID (Discord POSTs signed interactions to us)
 */
import { z } from 'zod';
import { describeIssues, type Env, presentKeys, withoutEmpty } from '../shared/env.js';
import type { ConfigRead } from '../shared/service-adapter.js';

export const DISCORD_ENV_KEYS = [
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_PUBLIC_KEY',
  'DISCORD_GUILD_ID',
  'DISCORD_API_URL',
  'DISCORD_REPLIES',
] as const;

export const DISCORD_REPLY_MODES = ['public', 'ephemeral'] as const;
export type DiscordReplyMode = (typeof DISCORD_REPLY_MODES)[number];

export interface DiscordConfig {
  applicationId: string;
  /** Gateway mode: the bot token (sent as `Authorization: Bot <token>`). */
  token: string | null;
  /** HTTP interactions mode: the application's Ed25519 public key, 64 hex characters. */
  publicKey: string | null;
  /** Where `npm run discord:register` puts the commands for instant updates while developing. */
  guildId: string | null;
  /** REST base in the form discord.js's `rest.api` takes ("https://discord.com/api"); null for Discord. */
  apiUrl: string | null;
  /** Who sees answers to slash commands; error replies are always private. */
  replies: DiscordReplyMode;
}

/** Discord ids are snowflakes: 64-bit integers written in decimal (17–20 digits today). */
export const SnowflakeText = z
  .string()
  .regex(/^\d{17,20}$/, 'must be a Discord id (a snowflake of 17–20 digits)');

const TOKEN_LENGTH = { min: 20, max: 256 } as const;
const WHERE_TOKEN = 'the bot token from the Developer Portal (your application → Bot → Reset Token)';

/** The one most useful thing to say about a token that cannot be right; never its text. */
function tokenProblem(token: string): string | undefined {
  if (/^(Bot|Bearer)\s/i.test(token))
    return `must be the token alone, without the "${token.split(/\s/)[0]} " prefix: ${TOKEN_LENGTH.min}–${TOKEN_LENGTH.max} characters, ${WHERE_TOKEN}`;
  if (token.length < TOKEN_LENGTH.min || token.length > TOKEN_LENGTH.max)
    return `must be ${TOKEN_LENGTH.min}–${TOKEN_LENGTH.max} characters long (this one has ${token.length}): copy ${WHERE_TOKEN} whole`;
  if (!/^[\w.-]+$/.test(token))
    return `must be one word of letters, digits, ".", "_" and "-" (no spaces or quotes), ${TOKEN_LENGTH.min}–${TOKEN_LENGTH.max} characters: ${WHERE_TOKEN}`;
  return undefined;
}

// Loose on purpose: Discord does not promise a token format, only that it is one printable word.
// Length and characters are checked here; whether Discord accepts it, only Discord can say.
export const TokenText = z.string().superRefine((token, context) => {
  const problem = tokenProblem(token);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

const PublicKeyText = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'must be the application public key: 64 hexadecimal characters')
  .transform((key) => key.toLowerCase());

export const ApiUrlText = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
  .transform((url) => url.replace(/\/+$/, ''))
  // discord.js appends the version itself ("/v10"); a versioned base would double it.
  .refine((url) => !/\/v\d+$/.test(url), 'must not include the API version: use …/api, not …/api/v10');

const DiscordEnvSchema = z.object({
  DISCORD_TOKEN: TokenText.optional(),
  DISCORD_APPLICATION_ID: SnowflakeText.optional(),
  DISCORD_PUBLIC_KEY: PublicKeyText.optional(),
  DISCORD_GUILD_ID: SnowflakeText.optional(),
  DISCORD_API_URL: ApiUrlText.optional(),
  DISCORD_REPLIES: z
    .string()
    .transform((text) => text.toLowerCase())
    .pipe(z.enum(DISCORD_REPLY_MODES, { error: 'must be "public" or "ephemeral"' }))
    .default('public'),
});

/** Which variables must come together; checked on presence, so they are listed even when others are malformed. */
function describeMissing(clean: Record<string, string>): string[] {
  const problems: string[] = [];
  if (!clean.DISCORD_TOKEN && !clean.DISCORD_PUBLIC_KEY)
    problems.push(
      'DISCORD_TOKEN: set DISCORD_TOKEN (gateway mode) or DISCORD_PUBLIC_KEY (HTTP interactions mode), ' +
        'or both; or unset every DISCORD_ variable to turn Discord off',
    );
  if (!clean.DISCORD_APPLICATION_ID)
    problems.push('DISCORD_APPLICATION_ID: is required: the Application ID from the Developer Portal');
  return problems;
}

/**
 * @example readDiscordConfig({ DISCORD_PUBLIC_KEY: 'ab…', DISCORD_APPLICATION_ID: '1234…' }).status // 'on'
 */
export function readDiscordConfig(env: Env): ConfigRead<DiscordConfig> {
  if (presentKeys(env, DISCORD_ENV_KEYS).length === 0) return { status: 'off' };
  const clean = withoutEmpty(env);
  const parsed = DiscordEnvSchema.safeParse(clean);
  const problems = [...(parsed.success ? [] : describeIssues(parsed.error)), ...describeMissing(clean)];
  if (!parsed.success || problems.length > 0) return { status: 'invalid', problems };
  const data = parsed.data;
  return {
    status: 'on',
    config: {
      applicationId: data.DISCORD_APPLICATION_ID as string,
      token: data.DISCORD_TOKEN ?? null,
      publicKey: data.DISCORD_PUBLIC_KEY ?? null,
      guildId: data.DISCORD_GUILD_ID ?? null,
      apiUrl: data.DISCORD_API_URL ?? null,
      replies: data.DISCORD_REPLIES,
    },
  };
}
