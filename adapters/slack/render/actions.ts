/**
 * The presentation's actions as buttons: Share in channel, one per OS, "Show everything", and
 * "Open in browser" (a link button to the answer's page). Each `action_id` derives from the
 * action's stable id (`os.linux` → `portbot_os_linux`), so the listeners match them; values carry
 * the validated query token, never user text. The block id says whether the message shows the
 * full detail, so that an OS click or a share keeps it.
 */
import type { types } from '@slack/bolt';
import type { Action, ActionId, CheckOs, Presentation } from '../../../src/index.js';
import { encodeButtonValue } from '../../../src/index.js';
import { BLOCK_KIT_LIMITS } from '../block-kit-limits.js';
import { clip, escapeMrkdwn } from '../escape.js';

export const ACTIONS_BLOCK_ID = 'portbot_actions';
export const FULL_ACTIONS_BLOCK_ID = 'portbot_actions_full';

export function slackActionId(id: ActionId): string {
  return `portbot_${id.replace('.', '_')}`;
}

export const SHARE_ACTION_ID = slackActionId('share');
export const DETAIL_ACTION_ID = slackActionId('detail.full');
/**
 * A link button still sends a block_actions payload when clicked, which must be acknowledged or
 * Slack shows the clicker a warning; the listener for this id only acknowledges it.
 */
export const OPEN_ACTION_ID = slackActionId('open');
export const OS_ACTION_PREFIX = 'portbot_os_';

export interface ActionsContext {
  /** The OS the question itself asked for (null: none), which Share and "Show everything" keep. */
  answerOs: CheckOs | null;
}

/** The actions Slack shows, in the presentation's order; "Show everything" also when fitting cut. */
export function shownActions(presentation: Presentation): Action[] {
  const actions: Action[] = presentation.actions.filter(
    (action) => action.kind === 'os' || action.kind === 'share' || action.kind === 'detail',
  );
  const { showAll } = presentation;
  const offer = presentation.detail !== 'full' && presentation.trimmed?.note && showAll;
  if (offer && !actions.some((action) => action.id === showAll.id)) actions.push(showAll);
  // The link last, after the buttons that answer again.
  actions.push(...presentation.actions.filter((action) => action.kind === 'open'));
  // In the full detail there is nothing more to show.
  return presentation.detail === 'full' ? actions.filter((action) => action.kind !== 'detail') : actions;
}

function button(
  action: Action,
  context: ActionsContext,
  lang: Presentation['lang'],
): types.Button | undefined {
  // Our own label; escaped all the same, as Slack decodes entities in plain_text too.
  const text = escapeMrkdwn(clip(action.label, BLOCK_KIT_LIMITS.buttonText - 10));
  if (action.kind === 'open')
    return action.url.length <= BLOCK_KIT_LIMITS.buttonUrl
      ? {
          type: 'button',
          action_id: OPEN_ACTION_ID,
          text: { type: 'plain_text', text, emoji: true },
          url: action.url,
        }
      : undefined;
  if (!('token' in action)) return undefined;
  const os = action.kind === 'os' ? action.os : context.answerOs;
  return {
    type: 'button',
    action_id: slackActionId(action.id),
    text: { type: 'plain_text', text, emoji: true },
    value: encodeButtonValue({ token: action.token, os, lang }),
    ...(action.kind === 'share' ? { style: 'primary' as const } : {}),
  };
}

export function actionsBlock(
  presentation: Presentation,
  context: ActionsContext,
): types.ActionsBlock | undefined {
  const elements = shownActions(presentation).flatMap(
    (action) => button(action, context, presentation.lang) ?? [],
  );
  if (elements.length === 0) return undefined;
  const block_id = presentation.detail === 'full' ? FULL_ACTIONS_BLOCK_ID : ACTIONS_BLOCK_ID;
  return { type: 'actions', block_id, elements };
}
