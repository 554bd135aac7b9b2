/**
 * The web adapter's settings, read once from the environment with zod. Empty values count as
 * unset. `WEB_SECRET` signs the feedback form's CSRF token; every replica must share it, so a
 * missing secret is only accepted for one process (a random one is made and a warning logged).
 */
import { z } from 'zod';
import { describeIssues, type Env, withoutEmpty } from '../shared/env.js';
import { PortNumberText, PublicUrlText } from '../shared/env-values.js';

export const WEB_VARIABLES = [
  'HOST',
  'PORT',
  'PUBLIC_URL',
  'WEB_SECRET',
  'TRUST_PROXY',
  'WEB_CORS_ORIGINS',
  'FEEDBACK',
  'DATABASE_URL',
  'PORTBOT_DB',
  'LOG_LEVEL',
] as const;

/** Shortest secret accepted: an HMAC key shorter than this is guessable. */
export const MIN_SECRET_LENGTH = 32;

/** `true`/`false`, or how many proxies stand in front of the service (each appends to X-Forwarded-For). */
const TrustProxy = z
  .string()
  .regex(/^(true|false|\d{1,2})$/i, 'must be true, false or the number of proxies in front (0–99)')
  .transform((text) => {
    const lower = text.toLowerCase();
    if (lower === 'true') return 1;
    if (lower === 'false') return 0;
    return Number.parseInt(lower, 10);
  });

const Origins = z.string().transform((text, context) => {
  const origins = text
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(origin))
      context.addIssue({
        code: 'custom',
        message: `"${origin.slice(0, 60)}" is not an origin (https://host[:port])`,
      });
  }
  return origins;
});

const WebEnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: PortNumberText.default(3000),
  PUBLIC_URL: PublicUrlText.optional(),
  WEB_SECRET: z
    .string()
    .min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32)`)
    .optional(),
  TRUST_PROXY: TrustProxy.default(0),
  WEB_CORS_ORIGINS: Origins.default([]),
  FEEDBACK: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//i, 'must start with postgres:// or postgresql://')
    .optional(),
  PORTBOT_DB: z.string().optional(),
});

export interface WebConfig {
  host: string;
  port: number;
  /** "https://ports.example.com", without a trailing slash; absent: links stay relative. */
  publicUrl?: string;
  /** Absent: the entry point makes a random one (one process only). */
  secret?: string;
  /** How many proxies to believe in X-Forwarded-For (0: use the socket's address). */
  trustProxy: number;
  corsOrigins: string[];
  feedback: boolean;
  databaseUrl?: string;
  sqlitePath?: string;
}

export type WebConfigRead = { ok: true; config: WebConfig } | { ok: false; problems: string[] };

/**
 * @example readWebConfig({ PORT: '8080', FEEDBACK: 'off' }) // → { ok: true, config: { port: 8080, … } }
 */
export function readWebConfig(env: Env): WebConfigRead {
  const parsed = WebEnvSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  const data = parsed.data;
  return {
    ok: true,
    config: {
      host: data.HOST,
      port: data.PORT,
      ...(data.PUBLIC_URL ? { publicUrl: data.PUBLIC_URL } : {}),
      ...(data.WEB_SECRET ? { secret: data.WEB_SECRET } : {}),
      trustProxy: data.TRUST_PROXY,
      corsOrigins: data.WEB_CORS_ORIGINS,
      feedback: data.FEEDBACK === 'on',
      ...(data.DATABASE_URL ? { databaseUrl: data.DATABASE_URL } : {}),
      ...(data.PORTBOT_DB ? { sqlitePath: data.PORTBOT_DB } : {}),
    },
  };
}
