/**
 * Requests in the shapes Slack sends them: slash-command forms, Events API callbacks, block action
 * and message shortcut payloads. Field lists follow Slack's documentation; ids are made up.
 */
import { TEAM_ID } from './web-api-stand-in.js';

export const USER_ID = 'UASKER0001';
export const CHANNEL_ID = 'CCHANNEL01';
export const DM_CHANNEL_ID = 'DDIRECT001';

export function slashCommandFields(
  text: string,
  responseUrl: string,
  command = '/port',
  userId = USER_ID,
): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'standin',
    channel_id: CHANNEL_ID,
    channel_name: 'general',
    user_id: userId,
    user_name: 'asker',
    command,
    text,
    api_app_id: 'ASTANDIN01',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  };
}

/** The exact form body Slack posts for a slash command. */
export function slashCommandForm(
  text: string,
  responseUrl: string,
  command = '/port',
  userId = USER_ID,
): string {
  return new URLSearchParams(slashCommandFields(text, responseUrl, command, userId)).toString();
}

let eventSequence = 0;

export interface EventOptions {
  eventId?: string;
  ts?: string;
  threadTs?: string;
  user?: string;
  botId?: string;
  subtype?: string;
}

function nextTs(): string {
  eventSequence++;
  return `1700000100.${String(eventSequence).padStart(6, '0')}`;
}

export function eventCallback(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'ASTANDIN01',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: TEAM_ID, user_id: 'UBOTSTANDIN', is_bot: true, is_enterprise_install: false },
    ],
  };
}

export function appMention(text: string, options: EventOptions = {}): Record<string, unknown> {
  const ts = options.ts ?? nextTs();
  return eventCallback(
    {
      type: 'app_mention',
      user: options.user ?? USER_ID,
      text,
      ts,
      channel: CHANNEL_ID,
      event_ts: ts,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
      ...(options.botId ? { bot_id: options.botId } : {}),
    },
    options.eventId ?? `Ev${ts.replace('.', '')}`,
  );
}

export function directMessage(text: string, options: EventOptions = {}): Record<string, unknown> {
  const ts = options.ts ?? nextTs();
  return eventCallback(
    {
      type: 'message',
      channel: DM_CHANNEL_ID,
      channel_type: 'im',
      user: options.user ?? USER_ID,
      text,
      ts,
      event_ts: ts,
      ...(options.subtype ? { subtype: options.subtype } : {}),
      ...(options.botId ? { bot_id: options.botId } : {}),
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    },
    options.eventId ?? `Ev${ts.replace('.', '')}`,
  );
}

export function blockAction(
  actionId: string,
  value: string,
  responseUrl: string,
  userId = USER_ID,
): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: userId, username: 'asker', name: 'asker', team_id: TEAM_ID },
    api_app_id: 'ASTANDIN01',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: '1700000000.000100',
      channel_id: CHANNEL_ID,
      is_ephemeral: true,
    },
    trigger_id: '1.2.4',
    team: { id: TEAM_ID, domain: 'standin' },
    channel: { id: CHANNEL_ID, name: 'general' },
    response_url: responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: 'portbot_actions',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value,
        type: 'button',
        action_ts: '1700000200.000100',
      },
    ],
  };
}

export function messageShortcut(
  text: string,
  responseUrl: string,
  callbackId = 'explain_ports',
  userId = USER_ID,
): Record<string, unknown> {
  return {
    type: 'message_action',
    token: 'legacy-verification-token',
    action_ts: '1700000300.000100',
    team: { id: TEAM_ID, domain: 'standin' },
    user: { id: userId, name: 'asker', username: 'asker', team_id: TEAM_ID },
    channel: { id: CHANNEL_ID, name: 'general' },
    is_enterprise_install: false,
    callback_id: callbackId,
    trigger_id: '1.2.5',
    response_url: responseUrl,
    message_ts: '1700000000.000200',
    message: { type: 'message', user: 'UOTHER0001', ts: '1700000000.000200', text },
  };
}

/** An interaction as Slack posts it: `payload=<JSON>`, form-encoded. */
export function interactionForm(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A modal's submission (`view_submission`): `values` maps each input block to its text. */
export function viewSubmission(
  callbackId: string,
  privateMetadata: string,
  values: Record<string, string>,
  userId = USER_ID,
  teamId = TEAM_ID,
): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: teamId, domain: 'standin' },
    user: { id: userId, username: 'asker', name: 'asker', team_id: teamId },
    api_app_id: 'ASTANDIN01',
    token: 'legacy-verification-token',
    trigger_id: '1.2.6',
    view: {
      id: 'VSTANDIN01',
      team_id: teamId,
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      state: {
        values: Object.fromEntries(
          Object.entries(values).map(([block, value]) => [
            block,
            { value: { type: 'plain_text_input', value } },
          ]),
        ),
      },
      hash: '1.abc',
      title: { type: 'plain_text', text: 'portbot' },
      blocks: [],
    },
  };
}
