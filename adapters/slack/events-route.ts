/**
 * POST /slack/events on the service's HTTP server: Bolt's own HTTPReceiver handles the request
 * (signature check, parsing, ack), mounted through its `requestListener` so it never opens a server
 * of its own. One check is added in front: Bolt rejects timestamps more than 5 minutes old but
 * accepts any in the future, so a captured request could be replayed for as long as its clock
 * claims. A request more than 5 minutes ahead gets 401 before Bolt sees it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';
import type { Route } from '../shared/service-adapter.js';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's own tolerance for request timestamps: https://docs.slack.dev/authentication/verifying-requests-from-slack */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** Whether the request's timestamp is further in the future than Slack's tolerance. */
export function isFromTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return false; // Bolt rejects these itself.
  return Number.parseInt(header, 10) > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS;
}

export function createEventsRoute(
  receiver: HTTPReceiver,
  logger: Logger,
  now: () => number = Date.now,
): Route {
  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    handler(request: IncomingMessage, response: ServerResponse) {
      if (isFromTheFuture(request.headers['x-slack-request-timestamp'], now())) {
        logger.warn({ path: SLACK_EVENTS_PATH }, 'request timestamp too far in the future; rejected');
        request.resume();
        response.writeHead(401).end();
        return;
      }
      receiver.requestListener(request, response);
    },
  };
}
