/**
 * End to end, hostile requests to POST /slack/events on the service composed as `npm start`
 * composes it: timestamps spelled to slip past `Number()`, replayed signed requests, oversized and
 * streamed bodies, and clients that leave mid-body. Every request is really signed and really sent
 * over 127.0.0.1; the answers, the metrics and the log are read back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequestTimestamp, replayWindowMs } from '../../adapters/slack/events-route.js';
import { appMention, blockAction, interactionForm, slashCommandForm } from '../support/slack/payloads.js';
import { openRawConnection, rawPost, requestHead } from '../support/slack/raw-request.js';
import {
  FORM,
  JSON_TYPE,
  nowSeconds,
  signBody,
  signedPost,
  TEST_SIGNING_SECRET,
} from '../support/slack/signing.js';
import { type RunningSlackService, startSlackServiceFromEnv } from '../support/slack/slack-service.js';
import { waitFor, waitForHandled } from '../support/slack/wait.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const PATH = '/slack/events';
const HOUR = 3600;

let api: WebApiStandIn;
let slack: RunningSlackService & { metricsUrl: string };
let responseIds = 0;

beforeAll(async () => {
  api = await startWebApiStandIn();
  slack = await startSlackServiceFromEnv({
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: api.apiUrl,
    LOG_LEVEL: 'debug',
    // Many requests from one user: the per-user limit is not what this suite is about.
    RATE_LIMIT_PER_MINUTE: '0',
  });
});

afterAll(async () => {
  await slack?.stop();
  await api?.close();
});

function commandForm(text = '22'): string {
  return slashCommandForm(text, api.responseUrl(`h${++responseIds}`));
}

/**
 * What Bolt's `Number()` reads from a spelling: a request signed with that number passes Bolt's
 * own check, so only our check of the spelling can refuse it.
 */
function boltReads(spelling: string | string[], otherwise: number): number {
  const read = Array.isArray(spelling) ? Number.NaN : Number(spelling);
  return Number.isFinite(read) ? read : otherwise;
}

/** A request signed with what Bolt would read, its timestamp header spelled `spelling`. */
function postSpelled(seconds: number, spelling: string | string[], body = commandForm()) {
  return rawPost(slack.eventsUrl, body, {
    'content-type': FORM,
    'x-slack-request-timestamp': spelling,
    'x-slack-signature': signBody(TEST_SIGNING_SECRET, boltReads(spelling, seconds), body),
  });
}

/** Spellings that `Number()` reads as `seconds` (or that Bolt would read some other way). */
function spellings(seconds: number): [string, string | string[]][] {
  const hundreds = Math.floor(seconds / 100) * 100;
  return [
    ['T.0', `${seconds}.0`],
    ['000T', `000${seconds}`],
    ['0x hex', `0x${seconds.toString(16)}`],
    ['+T', `+${seconds}`],
    ['T with trailing garbage', `${seconds}abc`],
    ['1e9-style', `${hundreds / 1e9}e9`],
    ['empty', ''],
    ['repeated header', [String(seconds), String(seconds)]],
  ];
}

