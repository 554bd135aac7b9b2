/**
 * HTTP mode's fast path for the slash command, the one request people wait on. Once the route
 * (events-route.ts) has checked the timestamp, the signature (with Bolt's own `verifySlackRequest`,
 * the function its HTTPReceiver calls) and that the request is not a replay, the command is
 * answered here from the same `answerSlashCommand` the Bolt listener uses, and written as
 * prebuilt JSON bytes. Bolt's dispatch (authorize, context, every listener's matchers) and its
 * per-request JSON.stringify cost several times the answer itself; the benchmark
 * (bench/slack.bench.ts) shows the difference. Anything else (events, interactions, shortcuts,
 * ssl_check, another command) is declined and goes through Bolt's HTTPReceiver untouched.
 */
import type { ServerResponse } from 'node:http';
import { parse } from 'node:querystring';
import type { CommandAck, SendAck, SlashCommandInput } from './listeners/command.js';

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export interface CommandFastPathOptions {
  /** The slash command answered here ("/port"). */
  command: string;
  /** `answerSlashCommand`: the rate limit, the answer, then `send`, then the count. */
  answer: (command: SlashCommandInput, send: SendAck) => Promise<void>;
}

/** A form-encoded request whose signature the route has already verified. */
export interface VerifiedRequest {
  rawBody: Buffer;
}

/**
 * Resolves false when the request is not this app's slash command (Bolt takes it instead), true
 * once it has been answered here.
 */
export type CommandFastPath = (request: VerifiedRequest, response: ServerResponse) => Promise<boolean>;

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
    const body = request.rawBody.toString('utf8');
    const form = parse(body);
    if (form.command !== options.command || typeof form.text !== 'string' || form.payload !== undefined)
      return false;
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
