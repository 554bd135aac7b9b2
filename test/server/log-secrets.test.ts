/**
 * Logs never carry secrets: the real built service runs with fake tokens and secrets for Slack
 * (HTTP mode), Discord (gateway + HTTP interactions) and a password-protected Redis, answers
 * questions on every path, stops — and none of those values appears anywhere in its output, at
 * debug or at info. What people typed appears only at debug, never at info.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/discord/fake-discord.js';
import { FAKE_TOKEN, IDS, portCommand } from '../support/discord/payloads.js';
import { type RedisServer, redisAvailable, startRedisServer } from '../support/redis-server.js';
import { appMention, slashCommandForm } from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, signedPost } from '../support/slack/signing.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';
import { ensureBuilt, startBuiltServer } from './support/built-server.js';
import { createDiscordKeys } from './support/discord-signing.js';

// Obviously fake, and distinctive enough that any appearance in the output is a leak.
const SLACK_BOT_TOKEN = 'xoxb-fake-0000-bot-token-must-not-be-logged';
const SLACK_SIGNING_SECRET = 'fake-signing-secret-must-not-be-logged';
const REDIS_PASSWORD = 'fake-redis-password-must-not-be-logged';
const TYPED = 'quokka-typed-words';

const keys = createDiscordKeys();
const withRedis = redisAvailable();
let api: WebApiStandIn;
let discord: FakeDiscord;
let redis: RedisServer | undefined;

beforeAll(async () => {
  await ensureBuilt();
  api = await startWebApiStandIn();
  discord = await startFakeDiscord();
  if (withRedis) redis = await startRedisServer(['--requirepass', REDIS_PASSWORD]);
}, 120_000);

afterAll(async () => {
  await api?.close();
  await discord?.close();
  await redis?.stop();
});

function secrets(): string[] {
  return [SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, FAKE_TOKEN, ...(withRedis ? [REDIS_PASSWORD] : [])];
}

function env(level: string): Record<string, string> {
  return {
    LOG_LEVEL: level,
    SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_API_URL: discord.apiUrl,
    ...(redis ? { REDIS_URL: `redis://:${REDIS_PASSWORD}@127.0.0.1:${redis.port}`, NOTES: 'off' } : {}),
  };
}

/** Asks on every path the service serves over HTTP, including forgeries. */
async function askEverywhere(baseUrl: string): Promise<void> {
  const slackUrl = `${baseUrl}/slack/events`;
  const command = await signedPost(
    slackUrl,
    slashCommandForm(`60140 ${TYPED}`, api.responseUrl('r1')),
    FORM,
    {
      secret: SLACK_SIGNING_SECRET,
    },
  );
  expect(command.status).toBe(200);
  const mentions = api.callsTo('chat.postMessage').length;
  const mention = appMention(`<@${BOT_USER_ID}> 5432 ${TYPED}`);
  const event = await signedPost(slackUrl, JSON.stringify(mention), JSON_TYPE, {
    secret: SLACK_SIGNING_SECRET,
  });
  expect(event.status).toBe(200);
  await api.waitForCalls('chat.postMessage', mentions + 1);
  const forged = await signedPost(slackUrl, slashCommandForm('22', api.responseUrl('r2')), FORM, {
    secret: 'not-the-secret',
  });
  expect(forged.status).toBe(401);

  const body = JSON.stringify(portCommand(`8080 ${TYPED}`));
  const interaction = await fetch(`${baseUrl}/discord/interactions`, {
    method: 'POST',
    headers: keys.headers(body),
    body,
  });
  expect(interaction.status).toBe(200);
  const badSignature = await fetch(`${baseUrl}/discord/interactions`, {
    method: 'POST',
    headers: { ...keys.headers(body), 'x-signature-ed25519': '00'.repeat(64) },
    body,
  });
  expect(badSignature.status).toBe(401);
  const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
  // The password was used, not skipped: the service is connected to Redis.
  if (withRedis) expect(metrics).toContain('portbot_connection_ready{connection="redis"} 1');
}

describe.each(['debug', 'info'])('LOG_LEVEL=%s', (level) => {
  it('logs no token, secret or password', async () => {
    const server = await startBuiltServer(env(level));
    try {
      await server.waitForReady();
      await askEverywhere(server.baseUrl);
    } finally {
      expect(await server.stop()).toEqual({ code: 0, signal: null });
    }
    const output = server.output();
    expect(output.length).toBeGreaterThan(0);
    for (const secret of secrets()) expect(output).not.toContain(secret);
    // Every line is structured JSON.
    for (const line of output.split('\n').filter((text) => text.trim()))
      expect(() => JSON.parse(line), line).not.toThrow();
    if (level === 'info') expect(output).not.toContain(TYPED);
  });
});
