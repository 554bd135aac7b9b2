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
import type { Detail } from '../../../src/index.js';
import { answerFromToken } from '../ask.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { decodeButtonValue } from '../button-value.js';
import {
  DETAIL_ACTION_ID,
  FULL_ACTIONS_BLOCK_ID,
  OS_ACTION_PREFIX,
  SHARE_ACTION_ID,
} from '../render/actions.js';
import { toSlackMessage } from '../render/answer-message.js';
import { toExpiredButtonMessage, toProblemMessage, toSlowDownMessage } from '../render/notice-message.js';
import { type Asker, type Question, startQuestion } from './answer-guard.js';
import type { ListenerContext } from './context.js';
import { bestEffort, reportFailure } from './failure.js';
import type { Reply } from './replies.js';

/** The buttons that answer the question again in place: an OS, or "Show everything". */
const REASK_ACTION = new RegExp(`^(${OS_ACTION_PREFIX}(linux|macos|windows)|${DETAIL_ACTION_ID})$`);

/** The detail a click asks for: full from "Show everything" or from a message already in full. */
function detailOf(action: ButtonAction): Detail {
  return action.action_id === DETAIL_ACTION_ID || action.block_id === FULL_ACTIONS_BLOCK_ID
    ? 'full'
    : 'default';
}

function render(action: ButtonAction, context: ListenerContext, sharedBy?: string): Reply {
  const state = decodeButtonValue(action.value);
  if (!state) return { outcome: 'user_error', message: toExpiredButtonMessage() };
  const asked = answerFromToken(state.query, state.token, state.os, context.knowledge());
  if (!asked.ok) return { outcome: 'user_error', message: toProblemMessage(asked.problem, context.command) };
  const detail = detailOf(action);
  const { publicUrl } = context;
  const options = sharedBy
    ? { sharedBy, detail, publicUrl }
    : { token: asked.token, command: context.command, detail, publicUrl };
  return { outcome: 'answered', message: toSlackMessage(asked.answer, options) };
}

/** A note only the clicker sees, below the message they clicked (which stays as it was). */
function respondPrivately(respond: RespondFn, message: SlackMessage) {
  return respond({ response_type: 'ephemeral', replace_original: false, ...message });
}

async function apologise(
  context: ListenerContext,
  question: Question,
  respond: RespondFn,
  error: unknown,
  via: string,
) {
  const { apology } = reportFailure(context.logger, error, { via }, question.correlationId);
  question.done('failed');
  await bestEffort(context.logger, 'apology', () => respondPrivately(respond, apology));
}

function askerOf(body: BlockAction<ButtonAction>): Asker {
  return { team: body.team?.id ?? body.user.team_id, user: body.user.id };
}

export function registerActions(app: App, context: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(REASK_ACTION, async ({ ack, action, body, respond }) => {
    const question = startQuestion(context, 'button');
    await ack();
    try {
      const wait = await question.overLimit(askerOf(body));
      if (wait !== undefined) {
        await respondPrivately(respond, toSlowDownMessage(wait));
        question.done('rate_limited');
        return;
      }
      const reply = render(action, context);
      const replace = reply.outcome === 'answered';
      await respond({ response_type: 'ephemeral', replace_original: replace, ...reply.message });
      question.done(reply.outcome);
    } catch (error) {
      const via = action.action_id === DETAIL_ACTION_ID ? 'detail-button' : 'os-button';
      await apologise(context, question, respond, error, via);
    }
  });

  // Share is counted but not rate limited. It posts an answer the clicker already has, for a
  // question that was limited when it was asked, and the private copy (button and all) is deleted
  // once shared, so each limited question can be shared about once: the limit already bounds how
  // often anyone can post in a channel this way. Limiting it again would withhold, from the people
  // it was meant for, an answer already given.
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, action, body, respond }) => {
    const question = startQuestion(context, 'button');
    await ack();
    try {
      const reply = render(action, context, body.user.id);
      if (reply.outcome !== 'answered') {
        await respondPrivately(respond, reply.message);
        question.done(reply.outcome);
        return;
      }
      await respond({ response_type: 'in_channel', replace_original: false, ...reply.message });
      question.done(reply.outcome);
      // The shared copy is now in the channel; the private one would only repeat it.
      await bestEffort(context.logger, 'delete ephemeral', () => respond({ delete_original: true }));
    } catch (error) {
      await apologise(context, question, respond, error, 'share-button');
    }
  });
}
