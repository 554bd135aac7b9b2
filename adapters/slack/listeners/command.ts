/**
 * `/port <question>`: answered in the slash command's own acknowledgement, which is the fastest
 * reply Slack allows and lands within its 3-second deadline. Ephemeral, with the Share and OS
 * buttons, "Was this helpful?" and "Add a team note". HTTP and Socket Mode both come through
 * Bolt's dispatch to this listener. Help is not rate limited: it answers nothing about ports and
 * is what a confused user asks for.
 *
 * The team's commands (`note`, `notes`, `forget`, `history`, `lang`, `feedback`) are reserved
 * first words: the team layer answers them, privately, and they are never cached. A question is
 * answered with the workspace's notes on its ports, first, in the language the question or the
 * person chose (`ko:` / `en:`, Hangul, `/port lang ko`, then PORTBOT_LANG).
 */
import type { App } from '@slack/bolt';
import { answerQuestion } from '../../../src/index.js';
import { presentOptionsOf } from '../../shared/question-journey.js';
import type { TeamReply } from '../../shared/team/team.js';
import { presentationMessage } from '../render/answer-message.js';
import { type ListenerContext, slackPlan, slackQuestionContext } from './context.js';
import { askOnce, commandReply, isHelpCommand, SLACK_TOKEN_LENGTH } from './replies.js';
import { chooseSlackLanguage, inLanguage, isExtSharedChannel, slackActor, withTeam } from './team.js';

export function registerCommand(app: App, context: ListenerContext): void {
  app.command(context.command, async ({ command, ack, client, body }) => {
    const base = slackQuestionContext(context, command.team_id, command.enterprise_id, command.user_id);
    const chosen = await chooseSlackLanguage(context, base, command.text);
    const asked = await inLanguage(base, chosen.lang);
    const text = chosen.text;
    const { team } = context;
    if (team) {
      const actor = slackActor(context, client, {
        workspace: asked.workspace,
        user: command.user_id,
        name: command.user_name,
        enterprise: command.enterprise_id,
      });
      let handled: TeamReply | undefined;
      let failure: unknown;
      try {
        handled = await team.handleText(text, actor, { command: context.command, lang: asked.lang });
      } catch (error) {
        failure = error;
      }
      if (handled || failure !== undefined) {
        await context.handleQuestion(
          slackPlan('command', asked, {
            input: command.text,
            // Writes have their own limit in the team layer; reading notes is as cheap as an answer.
            limited: false,
            logFields: { via: 'team-command' },
            answer: () => {
              if (!handled) throw failure;
              return {
                message: presentationMessage(handled.presentation, { answerOs: null }),
                outcome: handled.outcome.kind === 'refused' ? 'user_error' : 'answered',
              };
            },
            send: (message) => ack({ response_type: 'ephemeral', ...message }),
          }),
        );
        return;
      }
    }
    const help = isHelpCommand(text);
    // The core answers each question once: the team's setup and the reply share the outcome.
    const ask = askOnce((question) =>
      answerQuestion(question, context.knowledge(), { tokenLength: SLACK_TOKEN_LENGTH }),
    );
    const setup = help
      ? undefined
      : await withTeam(context, asked, text, isExtSharedChannel(body), (question) => {
          const result = ask(question);
          return result.ok ? result.answer : undefined;
        });
    // The answer is the acknowledgement itself, so it is built first; the core answers in well
    // under a millisecond and only the rate limit's check comes before `ack`. A cached reply is
    // sent without reading the notes (`prepare` runs only when a reply is built).
    await context.handleQuestion(
      slackPlan('command', setup?.context ?? asked, {
        input: command.text,
        revision: `${context.command}|${setup?.revision ?? ''}`,
        limited: !help,
        ...(setup ? { prepare: setup.prepare } : {}),
        answer: (question) =>
          commandReply(
            setup?.question() ?? text,
            context.knowledge(),
            context.command,
            presentOptionsOf(question),
            setup ? ask(setup.question()) : undefined,
          ),
        send: (message) => ack({ response_type: 'ephemeral', ...message }),
      }),
    );
  });
}
