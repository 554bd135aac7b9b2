/**
 * POST /slack/events on the service's HTTP server. Bolt's own HTTPReceiver handles what reaches it
 * (parsing, dispatch, ack), mounted through its `requestListener` so it never opens a server of its
 * own. Before that, every request passes these checks, in this order:
 * - The request timestamp must be canonical digits within five minutes of now, either way. Bolt
 *   reads the header with `Number()` (so `T.0`, `000T` or `0x…` pass for `T`) and accepts any
 *   timestamp in the future, which would let a captured request be replayed for as long as its
 *   clock claims.
 * - The body is read here, at most REQUEST_BODY_LIMIT bytes: a larger `Content-Length` is refused
 *   before reading anything, and a streamed body is cut off as soon as it crosses the limit. Bolt
 *   then reads `rawBody` instead of the stream. A client that goes away mid-body is not an error
 *   of ours: one debug line.
 * - The signature is checked with Bolt's own `verifySlackRequest`.
 * - Slack's requests carry no nonce, so a signed request captured on the way could be sent again
 *   within the five minutes. Each signature is claimed once in the dedupe store (shared by the
 *   replicas when REDIS_URL is set) for as long as its timestamp is accepted; a repeat is
 *   acknowledged with an empty 200 and never answered. (Slack's own event retries are signed anew
 *   and are deduplicated by `event_id` in listeners/dedupe.ts.)
 * Then everything, `/port` included, goes to Bolt's dispatch (which answers the command in its
 * HTTP acknowledgement), or gets 503 while the adapter is not ready (Bolt cannot dispatch before
 * auth.test succeeded).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse } from 'node:querystring';
import type { DedupeStore } from '../shared/event-dedupe.js';
import type { Logger } from '../shared/logger.js';
import type { Route } from '../shared/service-adapter.js';
import { type HTTPReceiver, verifySlackRequest } from './bolt.js';

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's own tolerance for request timestamps: https://docs.slack.dev/authentication/verifying-requests-from-slack */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Slack's payloads are small; a message shortcut carries one message (≤ 40k characters). */
export const REQUEST_BODY_LIMIT = 1024 * 1024;

/** Unix seconds as Slack writes them: digits, no sign, no leading zero, no fraction, no spaces. */
const CANONICAL_SECONDS = /^[1-9][0-9]{0,11}$/;

export type TimestampVerdict = 'ok' | 'malformed' | 'too_old' | 'too_new';

/**
 * Whether `X-Slack-Request-Timestamp` is canonical and within MAX_CLOCK_SKEW_SECONDS of `nowMs`.
 * A repeated header reaches Node as one value joined with ", " and is malformed too.
 * @example checkRequestTimestamp('0x6553f100', Date.now()) // 'malformed'
 */
export function checkRequestTimestamp(
  header: string | string[] | undefined,
  nowMs: number,
): TimestampVerdict {
  if (typeof header !== 'string' || !CANONICAL_SECONDS.test(header)) return 'malformed';
  const seconds = Number(header);
  const now = Math.floor(nowMs / 1000);
  if (seconds < now - MAX_CLOCK_SKEW_SECONDS) return 'too_old';
  if (seconds > now + MAX_CLOCK_SKEW_SECONDS) return 'too_new';
  return 'ok';
}

/** Whether the request's timestamp is further in the future than Slack's tolerance. */
export function isFromTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  return checkRequestTimestamp(header, nowMs) === 'too_new';
}

/**
 * How long a signature stays claimed: until its timestamp would be refused as too old, and a
 * second more for the clock's rounding. Past that the request is refused by its timestamp anyway.
 */
export function replayWindowMs(timestampSeconds: number, nowMs: number): number {
  return Math.max(1000, (timestampSeconds + MAX_CLOCK_SKEW_SECONDS + 1) * 1000 - nowMs);
}

export type BodyRead =
  | { kind: 'body'; body: Buffer }
  | { kind: 'too_large' }
  | { kind: 'dropped'; reason: string };

