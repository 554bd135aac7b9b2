/**
 * Where the imported IANA registry comes from and lives, read from the environment. Shared by
 * `portbot data update`, the CLI's start-up and the service's refresh schedule, so all three agree
 * on one cache directory.
 */
import { z } from 'zod';
import { DEFAULT_MIN_REGISTRY_ROWS } from '../../../src/index.js';
import { describeIssues, type Env, withoutEmpty } from '../env.js';
import { resolveDataDir } from './data-dir.js';

/** IANA's official CSV, over https; its data is public domain (CC0). */
export const DEFAULT_REGISTRY_URL =
  'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.csv';

export interface RegistrySettings {
  /** Where `data update` and the refresh download the CSV from. */
  url: string;
  /** The cache directory. */
  dataDir: string;
  /** Fewest rows a copy must have to replace the current data. */
  minRows: number;
  /** How often the service refreshes; null when it does not (the default). */
  refreshMs: number | null;
}

const MINUTE = 60_000;
const UNIT_MS = { m: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE } as const;
/** Politeness towards IANA: no schedule tighter than this. */
export const MIN_REFRESH_MS = 5 * MINUTE;
/** setTimeout holds at most 2^31−1 ms (~24.8 days). */
export const MAX_REFRESH_MS = 24 * UNIT_MS.d;

export type DurationRead = { ok: true; ms: number | null } | { ok: false; problem: string };

/**
 * "30m", "6h", "1d" → milliseconds; "off" or "0" → null (no schedule).
 * @example parseRefreshInterval('6h') // → { ok: true, ms: 21_600_000 }
 */
export function parseRefreshInterval(text: string): DurationRead {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'off' || trimmed === '0') return { ok: true, ms: null };
  const match = /^(\d{1,5})\s*([mhd])$/.exec(trimmed);
  if (!match) return { ok: false, problem: 'must be a duration such as 30m, 6h or 1d (or "off")' };
  const ms = Number.parseInt(match[1] ?? '', 10) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  if (ms < MIN_REFRESH_MS) return { ok: false, problem: 'must be at least 5m (be gentle with IANA)' };
  if (ms > MAX_REFRESH_MS) return { ok: false, problem: 'must be at most 24d' };
  return { ok: true, ms };
}

/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  // WHATWG URL parsing already normalises "127.1", "0x7f.1" and "[0:0::1]" to these forms.
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Where the registry may come from: https, or plain http to this machine only (a local mirror, a
 * test server). Anything on the way could rewrite a plain-http download, and every answer would
 * then carry what it wrote.
 */
export function checkRegistryUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an https URL';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    return isLoopbackHost(url.hostname)
      ? undefined
      : `must be https: plain http is refused (a network on the way could change the data), except for a loopback host (127.0.0.1, ::1, localhost); got host ${url.hostname}`;
  }
  return `must be an https URL (got ${url.protocol.replace(/[^a-z0-9+.-]/gi, '').slice(0, 20)})`;
}

const HttpUrl = z.string().superRefine((text, context) => {
  const problem = checkRegistryUrl(text);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

const RegistryEnvSchema = z.object({
  PORTBOT_REGISTRY_URL: HttpUrl.default(DEFAULT_REGISTRY_URL),
  PORTBOT_REGISTRY_REFRESH: z
    .string()
    .transform((text, context) => {
      const read = parseRefreshInterval(text);
      if (read.ok) return read.ms;
      context.addIssue({ code: 'custom', message: read.problem });
      return z.NEVER;
    })
    .optional(),
  PORTBOT_REGISTRY_MIN_ROWS: z
    .string()
    .regex(/^\d{1,7}$/, 'must be a number of rows')
    .transform((text) => Number.parseInt(text, 10))
    .optional(),
});

export type RegistrySettingsRead =
  | { ok: true; settings: RegistrySettings }
  | { ok: false; problems: string[] };

export function readRegistrySettings(env: Env): RegistrySettingsRead {
  const parsed = RegistryEnvSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  return {
    ok: true,
    settings: {
      url: parsed.data.PORTBOT_REGISTRY_URL,
      dataDir: resolveDataDir(env),
      minRows: parsed.data.PORTBOT_REGISTRY_MIN_ROWS ?? DEFAULT_MIN_REGISTRY_ROWS,
      refreshMs: parsed.data.PORTBOT_REGISTRY_REFRESH ?? null,
    },
  };
}
