/**
 * A failed call to Discord, in words that point at the fix. Four different causes need four
 * different next steps: a refused token (reset it), another refusal (read Discord's reason),
 * Discord's own trouble (wait), and no answer at all — a firewall, proxy or DNS problem on our
 * side, which no token can fix and which must never be reported as a refusal.
 */
import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, HTTPError } from 'discord.js';

export type DiscordFailureKind = 'token_refused' | 'refused' | 'discord_error' | 'unreachable' | 'other';

export interface DiscordFailure {
  kind: DiscordFailureKind;
  /** One sentence for a person: what happened and what to do next. */
  message: string;
}

export interface DescribeOptions {
  /** DISCORD_API_URL when set; Discord's own API otherwise. */
  apiUrl?: string | null | undefined;
  /** What was asked for, for a refusal: "the commands", "the gateway connection". */
  what: string;
}

const DISCORD_API = 'https://discord.com/api';
const RESET_TOKEN = 'copy a new one from the Developer Portal (your application → Bot → Reset Token)';

/** A code Node or undici puts on a connection that failed before any HTTP answer (ECONNREFUSED, ENOTFOUND, UND_ERR_CONNECT_TIMEOUT, certificate errors…). */
function networkCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    if (current.name === 'AbortError' || current.name === 'TimeoutError') return 'no answer in time';
    current = current.cause;
  }
  return undefined;
}

function hostOf(apiUrl: string): string {
  try {
    return new URL(apiUrl).host;
  } catch {
    return apiUrl;
  }
}

/**
 * @example describeDiscordFailure(error, { what: 'the commands' }).message
 *   // "could not reach Discord at discord.com (ECONNREFUSED): check that this machine can connect
 *   //  out to discord.com on port 443 — firewall, proxy or DNS. The token was not checked"
 */
export function describeDiscordFailure(error: unknown, options: DescribeOptions): DiscordFailure {
  const tokenInvalid = error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid;
  if (tokenInvalid || (error instanceof DiscordAPIError && error.status === 401))
    return {
      kind: 'token_refused',
      message: `Discord refused DISCORD_TOKEN (401 Unauthorized): it is not a current token of this bot; ${RESET_TOKEN}`,
    };
  if (error instanceof DiscordAPIError)
    return {
      kind: 'refused',
      message: `Discord refused ${options.what} (HTTP ${error.status}, code ${String(error.code)}: ${error.message})`,
    };
  if (error instanceof HTTPError)
    return {
      kind: 'discord_error',
      message: `Discord answered with an error of its own (HTTP ${error.status}); try again in a few minutes`,
    };
  const code = error instanceof DiscordjsError ? undefined : networkCode(error);
  if (code !== undefined) {
    const host = hostOf(options.apiUrl ?? DISCORD_API);
    const where = options.apiUrl ? `${host}, as set by DISCORD_API_URL` : `${host} on port 443`;
    return {
      kind: 'unreachable',
      message:
        `could not reach Discord at ${host} (${code}): check that this machine can connect out to ` +
        `${where} — firewall, proxy or DNS. The token was not checked`,
    };
  }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}
