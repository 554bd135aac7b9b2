/**
 * The "Explain ports" message shortcut: explains every port found in any message, privately to the
 * person who asked, with the usual Share and OS buttons. Over the rate limit, the slow-down note.
 */
import type { App, MessageShortcut } from '@slack/bolt';
import { presentOptionsOf } from '../../shared/question-journey.js';
import { type ListenerContext, slackPlan, slackQuestionContext } from './context.js';
import { explainReply } from './replies.js';

/** Must match `callback_id` in manifest.yaml. */
export const EXPLAIN_SHORTCUT_ID = 'explain_ports';

export function registerShortcut(app: App, context: ListenerContext): void {
  app.shortcut<MessageShortcut>(EXPLAIN_SHORTCUT_ID, async ({ ack, shortcut, respond }) => {
    await ack();
    const team = shortcut.team?.id ?? shortcut.user.team_id;
    const text = shortcut.message.text ?? '';
    await context.handleQuestion(
      slackPlan('shortcut', slackQuestionContext(context, team, shortcut.enterprise?.id, shortcut.user.id), {
        input: text,
        answer: (asked) => explainReply(text, context.knowledge(), context.command, presentOptionsOf(asked)),
        send: (message) => respond({ response_type: 'ephemeral', replace_original: false, ...message }),
      }),
    );
  });
}
