/**
 * The buttons under an ephemeral answer. Each acknowledges first, then replies through the
 * interaction's `response_url`:
 * - an OS button re-answers the same query for that OS and replaces the message in place;
 * - "Show everything" re-answers it in the full detail, in place, for the OS already shown;
 * - Share posts the answer for everyone (`response_type: in_channel`, which works in channels the
 *   bot has not joined) and removes the private copy.
 * All are counted as answers. An OS or "Show everything" click is a new question and is rate
 * limited like any other; Share is not, see below. A click keeps the detail of the message it was
 * on (the actions block's id says which).
 */
import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import { answerQuery, type Detail, decodeButtonValue } from '../../../src/index.js';
import { presentOptionsOf, type QuestionContext } from '../../shared/question-journey.js';
import type { SlackMessage } from '../block-kit-limits.js';
import {
  DETAIL_ACTION_ID,
  FULL_ACTIONS_BLOCK_ID,
  OS_ACTION_PREFIX,
  SHARE_ACTION_ID,
} from '../render/actions.js';
import { type ListenerContext, slackPlan, slackQuestionContext } from './context.js';
import { buttonReply } from './replies.js';
import { inLanguage, isExtSharedChannel, type TeamSetup, withTeam } from './team.js';

/** The buttons that answer the question again in place: an OS, or "Show everything". */
const REASK_ACTION = new RegExp(`^(${OS_ACTION_PREFIX}(linux|macos|windows)|${DETAIL_ACTION_ID})$`);

/** The detail a click asks for: full from "Show everything" or from a message already in full. */
function detailOf(action: ButtonAction): Detail {
  return action.action_id === DETAIL_ACTION_ID || action.block_id === FULL_ACTIONS_BLOCK_ID
    ? 'full'
    : 'default';
}

/** A note only the clicker sees, below the message they clicked (which stays as it was). */
function respondPrivately(respond: RespondFn, message: SlackMessage) {
  return respond({ response_type: 'ephemeral', replace_original: false, ...message });
}

/**
 * Who clicked, in the language of the answer the button sits under (the value carries it), with
 * the team's notes for the answer about to be given again.
 */
async function askerOf(
  context: ListenerContext,
  body: BlockAction<ButtonAction>,
  value: string | undefined,
): Promise<{ asked: QuestionContext; revision: string; prepare: TeamSetup['prepare'] }> {
  const state = decodeButtonValue(value);
  const base = slackQuestionContext(
    context,
    body.team?.id ?? body.user.team_id,
    body.enterprise?.id,
    body.user.id,
  );
  const asked = await inLanguage(base, state?.lang ?? 'en');
  const setup = await withTeam(
    context,
    asked,
    value ?? '',
    isExtSharedChannel(body),
    () => {
      if (!state) return undefined;
      const answered = answerQuery(state.query, context.knowledge(), state.os);
      return answered.ok ? answered.answer : undefined;
    },
    false,
  );
  return { asked: setup.context, revision: setup.revision, prepare: setup.prepare };
}

export function registerActions(app: App, context: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(REASK_ACTION, async ({ ack, action, body, respond }) => {
    await ack();
    const detail = detailOf(action);
    const { asked, prepare } = await askerOf(context, body, action.value);
    await context.handleQuestion(
      slackPlan('button', asked, {
        input: action.value ?? '',
        prepare,
        logFields: { via: action.action_id === DETAIL_ACTION_ID ? 'detail-button' : 'os-button' },
        answer: (asked) =>
          buttonReply(
            action.value,
            detail,
            context.knowledge(),
            context.command,
            undefined,
            presentOptionsOf(asked),
          ),
        send: (message, { purpose, outcome }) =>
          purpose === 'answer'
            ? respond({ response_type: 'ephemeral', replace_original: outcome === 'answered', ...message })
            : respondPrivately(respond, message),
      }),
    );
  });

  // Share is counted but not rate limited. It posts an answer the clicker already has, for a
  // question that was limited when it was asked, and the private copy (button and all) is deleted
  // once shared, so each limited question can be shared about once: the limit already bounds how
  // often anyone can post in a channel this way. Limiting it again would withhold, from the people
  // it was meant for, an answer already given.
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, action, body, respond }) => {
    await ack();
    const { asked, prepare } = await askerOf(context, body, action.value);
    const { outcome } = await context.handleQuestion(
      slackPlan('button', asked, {
        input: action.value ?? '',
        prepare,
        limited: false,
        logFields: { via: 'share-button' },
        answer: (asked) =>
          buttonReply(
            action.value,
            detailOf(action),
            context.knowledge(),
            context.command,
            body.user.id,
            presentOptionsOf(asked),
          ),
        send: (message, sent) =>
          sent.outcome === 'answered'
            ? respond({ response_type: 'in_channel', replace_original: false, ...message })
            : respondPrivately(respond, message),
      }),
    );
    if (outcome !== 'answered') return;
    // The shared copy is now in the channel; the private one would only repeat it.
    await respond({ delete_original: true }).catch((error: unknown) =>
      context.logger.warn({ err: error, what: 'delete ephemeral' }, 'follow-up failed'),
    );
  });
}
