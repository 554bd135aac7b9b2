/**
 * The freshness window of HTTP interactions: X-Signature-Timestamp must be canonical decimal
 * seconds within five minutes of our clock, for every interaction type, PING included. Each
 * hostile spelling is sent as a real request whose signature is valid for exactly that spelling,
 * so it is the timestamp check that refuses it, not the signature.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isFreshTimestamp,
  MAX_TIMESTAMP_SKEW_SECONDS,
  timestampSkewSeconds,
} from '../../adapters/discord/verify-signature.js';
import type { AnswerOutcome, AnswerRecorder } from '../../adapters/shared/answer-recorder.js';
import { buttonClick, PING, portAutocomplete, portCommand } from '../support/discord/payloads.js';
import { createTestSigner, postInteraction, type TestSigner } from '../support/discord/signing.js';
import { discordConfig, type RunningPortbot, startPortbot } from '../support/discord/start-portbot.js';

const DAY = 86_400;

/** Each spelling, from the current time in whole seconds. */
const HOSTILE: [string, (now: number) => string][] = [
  ['a day old', (now) => String(now - DAY)],
  ['a year ahead', (now) => String(now + 365 * DAY)],
  ['six minutes old', (now) => String(now - 360)],
  ['six minutes ahead', (now) => String(now + 360)],
  ['0', () => '0'],
  ['hexadecimal', (now) => `0x${now.toString(16)}`],
  ['a leading zero', (now) => `0${now}`],
  ['a plus sign', (now) => `+${now}`],
  ['a minus sign', (now) => `-${now}`],
  ['a decimal fraction', (now) => `${now}.0`],
  ['an exponent', (now) => `${now / 1000}e3`],
  ['a space inside', (now) => `${String(now).slice(0, 5)} ${String(now).slice(5)}`],
  // Spaces around the value are stripped on the way (HTTP drops them from header values), so the
  // signature made over the spaced text no longer matches: still 401.
  ['spaces around', (now) => ` ${now} `],
  ['thirty nines', () => '9'.repeat(30)],
  ['empty', () => ''],
];

/** Every interaction type, each call a new interaction (a fresh id), and the response type it gets. */
const TYPES: [string, () => unknown, number][] = [
  ['PING', () => PING, 1],
  ['a command', () => portCommand('5432'), 4],
  ['autocomplete', () => portAutocomplete('postg'), 8],
  ['a button', () => buttonClick('os:linux:p5432'), 7],
];

const CASES = TYPES.flatMap(([type, build]) =>
  HOSTILE.map(([spelling, stamp]) => [type, spelling, build, stamp] as const),
);

let signer: TestSigner;
let portbot: RunningPortbot;
const outcomes: AnswerOutcome[] = [];
const recorder: AnswerRecorder = { record: (_adapter, outcome) => outcomes.push(outcome) };

beforeAll(async () => {
  signer = createTestSigner();
  portbot = await startPortbot(discordConfig({ publicKey: signer.publicKeyHex }), { answers: recorder });
});

afterAll(async () => {
  await portbot?.stop();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

function post(payload: unknown, timestamp: string) {
  const body = JSON.stringify(payload);
  return postInteraction(`${portbot.baseUrl}/discord/interactions`, signer, payload, {
    rawBody: body,
    timestamp,
    signature: signer.sign(timestamp, body),
  });
}

describe('HTTP interactions: the timestamp window', () => {
  it.each(CASES)('refuses %s with a timestamp %s (401), unanswered and uncounted', async (...args) => {
    const [, , build, stamp] = args;
    const { status, body } = await post(build(), stamp(nowSeconds()));
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'invalid_signature' });
    expect(outcomes).toEqual([]);
  });

  it.each(TYPES)(
    'answers %s signed four minutes ago or four minutes ahead',
    async (type, build, expected) => {
      for (const offset of [-240, 240]) {
        const { status, body } = await post(build(), String(nowSeconds() + offset));
        expect(status, `${type} at ${offset} s`).toBe(200);
        expect((body as { type: number }).type, `${type} at ${offset} s`).toBe(expected);
      }
    },
  );

  it('logs each refusal as a warning with how far off a canonical timestamp was', () => {
    const refusals = portbot.logs.filter((entry) => String(entry.msg).includes('5-minute window'));
    // "spaces around" arrives trimmed, in the window, and is refused by the signature instead.
    expect(refusals).toHaveLength(CASES.filter(([, spelling]) => spelling !== 'spaces around').length);
    expect(refusals.every((entry) => entry.level === 40)).toBe(true);
    const skews = refusals.map((entry) => entry.skewSeconds).filter((skew) => typeof skew === 'number');
    expect(skews.some((skew) => skew >= DAY && skew <= DAY + 2)).toBe(true);
  });
});

describe('isFreshTimestamp', () => {
  const NOW_MS = 1_765_000_000_500;
  const NOW = '1765000000';

  it.each([
    [NOW, true],
    [String(1_765_000_000 - MAX_TIMESTAMP_SKEW_SECONDS), true],
    [String(1_765_000_000 + MAX_TIMESTAMP_SKEW_SECONDS), true],
    [String(1_765_000_000 - MAX_TIMESTAMP_SKEW_SECONDS - 1), false],
    [String(1_765_000_000 + MAX_TIMESTAMP_SKEW_SECONDS + 1), false],
    ['0', false],
    ['00', false],
    [`0${NOW}`, false],
    ['0x6935f580', false],
    [`+${NOW}`, false],
    [`-${NOW}`, false],
    [`${NOW}.0`, false],
    ['1.765e9', false],
    [`${NOW}e0`, false],
    [` ${NOW}`, false],
    [`${NOW} `, false],
    [`\t${NOW}`, false],
    [`${NOW}\n`, false],
    ['١٧٦٥٠٠٠٠٠٠', false],
    ['１７６５０００００００', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (timestamp, fresh) => {
    expect(isFreshTimestamp(timestamp, NOW_MS)).toBe(fresh);
  });

  it('reports the skew of a canonical timestamp, and none for anything else', () => {
    expect(timestampSkewSeconds('1764999940', NOW_MS)).toBe(60);
    expect(timestampSkewSeconds('1765000060', NOW_MS)).toBe(-60);
    expect(timestampSkewSeconds('0x10', NOW_MS)).toBeUndefined();
  });
});
