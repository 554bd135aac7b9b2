/**
 * Signed slash-command requests for the Slack benchmark, built on the load worker's thread. The
 * body is form-encoded exactly as Slack sends it and signed with Slack's v0 scheme; a signature is
 * reused within the same second (the timestamp has one-second resolution).
 */
import { createHmac } from 'node:crypto';
import type { PlannedRequest, RequestFactory } from './load-plan.js';
import { createSignedRotation } from './signed-rotation.js';

export interface SlashCommandArgs {
  signingSecret: string;
  /** Questions sent in turn ("60140"). */
  texts: string[];
  command: string;
  responseUrl: string;
  path: string;
}

/** The slash command's form body, field for field as Slack sends it. */
export function slashCommandForm(
  args: Pick<SlashCommandArgs, 'command' | 'responseUrl'>,
  text: string,
): string {
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
    trigger_id: '1.2.3',
  }).toString();
}

export const createSlashCommandRequests: RequestFactory<SlashCommandArgs> = (args) => {
  const next = createSignedRotation(
    args.texts.map((text) => slashCommandForm(args, text)),
    (timestamp, body) =>
      `v0=${createHmac('sha256', args.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`,
  );
  return (): PlannedRequest => {
    const { body, timestamp, signature } = next();
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
