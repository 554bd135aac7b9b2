/**
 * HTTP mode's fast path for the slash command, the one request people wait on. After Bolt's own
 * signature check (`verifySlackRequest`, the function its HTTPReceiver calls), the command is
 * answered here from the same `answerSlashCommand` the Bolt listener uses, and written as
 * prebuilt JSON bytes. Bolt's dispatch (authorize, context, every listener's matchers) and its
 * per-request JSON.stringify cost several times the answer itself; the benchmark
 * (bench/slack.bench.ts) shows the difference. Anything else (events, interactions, shortcuts,
 * ssl_check, another command) is declined and goes through Bolt's HTTPReceiver untouched.
 */
import type { ServerResponse } from 'node:http';
import { parse } from 'node:querystring';
import { verifySlackRequest } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';
import type { CommandAck, SendAck, SlashCommandInput } from './listeners/command.js';

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export interface CommandFastPathOptions {
  signingSecret: string;
  /** The slash command answered here ("/port"). */
  command: string;
  /** `answerSlashCommand`: the rate limit, the answer, then `send`, then the count. */
  answer: (command: SlashCommandInput, send: SendAck) => Promise<void>;
  logger: Logger;
  now: () => number;
}

export interface SignedRequest {
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
}

/**
 * Resolves false when the request is not this app's slash command (Bolt takes it instead), true
 * once it has been answered here.
 */
export type CommandFastPath = (request: SignedRequest, response: ServerResponse) => Promise<boolean>;

export function createCommandFastPath(options: CommandFastPathOptions): CommandFastPath {
  // Cached replies are the same objects each time: their bytes are built once.
  const bytes = new WeakMap<object, Buffer>();
  const serialise = (ack: CommandAck): Buffer => {
    const key = ack.blocks;
    const cached = bytes.get(key);
    if (cached) return cached;
    const built = Buffer.from(JSON.stringify(ack));
    bytes.set(key, built);
    return built;
  };

  return async (request, response) => {
    if (request.headers['content-type'] !== FORM_CONTENT_TYPE) return false;
    const body = request.rawBody.toString('utf8');
    const form = parse(body);
    if (form.command !== options.command || typeof form.text !== 'string' || form.payload !== undefined)
      return false;
    const signature = request.headers['x-slack-signature'];
    const timestamp = request.headers['x-slack-request-timestamp'];
    try {
      if (typeof signature !== 'string' || typeof timestamp !== 'string')
        throw new Error('signature headers missing');
      verifySlackRequest({
        signingSecret: options.signingSecret,
        body,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
        nowMilliseconds: options.now(),
      });
    } catch (error) {
      options.logger.warn(
        { reason: (error as Error).message },
        'slash command with a bad signature; rejected',
      );
      response.writeHead(401).end();
      return true;
    }
    const field = (name: string) => {
      const value = form[name];
      return typeof value === 'string' ? value : undefined;
    };
    await options.answer({ text: form.text, team: field('team_id'), user: field('user_id') }, (ack) => {
      const payload = serialise(ack);
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': payload.length });
      response.end(payload);
    });
    return true;
  };
}
