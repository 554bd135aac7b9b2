/**
 * The service's per-user rate limit and answer counts, on both transports: the real in-memory
 * limiter the service uses without Redis, and a recorder that keeps what it is told.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerOutcome, AnswerRecorder } from '../../adapters/shared/answer-recorder.js';
import { createMemoryRateLimiter } from '../../adapters/shared/rate-limit.js';
import { type FakeDiscord, startFakeDiscord, waitUntil } from '../support/discord/fake-discord.js';
import {
  botUser,
  FAKE_TOKEN,
  IDS,
  messageCreate,
  portAutocomplete,
  portCommand,
  user,
} from '../support/discord/payloads.js';
import { createTestSigner, postInteraction, type TestSigner } from '../support/discord/signing.js';
import { discordConfig, type RunningPortbot, startPortbot } from '../support/discord/start-portbot.js';

interface Recorded {
  adapter: string;
  outcome: AnswerOutcome;
}

let discord: FakeDiscord;
let signer: TestSigner;
let portbot: RunningPortbot;
const recorded: Recorded[] = [];
const recorder: AnswerRecorder = { record: (adapter, outcome) => recorded.push({ adapter, outcome }) };

/** The same question from another user: the limit is per user. */
function fromUser(payload: ReturnType<typeof portCommand>, id: string) {
  const member = (payload as { member?: object }).member;
  return { ...payload, member: { ...member, user: user(id) } };
}

beforeAll(async () => {
  discord = await startFakeDiscord();
  signer = createTestSigner();
  portbot = await startPortbot(
    discordConfig({ token: FAKE_TOKEN, publicKey: signer.publicKeyHex, apiUrl: discord.apiUrl }),
    { rateLimiter: createMemoryRateLimiter({ perMinute: 1, burst: 3 }), answers: recorder },
  );
  await waitUntil(() => portbot.adapter.ready(), 10_000, 'the gateway to be ready');
});

afterAll(async () => {
  await portbot?.stop();
  await discord?.close();
});

const post = async (payload: unknown) =>
  (await postInteraction(`${portbot.baseUrl}/discord/interactions`, signer, payload)).body as {
    type: number;
    data: { flags?: number; content?: string; embeds?: unknown[]; choices?: unknown[] };
  };

describe('rate limits and answer counts', () => {
  it('asks a user to slow down after the burst, privately, and counts each outcome', async () => {
    const first = await post(portCommand('22'));
    const problem = await post(portCommand('70000'));
    const third = await post(portCommand('443'));
    const limited = await post(portCommand('8080'));
    expect(first.data.embeds?.length).toBe(1);
    expect(problem.data.flags).toBe(64);
    expect(third.data.embeds?.length).toBe(1);
    expect(limited.type).toBe(4);
    expect(limited.data.flags).toBe(64);
    expect(limited.data.content).toMatch(/try again in \d+ s/);
    expect(recorded.map((entry) => entry.outcome)).toEqual([
      'answered',
      'user_error',
      'answered',
      'rate_limited',
    ]);
    expect(new Set(recorded.map((entry) => entry.adapter))).toEqual(new Set(['discord']));
  });

  it('neither limits nor counts autocomplete, and limits each user apart', async () => {
    const before = recorded.length;
    const choices = await post(portAutocomplete('80'));
    expect(choices.type).toBe(8);
    expect(recorded.length).toBe(before);
    const other = await post(fromUser(portCommand('8080'), IDS.otherBot));
    expect(other.data.embeds?.length).toBe(1);
  });

  it('applies the same limit to mentions, with the note as the reply', async () => {
    const sent: string[] = [];
    for (const text of ['22', '80', '443', '8443']) {
      const question = messageCreate({
        content: `<@${IDS.bot}> ${text}`,
        mentions: [botUser()],
        author: user('900000000000000032'),
      });
      sent.push(question.id);
      discord.gateway.dispatch('MESSAGE_CREATE', question);
      await discord.waitForRequest(
        (request) =>
          (request.body as { message_reference?: { message_id?: string } } | null)?.message_reference
            ?.message_id === question.id,
      );
    }
    const replies = sent.map((id) =>
      discord.requests.find(
        (request) =>
          (request.body as { message_reference?: { message_id?: string } } | null)?.message_reference
            ?.message_id === id,
      ),
    );
    await waitUntil(() => recorded.at(-1)?.outcome === 'rate_limited', 5_000, 'the count');
    const last = replies.at(-1)?.body as { content: string; embeds: unknown[]; allowed_mentions: unknown };
    expect(last.content).toMatch(/try again in \d+ s/);
    expect(last.embeds).toEqual([]);
    expect(last.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(recorded.slice(-4).map((entry) => entry.outcome)).toEqual([
      'answered',
      'answered',
      'answered',
      'rate_limited',
    ]);
  });
});
