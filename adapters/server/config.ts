/**
 * The service's configuration: one zod schema over the environment, parsed once at start-up.
 * Every problem is listed in one message and the process exits before connecting anywhere.
 */
import { homedir } from 'node:os';
import { z } from 'zod';
import { type DiscordConfig, readDiscordConfig } from '../discord/config.js';
import { describeIssues, type Env, withoutEmpty } from '../shared/env.js';
import { PortNumberText, PublicUrlText } from '../shared/env-values.js';
import { LOG_LEVELS } from '../shared/logger.js';
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from '../shared/rate-limit.js';
import { type RegistrySettings, readRegistrySettings } from '../shared/registry/index.js';
import { type NotesSettings, readNotesSettings } from '../shared/team/settings.js';
import { readSlackConfig, type SlackConfig } from '../slack/config.js';
import { defaultDatabasePath } from '../store/database-path.js';
import { readWebConfig, type WebConfig } from '../web/config.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http-server.js';

// Digits first, then the range: `z.coerce.number()` would take "" as 0 and "0x10" as 16.
const wholeNumber = (max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, 'must be a whole number (digits)')
    .transform((text) => Number.parseInt(text, 10))
    .refine((value) => value <= max, `must be at most ${max}`);

const BaseSchema = z.object({
  HOST: z.string().default('0.0.0.0'),
  // The answer pages (/ports/…, /api/v1/answer) beside the chat endpoints; off: chat only.
  WEB: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  PORT: PortNumberText.default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  // Shared state for replicas (event dedupe, rate limits). The value is never echoed: it may hold a password.
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  // 0 turns rate limiting off.
  RATE_LIMIT_PER_MINUTE: wholeNumber(100_000).default(DEFAULT_RATE_LIMIT.perMinute),
  RATE_LIMIT_BURST: wholeNumber(10_000)
    .refine((value) => value >= 1, 'must be at least 1')
    .default(DEFAULT_RATE_LIMIT.burst),
  // Where the answer pages are published; every Slack and Discord answer links to its page there.
  PUBLIC_URL: PublicUrlText.optional(),
  // The workspace default language of chat answers; a Korean question, a `ko:` prefix or a Korean
  // Discord locale still gets Korean with `en`, and `en:` still gets English with `ko`.
  PORTBOT_LANG: z.enum(['en', 'ko'], { message: 'must be en or ko' }).default('en'),
  // Where the operator published the privacy note; "about" answers link to it.
  PORTBOT_PRIVACY_URL: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional(),
  // Connections open at once; past it new ones are closed on accept. Size it to memory and file handles.
  HTTP_MAX_CONNECTIONS: wholeNumber(1_000_000)
    .refine((value) => value >= 10, 'must be at least 10')
    .default(DEFAULT_HTTP_LIMITS.maxConnections),
  // A request, headers and body, must arrive within this many seconds (else 408).
  HTTP_REQUEST_TIMEOUT_SECONDS: wholeNumber(300)
    .refine((value) => value >= 1, 'must be at least 1')
    .default(DEFAULT_HTTP_LIMITS.requestTimeoutMs / 1000),
  // How long a kept-alive connection waits for its next request; above the proxy's own idle timeout.
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: wholeNumber(3_600)
    .refine((value) => value >= 1, 'must be at least 1')
    .default(DEFAULT_HTTP_LIMITS.keepAliveTimeoutMs / 1000),
});

export interface ServiceConfig {
  host: string;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Where replicas share dedupe and rate limits; null keeps them in this process. */
  redisUrl: string | null;
  /** Per-user answer limit; null when RATE_LIMIT_PER_MINUTE=0. */
  rateLimit: RateLimitSettings | null;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  /** The imported IANA registry: cache directory, download URL, refresh schedule (off by default). */
  registry: RegistrySettings;
  /**
   * The answer pages' public origin ("https://portbot.example.com"), also with WEB=off when the
   * pages run elsewhere: chat answers get an "Open in browser" button; null: they get none.
   */
  publicUrl: string | null;
  /** `PORTBOT_LANG`: the language of chat answers when nothing in the question or the person's locale says otherwise. */
  defaultLang: 'en' | 'ko';
  /** The published privacy note that "about" answers link to; null: they name its path in the source. */
  privacyUrl: string | null;
  /** The HTTP server's connection cap and timeouts; the rest of HttpLimits keeps its defaults. */
  http: Pick<HttpLimits, 'maxConnections' | 'requestTimeoutMs' | 'keepAliveTimeoutMs'>;
  /** The answer pages' settings; null with WEB=off. Host and port are the service's own. */
  web: WebConfig | null;
  /** The team's database: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
  database: { databaseUrl: string } | { sqlitePath: string };
  /** NOTES (on/off) and NOTES_EDITORS (everyone, admins, or user ids). */
  notes: NotesSettings;
}

