/**
 * The buttons under an ephemeral answer: Share in channel, and one per OS to swap the commands.
 * Action ids are fixed so that listeners match them; values carry a query token, not user text.
 */
import type { types } from '@slack/bolt';
import { CHECK_OSES, type CheckOs } from '../../../src/index.js';
import { encodeButtonValue } from '../button-value.js';
import { escapeMrkdwn } from '../escape.js';
import { osLabel } from './labels.js';

export const ACTIONS_BLOCK_ID = 'portbot_actions';
export const SHARE_ACTION_ID = 'portbot_share';
export const OS_ACTION_PREFIX = 'portbot_os_';

export function osActionId(os: CheckOs): string {
  return `${OS_ACTION_PREFIX}${os}`;
}

/** `text` is our own label; escaped all the same, as Slack decodes entities in plain_text too. */
function button(actionId: string, text: string, value: string): types.Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: escapeMrkdwn(text), emoji: true },
    value,
  };
}

/** `withOs` adds the OS buttons (answers with commands); the current OS is ticked. */
export function actionsBlock(token: string, os: CheckOs | null, withOs: boolean): types.ActionsBlock {
  const share: types.Button = {
    ...button(SHARE_ACTION_ID, 'Share in channel', encodeButtonValue({ token, os })),
    style: 'primary',
  };
  const oses = withOs
    ? CHECK_OSES.map((candidate) =>
        button(
          osActionId(candidate),
          candidate === os ? `✓ ${osLabel(candidate)}` : osLabel(candidate),
          encodeButtonValue({ token, os: candidate }),
        ),
      )
    : [];
  return { type: 'actions', block_id: ACTIONS_BLOCK_ID, elements: [share, ...oses] };
}
