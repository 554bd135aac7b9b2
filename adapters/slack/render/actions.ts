/**
 * The presentation's actions as buttons: Share in channel, one per OS, "Show everything", "More"
 * (the next page of the team's notes) and "Open in browser" (a link button to the answer's page).
 * Each `action_id` derives from the action's stable id (`os.linux` → `portbot_os_linux`), so the
 * listeners match them; values carry the validated query token, never user text. The block id
 * says whether the message shows the full detail, so that an OS click or a share keeps it.
 *
 * Below them, "Was this helpful?" with 👍 and 👎 (the vote's identity in the value: ephemeral
 * messages come back without their `message`) and "Add a team note" (the port in the value).
 */
import type { types } from '@slack/bolt';
import type { Action, ActionId, CheckOs, Presentation } from '../../../src/index.js';
import { createTranslator, encodeButtonValue } from '../../../src/index.js';
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
export const FEEDBACK_UP_ACTION_ID = slackActionId('feedback.up');
export const FEEDBACK_DOWN_ACTION_ID = slackActionId('feedback.down');
export const ADD_NOTE_ACTION_ID = slackActionId('note.add');
export const NOTES_MORE_ACTION_ID = slackActionId('notes.more');
export const FEEDBACK_BLOCK_ID = 'portbot_feedback';

/** What the emoji-less catalog labels of the vote buttons are drawn with. */
const VOTE_EMOJI = { up: '👍', down: '👎' } as const;

export interface ActionsContext {
  /** The OS the question itself asked for (null: none), which Share and "Show everything" keep. */
  answerOs: CheckOs | null;
  /** The vote buttons' value (`feedbackValueFor`); without it there are no vote buttons. */
  feedbackValue?: string | undefined;
  /** The port or range "Add a team note" proposes ("8443", "30000-32767"); without it, no button. */
  noteScope?: string | undefined;
  /**
   * An answer in a thread, seen by everyone there: no buttons that answer again in place or share
   * (they would change it for all), only the link, the votes and "Add a team note" (each private).
   */
  threaded?: boolean | undefined;
}

/** The actions Slack shows, in the presentation's order; "Show everything" also when fitting cut. */
export function shownActions(presentation: Presentation): Action[] {
  const actions: Action[] = presentation.actions.filter(
    (action) =>
      action.kind === 'os' || action.kind === 'share' || action.kind === 'detail' || action.kind === 'more',
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
  // "More" carries the page and the list's language ("2|ko"), so page 2 reads like page 1.
  if (action.kind === 'more')
    return {
      type: 'button',
      action_id: NOTES_MORE_ACTION_ID,
      text: { type: 'plain_text', text, emoji: true },
      value: `${action.page}|${lang}`,
    };
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
  const shown = shownActions(presentation).filter((action) => !context.threaded || action.kind === 'open');
  const elements = shown.flatMap((action) => button(action, context, presentation.lang) ?? []);
  if (elements.length === 0) return undefined;
  const block_id = presentation.detail === 'full' ? FULL_ACTIONS_BLOCK_ID : ACTIONS_BLOCK_ID;
  return { type: 'actions', block_id, elements };
}

function labelOf(action: Action): string {
  const label = clip(action.label, BLOCK_KIT_LIMITS.buttonText - 10);
  if (action.kind !== 'feedback') return escapeMrkdwn(label);
  const emoji = VOTE_EMOJI[action.vote];
  return escapeMrkdwn(label.includes(emoji) ? label : `${emoji} ${label}`);
}

/**
 * "Was this helpful?" and its buttons, and "Add a team note": the blocks after the answer's own
 * buttons. Empty when the presentation offers neither, or the values are missing.
 */
export function teamBlocks(
  presentation: Presentation,
  context: ActionsContext,
): (types.ContextBlock | types.ActionsBlock)[] {
  const elements: types.Button[] = [];
  const { feedbackValue, noteScope } = context;
  let asks = false;
  for (const action of presentation.actions) {
    const text = { type: 'plain_text' as const, text: labelOf(action), emoji: true };
    if (action.kind === 'feedback' && feedbackValue) {
      asks = true;
      elements.push({ type: 'button', action_id: slackActionId(action.id), text, value: feedbackValue });
    } else if (action.kind === 'note' && noteScope)
      elements.push({
        type: 'button',
        action_id: ADD_NOTE_ACTION_ID,
        text,
        value: `${noteScope}|${presentation.lang}`,
      });
  }
  if (elements.length === 0) return [];
  const question = createTranslator(presentation.lang).text('feedback.question');
  return [
    ...(asks
      ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: escapeMrkdwn(question) }] }]
      : []),
    { type: 'actions', block_id: FEEDBACK_BLOCK_ID, elements },
  ];
}
