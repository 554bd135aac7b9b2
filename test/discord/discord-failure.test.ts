/**
 * How each way a call to Discord can fail is told to a person: the errors discord.js really
 * throws (the REST client's API and HTTP errors, Node's connection errors, the client's own
 * invalid-token error), each to its kind and next step.
 */
import { Client, DiscordAPIError, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { type DiscordFailureKind, describeDiscordFailure } from '../../adapters/discord/discord-failure.js';

const URL = 'https://discord.com/api/v10/applications/900000000000000001/commands';
const REQUEST = { body: undefined, files: undefined };

function systemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

// The client's own error, as login() throws it for a token it cannot use (no network involved).
const tokenInvalid = await new Client({ intents: [] }).login('').catch((error: unknown) => error);

const CASES: [string, unknown, DiscordFailureKind, string][] = [
  [
    'a 401 from the REST API',
    new DiscordAPIError({ message: '401: Unauthorized', code: 0 }, 0, 401, 'PUT', URL, REQUEST),
    'token_refused',
    'Discord refused DISCORD_TOKEN (401 Unauthorized)',
  ],
  [
    "the client's invalid-token error (a 401 on GET /gateway/bot)",
    tokenInvalid,
    'token_refused',
    'Reset Token',
  ],
  [
    'a 403 Missing Access',
    new DiscordAPIError({ message: 'Missing Access', code: 50001 }, 50001, 403, 'PUT', URL, REQUEST),
    'refused',
    'Discord refused the commands (HTTP 403, code 50001: Missing Access)',
  ],
  [
    'a 503 after retries',
    new HTTPError(503, 'Service Unavailable', 'PUT', URL, REQUEST),
    'discord_error',
    'try again in a few minutes',
  ],
  [
    'a refused connection',
    systemError('ECONNREFUSED', 'connect ECONNREFUSED 162.159.128.233:443'),
    'unreachable',
    'could not reach Discord at discord.com (ECONNREFUSED): check that this machine can connect out to discord.com on port 443',
  ],
  [
    'a name that does not resolve',
    systemError('ENOTFOUND', 'getaddrinfo ENOTFOUND discord.com'),
    'unreachable',
    'could not reach Discord at discord.com (ENOTFOUND)',
  ],
  [
    'a fetch failure with the cause inside',
    new TypeError('fetch failed', { cause: systemError('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error') }),
    'unreachable',
    '(UND_ERR_CONNECT_TIMEOUT)',
  ],
  [
    'a request that timed out',
    Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }),
    'unreachable',
    '(no answer in time)',
  ],
  ['anything else', new Error('something odd'), 'other', 'something odd'],
];

describe('describeDiscordFailure', () => {
  it.each(CASES)('tells %s', (_name, error, kind, words) => {
    const failure = describeDiscordFailure(error, { what: 'the commands' });
    expect(failure.kind).toBe(kind);
    expect(failure.message).toContain(words);
    if (kind === 'unreachable') expect(failure.message).not.toMatch(/refused DISCORD_TOKEN/);
  });

  it('names the DISCORD_API_URL host when one is set', () => {
    const failure = describeDiscordFailure(systemError('ECONNREFUSED', 'connect ECONNREFUSED'), {
      apiUrl: 'http://127.0.0.1:8080/api',
      what: 'the gateway connection',
    });
    expect(failure.message).toContain('could not reach Discord at 127.0.0.1:8080 (ECONNREFUSED)');
    expect(failure.message).toContain('as set by DISCORD_API_URL');
  });
});
