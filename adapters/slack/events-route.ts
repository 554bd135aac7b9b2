/**
 * POST /slack/events on the service's HTTP server. Bolt's own HTTPReceiver handles the request
 * (signature check, parsing, ack), mounted through its `requestListener` so it never opens a server
 * of its own. Two things come first:
 * - Bolt rejects timestamps more than 5 minutes old but accepts any in the future, so a captured
 *   request could be replayed for as long as its clock claims. Those get 401 here.
 * - Form-encoded bodies are read once; the slash command takes the fast path
 *   (command-fast-path.ts), anything else goes to Bolt with the body already buffered (Bolt reads
 *   `rawBody` when present instead of the stream).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';
import type { Route } from '../shared/service-adapter.js';
import { type CommandFastPath, FORM_CONTENT_TYPE } from './command-fast-path.js';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's own tolerance for request timestamps: https://docs.slack.dev/authentication/verifying-requests-from-slack */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Slack's payloads are small; a message shortcut carries one message (≤ 40k characters). */
export const REQUEST_BODY_LIMIT = 1024 * 1024;

/** Whether the request's timestamp is further in the future than Slack's tolerance. */
export function isFromTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return false; // Bolt rejects these itself.
  return Number.parseInt(header, 10) > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS;
}

/** The body, or `undefined` when it is larger than `limit` (the request is then drained). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size <= limit ? Buffer.concat(chunks, size) : undefined));
    request.on('error', reject);
  });
}

export interface EventsRouteOptions {
  receiver: HTTPReceiver;
  logger: Logger;
  now?: () => number;
  fastPath?: CommandFastPath;
}

export function createEventsRoute({ receiver, logger, now = Date.now, fastPath }: EventsRouteOptions): Route {
  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    async handler(request: IncomingMessage, response: ServerResponse) {
      if (isFromTheFuture(request.headers['x-slack-request-timestamp'], now())) {
        logger.warn({ path: SLACK_EVENTS_PATH }, 'request timestamp too far in the future; rejected');
        request.resume();
        response.writeHead(401).end();
        return;
      }
      if (!fastPath || request.headers['content-type'] !== FORM_CONTENT_TYPE) {
        receiver.requestListener(request, response);
        return;
      }
      const rawBody = await readBody(request, REQUEST_BODY_LIMIT);
      if (!rawBody) {
        response.writeHead(413).end();
        return;
      }
      if (await fastPath({ headers: request.headers, rawBody }, response)) return;
      receiver.requestListener(Object.assign(request, { rawBody }), response);
    },
  };
}
