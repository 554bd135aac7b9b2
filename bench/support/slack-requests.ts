/**
 * Signed slash-command requests for the Slack benchmark, built on the load worker's thread. The
 * body is form-encoded exactly as Slack sends it and signed with Slack's v0 scheme. Each request
 * has its own `trigger_id`, as Slack's do, so each is signed once: the service answers a repeated
 * signature with an empty acknowledgement (replay protection), which would measure nothing.
 */
import { createHmac } from 'node:crypto';
import type { PlannedRequest, RequestFactory } from './load-plan.js';

export interface SlashCommandArgs {
  signingSecret: string;
  /** Questions sent in turn ("60140"). */
  texts: string[];
  command: string;
  responseUrl: string;
  path: string;
}

function formFor(args: SlashCommandArgs, text: string, triggerId: string): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'TBENCH0001',
    team_domain: 'bench',
    channel_id: 'CBENCH0001',
    channel_name: 'bench',
    user_id: 'UBENCH0001',
    user_name: 'bench',
    command: args.command,
    text,
    api_app_id: 'ABENCH0001',
    is_enterprise_install: 'false',
    response_url: args.responseUrl,
    trigger_id: triggerId,
  }).toString();
}

export const createSlashCommandRequests: RequestFactory<SlashCommandArgs> = (args) => {
  // Unique per worker and request: the process id and a counter.
  const prefix = `${process.pid}.${Date.now()}`;
  let sequence = 0;
  return (): PlannedRequest => {
    sequence++;
    const text = args.texts[sequence % args.texts.length] ?? '';
    const body = formFor(args, text, `${prefix}.${sequence}`);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac('sha256', args.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return {
      method: 'POST',
      path: args.path,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': timestamp,
        'x-slack-signature': signature,
      },
      body,
    };
  };
};
