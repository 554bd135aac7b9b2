/**
 * A captured HTTP interaction sent again, byte for byte with its valid signature and a fresh
 * timestamp: refused with 401, neither answered, nor taken from the asker's rate limit, nor
 * counted. In one instance (memory), and across two real services sharing a real redis-server
 * (REDIS_URL), where the copy goes to the other replica.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ComposedService, composeService } from '../../adapters/server/compose.js';
import { readServiceConfig } from '../../adapters/server/config.js';
import type { AnswerOutcome, AnswerRecorder } from '../../adapters/shared/answer-recorder.js';
import { createLogger } from '../../adapters/shared/logger.js';
import { createMemoryRateLimiter } from '../../adapters/shared/rate-limit.js';
import { buttonClick, IDS, PING, portAutocomplete, portCommand, user } from '../support/discord/payloads.js';
import {
  createTestSigner,
  nowTimestamp,
  postInteraction,
  type TestSigner,
} from '../support/discord/signing.js';
import {
  discordConfig,
  type RunningPortbot,
  startPortbot,
  testKnowledge,
} from '../support/discord/start-portbot.js';
import { type RedisServer, redisAvailable, startRedisServer } from '../support/redis-server.js';

/** The same interaction from another user: the rate limit is per user. */
function fromUser<T extends object>(payload: T, id: string): T {
  const member = (payload as { member?: object }).member;
  return { ...payload, member: { ...member, user: user(id) } };
}

interface Captured {
  body: string;
  timestamp: string;
  signature: string;
}

/** A request as Discord signed it, kept to be sent again exactly. */
function capture(signer: TestSigner, payload: unknown): Captured {
  const body = JSON.stringify(payload);
  const timestamp = nowTimestamp();
  return { body, timestamp, signature: signer.sign(timestamp, body) };
}

async function send(baseUrl: string, signer: TestSigner, captured: Captured) {
  const { status, body } = await postInteraction(`${baseUrl}/discord/interactions`, signer, null, {
    rawBody: captured.body,
    timestamp: captured.timestamp,
    signature: captured.signature,
  });
  return {
    status,
    body: body as { type?: number; error?: string; data?: { embeds?: unknown[]; content?: string } },
  };
}

describe('replayed interactions, one instance', () => {
  let signer: TestSigner;
  let portbot: RunningPortbot;
  const outcomes: AnswerOutcome[] = [];
  const recorder: AnswerRecorder = { record: (_adapter, outcome) => outcomes.push(outcome) };

  beforeAll(async () => {
    signer = createTestSigner();
    portbot = await startPortbot(discordConfig({ publicKey: signer.publicKeyHex }), {
      answers: recorder,
      // Two answers, then a wait of a minute: a replay that took a token would show at once.
      rateLimiter: createMemoryRateLimiter({ perMinute: 1, burst: 2 }),
    });
  });

  afterAll(async () => {
    await portbot?.stop();
  });

  it('answers a command once; its copies get 401 and take nothing from the limit or the counts', async () => {
    const original = capture(signer, portCommand('5432'));
    const first = await send(portbot.baseUrl, signer, original);
    expect(first.status).toBe(200);
    expect(first.body.data?.embeds).toHaveLength(1);
    expect(outcomes).toEqual(['answered']);
    for (let copy = 0; copy < 5; copy++) {
      const again = await send(portbot.baseUrl, signer, original);
      expect(again).toEqual({ status: 401, body: { error: 'replayed_interaction' } });
    }
    expect(outcomes).toEqual(['answered']);
    // The burst of two still has its second answer: the copies took no token.
    const second = await send(portbot.baseUrl, signer, capture(signer, portCommand('22')));
    expect(second.body.data?.embeds).toHaveLength(1);
    const third = await send(portbot.baseUrl, signer, capture(signer, portCommand('80')));
    expect(third.body.data?.content).toMatch(/try again in \d+ s/);
    expect(outcomes).toEqual(['answered', 'answered', 'rate_limited']);
  });

  it.each([
    ['autocomplete', () => portAutocomplete('redi'), 8],
    // From another user: the first test spent this one's burst.
    ['a button', () => fromUser(buttonClick('os:windows:p3389'), IDS.otherBot), 7],
  ])('refuses a second copy of %s', async (_name, build, type) => {
    const original = capture(signer, build());
    expect((await send(portbot.baseUrl, signer, original)).body.type).toBe(type);
    expect(await send(portbot.baseUrl, signer, original)).toEqual({
      status: 401,
      body: { error: 'replayed_interaction' },
    });
  });

  it('keeps answering PING, whose answer is constant and counted nowhere', async () => {
    const ping = capture(signer, PING);
    for (let copy = 0; copy < 3; copy++)
      expect(await send(portbot.baseUrl, signer, ping)).toEqual({ status: 200, body: { type: 1 } });
  });

  it('logs each refused copy as a warning with the interaction id', () => {
    const refused = portbot.logs.filter((entry) => String(entry.msg).includes('replay refused'));
    expect(refused.length).toBe(7);
    expect(refused.every((entry) => entry.level === 40 && typeof entry.interactionId === 'string')).toBe(
      true,
    );
  });
});