/**
 * Several replicas (REDIS_URL) writing one SQLite file each would each keep their own notes, or
 * corrupt a shared one: notes need PostgreSQL there.
 */
export const REPLICAS_NEED_POSTGRES =
  'DATABASE_URL: REDIS_URL is set (several replicas), so team notes need PostgreSQL: set DATABASE_URL=postgres://… (replicas on one SQLite file would lose notes), or turn notes off with NOTES=off';

export type ServiceConfigRead =
  | { ok: true; config: ServiceConfig }
  | { ok: false; problems: string[]; nothingConfigured: boolean };

export function readServiceConfig(env: Env): ServiceConfigRead {
  const clean = withoutEmpty(env);
  const problems: string[] = [];
  const base = BaseSchema.safeParse(clean);
  if (!base.success) problems.push(...describeIssues(base.error));
  const slack = readSlackConfig(clean);
  const discord = readDiscordConfig(clean);
  if (slack.status === 'invalid') problems.push(...slack.problems);
  if (discord.status === 'invalid') problems.push(...discord.problems);
  const registry = readRegistrySettings(clean);
  if (!registry.ok) problems.push(...registry.problems);
  // The pages share the service's HOST, PORT and PUBLIC_URL, checked above; the web reader checks the rest.
  const { HOST: _host, PORT: _port, PUBLIC_URL: _publicUrl, ...webEnv } = clean;
  const web = clean.WEB === 'off' ? undefined : readWebConfig(webEnv);
  if (web && !web.ok) problems.push(...web.problems);
  const notes = readNotesSettings(clean);
  if (!notes.ok) problems.push(...notes.problems);
  // Only about a REDIS_URL that is itself valid: a wrong one has its own problem above.
  else if (notes.settings.enabled && base.success && base.data.REDIS_URL && !clean.DATABASE_URL)
    problems.push(REPLICAS_NEED_POSTGRES);
  if (clean.DATABASE_URL && !/^postgres(?:ql)?:\/\/\S+$/i.test(clean.DATABASE_URL))
    problems.push('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  const nothingConfigured = slack.status === 'off' && discord.status === 'off';
  if (
    problems.length > 0 ||
    !base.success ||
    !registry.ok ||
    (web && !web.ok) ||
    !notes.ok ||
    nothingConfigured
  )
    return { ok: false, problems, nothingConfigured };
  return {
    ok: true,
    config: {
      host: base.data.HOST,
      port: base.data.PORT,
      logLevel: base.data.LOG_LEVEL,
      redisUrl: base.data.REDIS_URL ?? null,
      rateLimit:
        base.data.RATE_LIMIT_PER_MINUTE === 0
          ? null
          : { perMinute: base.data.RATE_LIMIT_PER_MINUTE, burst: base.data.RATE_LIMIT_BURST },
      slack: slack.status === 'on' ? slack.config : null,
      discord: discord.status === 'on' ? discord.config : null,
      registry: registry.settings,
      publicUrl: base.data.PUBLIC_URL ?? null,
      defaultLang: base.data.PORTBOT_LANG,
      privacyUrl: base.data.PORTBOT_PRIVACY_URL ?? null,
      http: {
        maxConnections: base.data.HTTP_MAX_CONNECTIONS,
        requestTimeoutMs: base.data.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
        keepAliveTimeoutMs: base.data.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
      },
      web: web?.ok
        ? { ...web.config, ...(base.data.PUBLIC_URL ? { publicUrl: base.data.PUBLIC_URL } : {}) }
        : null,
      database: clean.DATABASE_URL
        ? { databaseUrl: clean.DATABASE_URL }
        : { sqlitePath: defaultDatabasePath(clean, homedir()) },
      notes: notes.settings,
    },
  };
}

export const NOTHING_CONFIGURED_MESSAGE = `portbot: no chat platform is configured, so there is nothing to serve.

Set the variables for at least one platform (see .env.example and the README):
  Slack, HTTP mode:     SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN
  Slack, Socket Mode:   SLACK_APP_TOKEN and SLACK_BOT_TOKEN
  Discord, gateway:     DISCORD_TOKEN and DISCORD_APPLICATION_ID
  Discord, HTTP:        DISCORD_PUBLIC_KEY and DISCORD_APPLICATION_ID

No accounts needed to try portbot in a terminal:  npm run port -- 60140`;
