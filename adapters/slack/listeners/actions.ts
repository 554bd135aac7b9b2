/**
 * The buttons under an ephemeral answer. Both acknowledge first, then reply through the
 * interaction's `response_url`:
 * - an OS button re-answers the same query for that OS and replaces the message in place;
 * - Share posts the answer for everyone (`response_type: in_channel`, which works in channels the
 *   bot has not joined) and removes the private copy.
 */
import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import { answerFromToken } from '../ask.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { decodeButtonValue } from '../button-value.js';
import { OS_ACTION_PREFIX, SHARE_ACTION_ID } from '../render/actions.js';
import { toSlackMessage } from '../render/answer-message.js';
import { toExpiredButtonMessage, toProblemMessage } from '../render/notice-message.js';
import type { ListenerContext } from './context.js';
import { bestEffort, reportFailure } from './failure.js';

const OS_ACTION = new RegExp(`^${OS_ACTION_PREFIX}(linux|macos|windows)$`);

type Rendered = { ok: true; message: SlackMessage } | { ok: false; message: SlackMessage };

function render(value: string | undefined, context: ListenerContext, sharedBy?: string): Rendered {
  const state = decodeButtonValue(value);
  if (!state) return { ok: false, message: toExpiredButtonMessage() };
  const asked = answerFromToken(state.query, state.token, state.os, context.knowledge());
  if (!asked.ok) return { ok: false, message: toProblemMessage(asked.problem, context.command) };
  const options = sharedBy ? { sharedBy } : { token: asked.token, command: context.command };
  return { ok: true, message: toSlackMessage(asked.answer, options) };
}

async function apologise(context: ListenerContext, respond: RespondFn, error: unknown, via: string) {
  const { apology } = reportFailure(context.logger, error, { via });
  await bestEffort(context.logger, 'apology', () =>
    respond({ response_type: 'ephemeral', replace_original: false, ...apology }),
  );
}

export function registerActions(app: App, context: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(OS_ACTION, async ({ ack, action, respond }) => {
    await ack();
    try {
      const rendered = render(action.value, context);
      await respond({ response_type: 'ephemeral', replace_original: rendered.ok, ...rendered.message });
    } catch (error) {
      await apologise(context, respond, error, 'os-button');
    }
  });

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, action, body, respond }) => {
    await ack();
    try {
      const rendered = render(action.value, context, body.user.id);
      if (!rendered.ok) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...rendered.message });
        return;
      }
      await respond({ response_type: 'in_channel', replace_original: false, ...rendered.message });
      // The shared copy is now in the channel; the private one would only repeat it.
      await bestEffort(context.logger, 'delete ephemeral', () => respond({ delete_original: true }));
    } catch (error) {
      await apologise(context, respond, error, 'share-button');
    }
  });
}
