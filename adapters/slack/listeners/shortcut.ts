/**
 * The "Explain ports" message shortcut: explains every port found in any message, privately to the
 * person who asked, with the usual Share and OS buttons. Over the rate limit, the slow-down note.
 */
import type { App, MessageShortcut } from '@slack/bolt';
import { answerQuestion } from '../../../src/index.js';
import { presentOptionsOf } from '../../shared/question-journey.js';
import { type ListenerContext, slackPlan, slackQuestionContext } from './context.js';
import { askOnce, explainReply, SLACK_TOKEN_LENGTH } from './replies.js';
import { chooseSlackLanguage, inLanguage, isExtSharedChannel, withTeam } from './team.js';

/** Must match `callback_id` in manifest.yaml. */
export const EXPLAIN_SHORTCUT_ID = 'explain_ports';

export function registerShortcut(app: App, context: ListenerContext): void {
  app.shortcut<MessageShortcut>(EXPLAIN_SHORTCUT_ID, async ({ ack, shortcut, respond }) => {
    await ack();
    const team = shortcut.team?.id ?? shortcut.user.team_id;
    const text = shortcut.message.text ?? '';
    const base = slackQuestionContext(context, team, shortcut.enterprise?.id, shortcut.user.id);
    const asked = await inLanguage(base, (await chooseSlackLanguage(context, base, text)).lang);
    const ask = askOnce((question) =>
      answerQuestion(question, context.knowledge(), { mode: 'scan', tokenLength: SLACK_TOKEN_LENGTH }),
    );
    const setup = await withTeam(
      context,
      asked,
      text,
      isExtSharedChannel(shortcut),
      (question) => {
        const result = ask(question);
        return result.ok ? result.answer : undefined;
      },
      false,
    );
    await context.handleQuestion(
      slackPlan('shortcut', setup.context, {
        input: text,
        prepare: setup.prepare,
        answer: (question) =>
          explainReply(text, context.knowledge(), context.command, presentOptionsOf(question), ask(text)),
        send: (message) => respond({ response_type: 'ephemeral', replace_original: false, ...message }),
      }),
    );
  });
}