/**
 * Reads the body, stopping as soon as it grows past `limit` bytes (the rest is never read).
 * Never rejects: a client that goes away before the end is a `dropped` read.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        finish({ kind: 'too_large' });
      } else chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'body', body: Buffer.concat(chunks, size) });
    const onError = (error: Error) => finish({ kind: 'dropped', reason: error.message });
    // 'close' before 'end' without an error: the connection went away.
    const onClose = () => finish({ kind: 'dropped', reason: 'connection closed' });
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onError);
    request.once('close', onClose);
  });
}

/** A declared length over `limit`; `false` when there is none (chunked) or it is within. */
function declaresTooMuch(request: IncomingMessage, limit: number): boolean {
  const declared = request.headers['content-length'];
  return declared !== undefined && /^\d+$/.test(declared) && Number(declared) > limit;
}

/**
 * Answers without reading further and closes the connection once the answer is written, so that
 * the rest of an oversized body is never read (Node closes a `connection: close` response's socket).
 */
function refuse(response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  response.writeHead(status, { connection: 'close', 'content-length': 0 });
  response.end();
}

function isSslCheck(contentType: string | undefined, body: Buffer): boolean {
  // Slack's ssl_check is not signed; Bolt answers it and drops anything else in the body.
  return contentType === FORM_CONTENT_TYPE && parse(body.toString('utf8')).ssl_check === '1';
}

export interface EventsRouteOptions {
  receiver: HTTPReceiver;
  signingSecret: string;
  /** Claims each signature once; shared by the replicas when REDIS_URL is set. */
  dedupe: DedupeStore;
  logger: Logger;
  now?: () => number;
  /** Whether Bolt can dispatch (auth.test succeeded); before that, Bolt-bound requests get 503. */
  ready?: () => boolean;
  /** Largest body read (default REQUEST_BODY_LIMIT). */
  bodyLimit?: number;
}

export function createEventsRoute(options: EventsRouteOptions): Route {
  const { receiver, logger, dedupe } = options;
  const now = options.now ?? Date.now;
  const ready = options.ready ?? (() => true);
  const bodyLimit = options.bodyLimit ?? REQUEST_BODY_LIMIT;
  const rejected = (response: ServerResponse, reason: string, status = 401) => {
    logger.warn({ path: SLACK_EVENTS_PATH, reason }, 'request rejected');
    refuse(response, status);
  };

  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    async handler(request: IncomingMessage, response: ServerResponse) {
      const timestampHeader = request.headers['x-slack-request-timestamp'];
      // Without a timestamp it can only be Slack's unsigned ssl_check, which the body tells.
      const verdict =
        timestampHeader === undefined ? undefined : checkRequestTimestamp(timestampHeader, now());
      if (verdict !== undefined && verdict !== 'ok') return rejected(response, `timestamp ${verdict}`);
      if (declaresTooMuch(request, bodyLimit)) return rejected(response, 'body too large', 413);

      const read = await readBody(request, bodyLimit);
      if (read.kind === 'dropped') {
        // The client went away (a timeout, a closed tab of a proxy): nothing of ours failed.
        logger.debug({ path: SLACK_EVENTS_PATH, reason: read.reason }, 'client left before sending the body');
        return;
      }
      if (read.kind === 'too_large') return rejected(response, 'body too large', 413);
      const rawBody = read.body;
      const contentType = request.headers['content-type'];
      if (verdict === undefined) {
        if (!isSslCheck(contentType, rawBody)) return rejected(response, 'timestamp missing');
        // Unsigned: nothing but the check itself reaches Bolt, whatever else the body carried.
        receiver.requestListener(Object.assign(request, { rawBody: Buffer.from('ssl_check=1') }), response);
        return;
      }

      const signature = request.headers['x-slack-signature'];
      const timestamp = Number(timestampHeader);
      try {
        if (typeof signature !== 'string') throw new Error('signature header missing or repeated');
        verifySlackRequest({
          signingSecret: options.signingSecret,
          body: rawBody.toString('utf8'),
          headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
          nowMilliseconds: now(),
        });
      } catch (error) {
        return rejected(response, (error as Error).message);
      }
      if (!(await dedupe.claim(`slack:signature:${signature}`, replayWindowMs(timestamp, now())))) {
        logger.warn({ path: SLACK_EVENTS_PATH }, 'repeated request signature; acknowledged, not answered');
        response.writeHead(200, { 'content-length': 0 }).end();
        return;
      }

      if (!ready()) {
        response.writeHead(503, { 'retry-after': '10', 'content-length': 0 }).end();
        return;
      }
      receiver.requestListener(Object.assign(request, { rawBody }), response);
    },
  };
}