describe.skipIf(!redisAvailable())('replayed interactions, two replicas sharing Redis', () => {
  const signer = createTestSigner();
  let redis: RedisServer;
  const replicas: { composed: ComposedService; baseUrl: string }[] = [];

  async function startReplica(redisUrl: string) {
    const read = readServiceConfig({
      HOST: '127.0.0.1',
      PORT: '0',
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_APPLICATION_ID: IDS.application,
      REDIS_URL: redisUrl,
      NOTES: 'off',
      RATE_LIMIT_PER_MINUTE: '1',
      RATE_LIMIT_BURST: '2',
    });
    if (!read.ok) throw new Error(read.problems.join('; '));
    const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
    const composed = await composeService(read.config, {
      logger: createLogger('info', quiet),
      knowledge: testKnowledge,
    });
    await composed.start();
    const address = composed.service.server.address();
    if (address === null || typeof address === 'string') throw new Error('the replica is not listening');
    return { composed, baseUrl: `http://127.0.0.1:${address.port}` };
  }

  function replica(index: number) {
    const found = replicas[index];
    if (!found) throw new Error(`replica ${index} did not start`);
    return found.baseUrl;
  }

  /** portbot_answers_total for Discord by outcome, scraped from the replica's /metrics. */
  async function answersCounted(index: number): Promise<Record<string, number>> {
    const text = await (
      await fetch(`${replica(index)}/metrics`, { signal: AbortSignal.timeout(5_000) })
    ).text();
    const counts: Record<string, number> = {};
    for (const match of text.matchAll(/^portbot_answers_total\{adapter="discord",outcome="(\w+)"\} (\d+)$/gm))
      counts[match[1] as string] = Number(match[2]);
    return counts;
  }

  beforeAll(async () => {
    redis = await startRedisServer();
    replicas.push(await startReplica(redis.url), await startReplica(redis.url));
  }, 60_000);

  afterAll(async () => {
    for (const { composed } of replicas) await composed.stop();
    await redis?.stop();
  });

  it('answers once on one replica and refuses the copy on the other, leaving limit and counts alone', async () => {
    const original = capture(signer, portCommand('6379'));
    expect((await send(replica(0), signer, original)).body.data?.embeds).toHaveLength(1);
    for (const index of [1, 0, 1])
      expect(await send(replica(index), signer, original)).toEqual({
        status: 401,
        body: { error: 'replayed_interaction' },
      });
    expect(await answersCounted(0)).toMatchObject({ answered: 1, rate_limited: 0 });
    expect(await answersCounted(1)).toMatchObject({ answered: 0, rate_limited: 0 });
    // One shared burst of two: the second answer is still there, the third is limited.
    expect(
      (await send(replica(1), signer, capture(signer, portCommand('22')))).body.data?.embeds,
    ).toHaveLength(1);
    const limited = await send(replica(0), signer, capture(signer, portCommand('80')));
    expect(limited.body.data?.content).toMatch(/try again in \d+ s/);
    expect(await answersCounted(0)).toMatchObject({ answered: 1, rate_limited: 1 });
    expect(await answersCounted(1)).toMatchObject({ answered: 1, rate_limited: 0 });
  });
});
