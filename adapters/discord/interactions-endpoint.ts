/**
 * POST /discord/interactions: Discord's HTTP interactions (the "Interactions Endpoint URL").
 * Verify the signature over the raw bytes, answer PING with PONG, and answer everything else in
 * the response body, the same payloads the gateway sends. Needs no connection to Discord, so any
 * number of replicas can sit behind a load balancer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType } from 'discord.js';
import type { AnswerRecorder } from '../shared/answer-recorder.js';
import { createCorrelationId, type Logger } from '../shared/logger.js';
import type { Route } from '../shared/service-adapter.js';
import { answerKind, type Replier, startAnswer } from './answer-guard.js';
import { readApiInteraction } from './api-interaction.js';
import type { InteractionInput } from './interaction-handler.js';
import { readBody } from './read-body.js';
import { renderErrorMessage } from './render-message.js';
import { createSignatureVerifier } from './verify-signature.js';

export const INTERACTIONS_PATH = '/discord/interactions';
/** Interactions are a few KB; a message scanned by "Explain ports" holds at most 4000 characters. */
export const MAX_INTERACTION_BYTES = 256 * 1024;

export interface InteractionsRouteOptions {
  publicKey: string;
  /** The shared handler, behind the rate limit and the reply cache. */
  replier: Replier;
  logger: Logger;
  answers?: AnswerRecorder | undefined;
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

/** Our own failure: logged with an id, answered privately so the user is not left waiting. */
function failureResponse(input: InteractionInput, correlationId: string): unknown {
  if (input.kind === 'autocomplete')
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  return { type: InteractionResponseType.ChannelMessageWithSource, data: renderErrorMessage(correlationId) };
}

export function createInteractionsRoute(options: InteractionsRouteOptions): Route {
  const verify = createSignatureVerifier(options.publicKey);
  const { logger, replier } = options;

  const handler = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const read = await readBody(request, MAX_INTERACTION_BYTES);
    if (!read.ok) {
      if (read.reason === 'too_large') send(response, 413, { error: 'body_too_large' });
      return;
    }
    const signature = header(request, 'x-signature-ed25519');
    const timestamp = header(request, 'x-signature-timestamp');
    if (!verify(signature, timestamp, read.body)) return send(response, 401, { error: 'invalid_signature' });
    const interaction = readApiInteraction(parseJson(read.body));
    if (interaction.kind === 'ping') return send(response, 200, { type: InteractionResponseType.Pong });
    if (interaction.kind !== 'input') return send(response, 400, { error: 'unsupported_interaction' });
    const { input, asker } = interaction;
    const answer =
      input.kind === 'autocomplete' ? undefined : startAnswer(logger, options.answers, answerKind(input));
    try {
      logger.debug({ input }, 'discord interaction');
      const { reply, outcome } = await replier(input, asker);
      sendText(response, 200, reply.json());
      answer?.done(outcome);
    } catch (error) {
      const correlationId = answer?.correlationId ?? createCorrelationId();
      logger.error({ err: error, correlationId, kind: input.kind }, 'discord interaction failed');
      answer?.done('failed');
      if (!response.headersSent) send(response, 200, failureResponse(input, correlationId));
    }
  };
  return { method: 'POST', path: INTERACTIONS_PATH, handler };
}
