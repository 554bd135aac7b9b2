/**
 * Discord's environment: off when nothing is set, every problem listed at once, and the service
 * refusing to start on a bad variable with one clear message (exit 1).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../adapters/discord/config.js';
import { readServiceConfig } from '../../adapters/server/config.js';

const APP = '900000000000000001';
const KEY = 'ab'.repeat(32);
const TOKEN = 'fake-bot-token-for-local-tests';

describe('readDiscordConfig', () => {
  it.each([
    ['nothing set', {}],
    ['only other platforms', { SLACK_BOT_TOKEN: 'x' }],
    ['empty values', { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '  ' }],
  ])('is off with %s', (_name, env) => {
    expect(readDiscordConfig(env)).toEqual({ status: 'off' });
  });

  it.each([
    [
      'gateway mode',
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP },
      { token: TOKEN, publicKey: null },
    ],
    ['HTTP mode', { DISCORD_PUBLIC_KEY: KEY, DISCORD_APPLICATION_ID: APP }, { token: null, publicKey: KEY }],
    [
      'both modes, an API base and private replies',
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_PUBLIC_KEY: KEY.toUpperCase(),
        DISCORD_APPLICATION_ID: APP,
        DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
        DISCORD_REPLIES: 'Ephemeral',
      },
      { token: TOKEN, publicKey: KEY, apiUrl: 'http://127.0.0.1:8080/api', replies: 'ephemeral' },
    ],
  ])('reads %s', (_name, env, expected) => {
    const read = readDiscordConfig(env);
    expect(read.status).toBe('on');
    if (read.status === 'on') expect(read.config).toMatchObject({ applicationId: APP, ...expected });
  });

  it.each([
    ['no token and no public key', { DISCORD_APPLICATION_ID: APP }, ['DISCORD_TOKEN: set DISCORD_TOKEN']],
    ['no application id', { DISCORD_TOKEN: TOKEN }, ['DISCORD_APPLICATION_ID: is required']],
    [
      'a short public key',
      { DISCORD_PUBLIC_KEY: 'ab'.repeat(31), DISCORD_APPLICATION_ID: APP },
      ['DISCORD_PUBLIC_KEY: must be'],
    ],
    [
      'a non-hex public key',
      { DISCORD_PUBLIC_KEY: 'zz'.repeat(32), DISCORD_APPLICATION_ID: APP },
      ['DISCORD_PUBLIC_KEY: must be'],
    ],
    [
      'an application id with letters',
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '12345abc' },
      ['DISCORD_APPLICATION_ID: must be'],
    ],
    [
      'a token with the "Bot " prefix',
      { DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APPLICATION_ID: APP },
      ['DISCORD_TOKEN: must be'],
    ],
    [
      'a versioned API base',
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'https://discord.com/api/v10' },
      ['DISCORD_API_URL: must not include'],
    ],
    [
      'an API base that is not http',
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'ftp://x/api' },
      ['DISCORD_API_URL: must be an http(s) URL'],
    ],
    [
      'an unknown reply mode',
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_REPLIES: 'loud' },
      ['DISCORD_REPLIES: must be'],
    ],
    [
      'several problems at once',
      { DISCORD_REPLIES: 'loud', DISCORD_GUILD_ID: 'x' },
      [
        'DISCORD_GUILD_ID: must be',
        'DISCORD_REPLIES: must be',
        'DISCORD_TOKEN: set',
        'DISCORD_APPLICATION_ID: is required',
      ],
    ],
  ])('lists the problem with %s', (_name, env, expected) => {
    const read = readDiscordConfig(env);
    if (read.status !== 'invalid') throw new Error(`expected invalid, got ${read.status}`);
    expect(read.problems).toHaveLength(expected.length);
    for (const start of expected)
      expect(
        read.problems.some((problem) => problem.startsWith(start)),
        start,
      ).toBe(true);
  });

  it.each([
    ['too short', 'abc.def-ghi_jk', 'DISCORD_TOKEN: must be 20–256 characters long (this one has 14)'],
    ['too long', 'a'.repeat(257), 'DISCORD_TOKEN: must be 20–256 characters long (this one has 257)'],
    ['with a space inside', `${TOKEN} ${TOKEN}`, 'DISCORD_TOKEN: must be one word of letters, digits'],
    ['quoted', `"${TOKEN}"`, 'DISCORD_TOKEN: must be one word of letters, digits'],
    [
      'prefixed with "Bot "',
      `Bot ${TOKEN}`,
      'DISCORD_TOKEN: must be the token alone, without the "Bot " prefix',
    ],
    [
      'prefixed with "Bearer "',
      `Bearer ${TOKEN}`,
      'DISCORD_TOKEN: must be the token alone, without the "Bearer " prefix',
    ],
  ])(
    'says the token rule for a token %s, in one problem that never shows the token',
    (_name, token, expected) => {
      const read = readDiscordConfig({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: APP });
      if (read.status !== 'invalid') throw new Error(`expected invalid, got ${read.status}`);
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]).toContain(expected);
      expect(read.problems[0]).toContain('20–256 characters');
      expect(read.problems[0]).not.toContain(token.replace(/^(Bot|Bearer) /, '').slice(0, 12));
    },
  );

  it.each([
    ['20 characters', 'a'.repeat(20)],
    ['256 characters', 'a'.repeat(256)],
    [
      // Three dot-separated base64url parts, as Discord's are; plainly made up, so that no
      // secret scanner mistakes it for a real one.
      "a token shaped like Discord's",
      `${'A'.repeat(24)}.FAKE00.${'not-a-real-token_'.repeat(2)}x`,
    ],
  ])('accepts a token of %s', (_name, token) => {
    expect(readDiscordConfig({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: APP }).status).toBe('on');
  });

  it('is composed into the service configuration', () => {
    const read = readServiceConfig({ DISCORD_PUBLIC_KEY: KEY, DISCORD_APPLICATION_ID: APP });
    expect(read.ok && read.config.discord?.publicKey).toBe(KEY);
  });
});

describe('npm start with a bad Discord variable', () => {
  it('prints one clear message and exits 1', async () => {
    const main = fileURLToPath(new URL('../../adapters/server/main.ts', import.meta.url));
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', main], {
        env: { PATH: process.env.PATH ?? '', DISCORD_PUBLIC_KEY: 'not-a-key', PORT: '0', HOST: '127.0.0.1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 20_000,
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DISCORD_PUBLIC_KEY: must be the application public key');
    expect(result.stderr).toContain('DISCORD_APPLICATION_ID: is required');
  });
});
