/**
 * POST /discord/interactions: Discord's HTTP interactions (the "Interactions Endpoint URL").
 * Check that the timestamp is fresh and the signature verifies over the raw bytes, answer PING
 * with PONG, claim the interaction's id so that it is answered once, and answer everything else in
 * the response body, the same payloads the gateway sends. Needs no connection to Discord, so any
 * number of replicas can sit behind a load balancer (they share the id claims through Redis).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType } from 'discord.js';
import type { DedupeStore } from '../shared/event-dedupe.js';
import type { Logger } from '../shared/logger.js';
import type { HandleQuestion } from '../shared/question-journey.js';
import type { Route } from '../shared/service-adapter.js';
import { readApiInteraction } from './api-interaction.js';
import type { InteractionContext } from './interaction-handler.js';
import { interactionPlan, prepareSafely } from './questions.js';
import { readBody } from './read-body.js';
import {
  createSignatureVerifier,
  isFreshTimestamp,
  MAX_TIMESTAMP_SKEW_SECONDS,
  timestampSkewSeconds,
} from './verify-signature.js';

export const INTERACTIONS_PATH = '/discord/interactions';
/** Interactions are a few KB; a message scanned by "Explain ports" holds at most 4000 characters. */
export const MAX_INTERACTION_BYTES = 256 * 1024;
/**
 * How long an interaction id is remembered: a signed request is accepted from five minutes before
 * its timestamp to five minutes after, so ten minutes from the first sighting cover every moment
 * a copy of it could still pass the timestamp check.
 */
export const INTERACTION_ID_TTL_MS = 2 * MAX_TIMESTAMP_SKEW_SECONDS * 1000;

export interface InteractionsRouteOptions {
  publicKey: string;
  /** The shared journey: rate limit, reply cache, answer, count, log line, apology. */
  handleQuestion: HandleQuestion;
  context: InteractionContext;
  logger: Logger;
  /** Claims interaction ids: memory for one instance, Redis when replicas share REDIS_URL. */
  dedupe: DedupeStore;
  /** Clock in milliseconds for the timestamp window; tests pass their own. */
  now?: () => number;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  sendText(response, status, JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export function createInteractionsRoute(options: InteractionsRouteOptions): Route {
  const verify = createSignatureVerifier(options.publicKey);
  const { logger, dedupe } = options;
  const now = options.now ?? Date.now;

  const handler = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const read = await readBody(request, MAX_INTERACTION_BYTES);
    if (!read.ok) {
      if (read.reason === 'too_large') send(response, 413, { error: 'body_too_large' });
      return;
    }
    const signature = header(request, 'x-signature-ed25519');
    const timestamp = header(request, 'x-signature-timestamp');
    // Checked before the signature (it costs nothing) and for every type, PING included: a
    // request signed long ago, or dated far ahead to stay valid, is refused like a forged one, so
    // the response tells a prober nothing about which check failed.
    if (!isFreshTimestamp(timestamp, now())) {
      const skewSeconds = timestampSkewSeconds(timestamp, now());
      logger.warn({ skewSeconds }, 'discord interaction timestamp outside the 5-minute window; refused');
      return send(response, 401, { error: 'invalid_signature' });
    }
    if (!verify(signature, timestamp, read.body)) return send(response, 401, { error: 'invalid_signature' });
    const interaction = readApiInteraction(parseJson(read.body));
    // PING is not claimed: its answer is constant, costs nothing and counts nowhere.
    if (interaction.kind === 'ping') return send(response, 200, { type: InteractionResponseType.Pong });
    if (interaction.kind !== 'input') return send(response, 400, { error: 'unsupported_interaction' });
    const { id, input, asker } = interaction;
    // Discord delivers each interaction once and never retries one (an answer later than 3 s simply
    // fails for the user), so a second copy of an id is someone replaying a captured request: to
    // take the asker's rate limit, or to inflate the metrics. It gets 401, as a request whose
    // credentials are spent — not a 200, which would be an interaction response with nothing in
    // it — and it is neither answered, limited nor counted.
    if (!(await dedupe.claim(`discord:interaction:${id}`, INTERACTION_ID_TTL_MS))) {
      logger.warn({ interactionId: id }, 'discord interaction id seen before; replay refused');
      return send(response, 401, { error: 'replayed_interaction' });
    }
    logger.debug({ interactionId: id }, 'discord interaction');
    const prepared = await prepareSafely(input, asker, options.context, logger);
    await options.handleQuestion(
      interactionPlan(
        input,
        asker,
        options.context,
        (reply) => {
          // An apology after a failed send has nowhere to go once the response has started.
          if (!response.headersSent) sendText(response, 200, reply.json());
          return undefined;
        },
        prepared,
      ),
    );
  };
  return { method: 'POST', path: INTERACTIONS_PATH, handler };
}