function sample(metrics: string, name: string, labels: string): number | undefined {
  const line = metrics.split('\n').find((entry) => entry.startsWith(`${name}{${labels}} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('request timestamps', () => {
  it.each(spellings(nowSeconds() + HOUR))(
    'refuses a request signed an hour ahead with the timestamp written %s',
    async (_name, spelling) => {
      const response = await postSpelled(nowSeconds() + HOUR, spelling);
      expect(response.status).toBe(401);
    },
  );

  it.each(spellings(nowSeconds()))(
    'refuses the current time written %s (only canonical digits count)',
    async (_name, spelling) => {
      const response = await postSpelled(nowSeconds(), spelling);
      expect(response.status).toBe(401);
    },
  );

  it.each([
    ['far in the past', 1_000_000_000],
    ['just over five minutes old', -301],
    ['just over five minutes ahead', 301],
    ['far in the future', 99_999_999_999],
  ])('refuses a timestamp %s', async (_name, offsetOrValue) => {
    const seconds = Math.abs(offsetOrValue) > 1_000_000 ? offsetOrValue : nowSeconds() + offsetOrValue;
    const response = await postSpelled(seconds, String(seconds));
    expect(response.status).toBe(401);
  });

  it('accepts the canonical timestamp, for a slash command and for an event (control)', async () => {
    const command = await postSpelled(nowSeconds(), String(nowSeconds()));
    expect(command.status).toBe(200);
    expect(JSON.parse(command.body)).toMatchObject({ response_type: 'ephemeral' });
    const event = JSON.stringify(appMention(`<@${BOT_USER_ID}> 22`));
    const seconds = nowSeconds();
    const posted = await rawPost(slack.eventsUrl, event, {
      'content-type': JSON_TYPE,
      'x-slack-request-timestamp': String(seconds),
      'x-slack-signature': signBody(TEST_SIGNING_SECRET, seconds, event),
    });
    expect(posted.status).toBe(200);
  });

  it('refuses the same spellings on the events path', async () => {
    const event = JSON.stringify(appMention(`<@${BOT_USER_ID}> 22`));
    const ahead = nowSeconds() + HOUR;
    for (const [, spelling] of spellings(ahead)) {
      const response = await rawPost(slack.eventsUrl, event, {
        'content-type': JSON_TYPE,
        'x-slack-request-timestamp': spelling,
        'x-slack-signature': signBody(TEST_SIGNING_SECRET, boltReads(spelling, ahead), event),
      });
      expect(response.status, String(spelling)).toBe(401);
    }
  });

  it("answers Slack's unsigned ssl_check, and refuses anything else without a timestamp", async () => {
    const check = await rawPost(slack.eventsUrl, 'ssl_check=1&token=legacy', { 'content-type': FORM });
    expect(check.status).toBe(200);
    const body = commandForm();
    const unsigned = await rawPost(slack.eventsUrl, body, {
      'content-type': FORM,
      'x-slack-signature': signBody(TEST_SIGNING_SECRET, nowSeconds(), body),
    });
    expect(unsigned.status).toBe(401);
  });

  // HTTP drops spaces around a header value before anything reads it (so ' T' on the wire is T,
  // and the test above covers it as T); the check itself refuses them all the same.
  it.each([
    [' 1700000000', 'malformed'],
    ['1700000000 ', 'malformed'],
    ['-1700000000', 'malformed'],
    ['1700000000', 'ok'],
    ['1699999699', 'too_old'],
    ['1700000301', 'too_new'],
    [undefined, 'malformed'],
  ])('checkRequestTimestamp(%j) is %s', (header, verdict) => {
    expect(checkRequestTimestamp(header, 1_700_000_000_500)).toBe(verdict);
  });
});

describe('replayed requests', () => {
  it('answers a signed slash command once; the same request again gets an empty 200', async () => {
    const body = commandForm('5432');
    const timestamp = nowSeconds();
    const first = await signedPost(slack.eventsUrl, body, FORM, { timestamp });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ response_type: 'ephemeral' });
    const again = await signedPost(slack.eventsUrl, body, FORM, { timestamp });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('');
    // A new request with the same words is a new question (control).
    const fresh = await signedPost(slack.eventsUrl, commandForm('5432'), FORM);
    expect(await fresh.json()).toMatchObject({ response_type: 'ephemeral' });
  });

  it('never answers a replayed button click twice', async () => {
    const id = `click${++responseIds}`;
    const body = interactionForm(blockAction('portbot_os_windows', '1|windows|p8080', api.responseUrl(id)));
    const timestamp = nowSeconds();
    expect((await signedPost(slack.eventsUrl, body, FORM, { timestamp })).status).toBe(200);
    const again = await signedPost(slack.eventsUrl, body, FORM, { timestamp });
    expect(again.status).toBe(200);
    await waitFor(() => (api.responsePosts.some((post) => post.id === id) ? true : undefined));
    // The replay was refused before Bolt (this line is written before its 200): nothing of it runs later.
    expect(slack.logs.some((line) => String(line.msg).startsWith('repeated request signature'))).toBe(true);
    expect(api.responsePosts.filter((post) => post.id === id)).toHaveLength(1);
  });

  it("acknowledges Slack's own retries of an event with 2xx and answers the event once", async () => {
    const before = api.callsTo('chat.postMessage').length;
    const event = JSON.stringify(appMention(`<@${BOT_USER_ID}> 3306`, { eventId: 'EvHOSTILE01' }));
    const first = nowSeconds();
    expect((await signedPost(slack.eventsUrl, event, JSON_TYPE, { timestamp: first })).status).toBe(200);
    // The same bytes again (a replay), then Slack's retries, each signed anew.
    expect((await signedPost(slack.eventsUrl, event, JSON_TYPE, { timestamp: first })).status).toBe(200);
    for (const [retry, offset] of [
      ['1', 1],
      ['2', 2],
    ] as const) {
      const headers = { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' };
      const response = await signedPost(slack.eventsUrl, event, JSON_TYPE, {
        timestamp: first + offset,
        headers,
      });
      expect(response.status).toBe(200);
    }
    await api.waitForCalls('chat.postMessage', before + 1);
    // The replay stops at the route; the first try and both retries reach Bolt and finish.
    await waitForHandled(slack.logs, [JSON.parse(event) as Record<string, unknown>], 3);
    expect(api.callsTo('chat.postMessage')).toHaveLength(before + 1);
  });

  it('holds a signature exactly as long as its timestamp is accepted', () => {
    const now = 1_700_000_000_000;
    expect(replayWindowMs(1_700_000_000, now)).toBe(301_000);
    expect(replayWindowMs(1_700_000_000 + 300, now)).toBe(601_000);
    expect(replayWindowMs(1_700_000_000 - 300, now)).toBe(1000);
  });
});

describe('request bodies', () => {
  function signedHead(headers: Record<string, string>): string {
    // The signature is of an empty body: these requests are refused before it could matter.
    const timestamp = nowSeconds();
    return requestHead(PATH, {
      'content-type': FORM,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signBody(TEST_SIGNING_SECRET, timestamp, ''),
      ...headers,
    });
  }

  it('refuses a declared length over the limit with 413 before reading any of the body', async () => {
    const connection = await openRawConnection(slack.baseUrl, signedHead({ 'content-length': '10485760' }));
    try {
      // Not a byte of the body was sent: the answer can only come from the declared length.
      expect(await connection.waitForStatus()).toBe(413);
      await waitFor(() => (connection.closed() ? true : undefined), { what: 'the server to close' });
    } finally {
      connection.socket.destroy();
    }
  });

  it('stops reading a streamed body as soon as it crosses the limit and answers 413', async () => {
    const connection = await openRawConnection(slack.baseUrl, signedHead({ 'transfer-encoding': 'chunked' }));
    const piece = 'x'.repeat(600 * 1024);
    const chunk = `${piece.length.toString(16)}\r\n${piece}\r\n`;
    try {
      // One piece is under the limit and is read through (the control below); the second crosses it.
      connection.socket.write(chunk);
      connection.socket.write(chunk);
      // The body never ended (no last chunk): the answer comes from crossing the limit.
      expect(await connection.waitForStatus()).toBe(413);
      await waitFor(() => (connection.closed() ? true : undefined), { what: 'the server to close' });
    } finally {
      connection.socket.destroy();
    }
  });

  it('reads a streamed body under the limit to its end, not refusing it for its size (control)', async () => {
    const connection = await openRawConnection(slack.baseUrl, signedHead({ 'transfer-encoding': 'chunked' }));
    const piece = 'x'.repeat(600 * 1024);
    try {
      connection.socket.write(`${piece.length.toString(16)}\r\n${piece}\r\n`);
      connection.socket.write('0\r\n\r\n');
      // Only a body read to its end gets as far as the signature, which is of an empty body: 401.
      // So the first piece alone is never answered 413, whatever the timing.
      expect(await connection.waitForStatus(10_000)).toBe(401);
    } finally {
      connection.socket.destroy();
    }
  });

  it('answers a body under the limit (control)', async () => {
    const body = `${commandForm('22')}&pad=${'x'.repeat(512 * 1024)}`;
    const response = await signedPost(slack.eventsUrl, body, FORM);
    expect(response.status).toBe(200);
  });
});

describe('a client that leaves mid-body', () => {
  it('is logged at debug without a stack and is not counted as an error', async () => {
    const body = commandForm('22');
    const timestamp = nowSeconds();
    const head = requestHead(PATH, {
      'content-type': FORM,
      'content-length': String(body.length),
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signBody(TEST_SIGNING_SECRET, timestamp, body),
      // Node answers "100 Continue" as it hands the request to the service: the signal that the
      // service is reading the body, so the client surely leaves mid-body.
      expect: '100-continue',
    });
    const connection = await openRawConnection(slack.baseUrl, head);
    expect(await connection.waitForStatus(10_000)).toBe(100);
    const half = body.slice(0, Math.floor(body.length / 2));
    await new Promise<void>((resolve) => connection.socket.write(half, () => resolve()));
    connection.socket.destroy();

    const line = await waitFor(
      () => slack.logs.find((entry) => entry.msg === 'client left before sending the body'),
      {
        what: 'the dropped-client log line',
      },
    );
    expect(line.level).toBe(20);
    expect(line.err).toBeUndefined();
    expect(JSON.stringify(line)).not.toMatch(/\n\s+at |stack/);
    expect(slack.logs.filter((entry) => entry.level >= 50)).toEqual([]);
    const metrics = await (await fetch(slack.metricsUrl)).text();
    expect(sample(metrics, 'portbot_errors_total', 'source="http"')).toBe(0);
    expect(sample(metrics, 'portbot_errors_total', 'source="slack"')).toBe(0);
    // The service still answers (control).
    expect((await signedPost(slack.eventsUrl, commandForm('80'), FORM)).status).toBe(200);
  });
});
