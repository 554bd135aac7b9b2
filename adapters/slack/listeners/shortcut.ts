/**
 * The "Explain ports" message shortcut: explains every port found in any message, privately to the
 * person who asked, with the usual Share and OS buttons.
 */
import type { App, MessageShortcut } from '@slack/bolt';
import type { ListenerContext } from './context.js';
import { bestEffort, reportFailure } from './failure.js';
import { explainReply } from './replies.js';

/** Must match `callback_id` in manifest.yaml. */
export const EXPLAIN_SHORTCUT_ID = 'explain_ports';

export function registerShortcut(app: App, context: ListenerContext): void {
  app.shortcut<MessageShortcut>(EXPLAIN_SHORTCUT_ID, async ({ ack, shortcut, respond }) => {
    await ack();
    try {
      context.logger.debug({ via: 'shortcut', text: shortcut.message.text }, 'question');
      const reply = explainReply(shortcut.message.text ?? '', context.knowledge(), context.command);
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
    } catch (error) {
      const { apology } = reportFailure(context.logger, error, { via: 'shortcut' });
      await bestEffort(context.logger, 'apology', () =>
        respond({ response_type: 'ephemeral', replace_original: false, ...apology }),
      );
    }
  });
}
