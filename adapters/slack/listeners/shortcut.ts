/**
 * The "Explain ports" message shortcut: explains every port found in any message, privately to the
 * person who asked, with the usual Share and OS buttons. Over the rate limit, the slow-down note.
 */
import type { App, MessageShortcut } from '@slack/bolt';
import { toSlowDownMessage } from '../render/notice-message.js';
import { startQuestion } from './answer-guard.js';
import type { ListenerContext } from './context.js';
import { bestEffort, reportFailure } from './failure.js';
import { explainReply } from './replies.js';

/** Must match `callback_id` in manifest.yaml. */
export const EXPLAIN_SHORTCUT_ID = 'explain_ports';

export function registerShortcut(app: App, context: ListenerContext): void {
  app.shortcut<MessageShortcut>(EXPLAIN_SHORTCUT_ID, async ({ ack, shortcut, respond }) => {
    const question = startQuestion(context, 'shortcut');
    const { correlationId } = question;
    await ack();
    try {
      context.logger.debug({ via: 'shortcut', correlationId, text: shortcut.message.text }, 'question');
      const team = shortcut.team?.id ?? shortcut.user.team_id;
      const wait = await question.overLimit({ team, user: shortcut.user.id });
      if (wait !== undefined) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...toSlowDownMessage(wait) });
        question.done('rate_limited');
        return;
      }
      const reply = explainReply(
        shortcut.message.text ?? '',
        context.knowledge(),
        context.command,
        context.publicUrl,
      );
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply.message });
      question.done(reply.outcome);
    } catch (error) {
      const { apology } = reportFailure(context.logger, error, { via: 'shortcut' }, correlationId);
      question.done('failed');
      await bestEffort(context.logger, 'apology', () =>
        respond({ response_type: 'ephemeral', replace_original: false, ...apology }),
      );
    }
  });
}
