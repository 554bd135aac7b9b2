/**
 * Mentions (`app_mention`) and direct messages (`message.im`): answered in the thread of the
 * question with `chat.postMessage`. Bots, our own messages and edits are ignored; a message that
 * asks nothing about ports gets a short hint. A user over the rate limit gets the slow-down note
 * privately (`chat.postEphemeral`), not a message the whole channel sees.
 */
import type { AllMiddlewareArgs, App } from '@slack/bolt';
import { answerQuestion } from '../../../src/index.js';
import { presentOptionsOf } from '../../shared/question-journey.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { callWithRateLimit } from '../web-api.js';
import { DEDUPE_TTL_MS, type ListenerContext, slackPlan, slackQuestionContext } from './context.js';
import { askOnce, conversationReply } from './replies.js';
import { chooseSlackLanguage, inLanguage, isExtSharedChannel, withTeam } from './team.js';

interface IncomingMessage {
  via: 'mention' | 'dm';
  team: string | undefined;
  channel: string;
  ts: string;
  threadTs: string | undefined;
  text: string;
  user: string | undefined;
  botId: string | undefined;
  /** The channel is shared with another organisation: no team notes in the answer. */
  extShared: boolean;
}

type Client = AllMiddlewareArgs['client'];

async function post(client: Client, context: ListenerContext, message: IncomingMessage, reply: SlackMessage) {
  await callWithRateLimit(
    () =>
      client.chat.postMessage({
        channel: message.channel,
        thread_ts: message.threadTs ?? message.ts,
        text: reply.text,
        blocks: reply.blocks,
        unfurl_links: false,
        unfurl_media: false,
      }),
    context.rateLimit,
  );
}

/**
 * Only the asker sees it. In a thread it goes to that thread; a question at the top of a channel
 * or DM gets it right there, where they are looking (an ephemeral note in a thread that does not
 * exist yet would go unseen).
 */
async function postPrivately(
  client: Client,
  context: ListenerContext,
  message: IncomingMessage,
  user: string,
  reply: SlackMessage,
) {
  await callWithRateLimit(
    () =>
      client.chat.postEphemeral({
        channel: message.channel,
        user,
        ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
        text: reply.text,
        blocks: reply.blocks,
      }),
    context.rateLimit,
  );
}

async function answer(
  client: Client,
  context: ListenerContext,
  message: IncomingMessage,
  botUserId: string | undefined,
): Promise<void> {
  if (message.botId !== undefined || (botUserId !== undefined && message.user === botUserId)) return;
  // A DM that mentions the bot can arrive as both `message.im` and `app_mention`: answer it once.
  const key = `slack:message:${message.team ?? '-'}:${message.channel}:${message.ts}`;
  if (!(await context.dedupe.claim(key, DEDUPE_TTL_MS))) return;
  const { user } = message;
  const base = slackQuestionContext(context, message.team, undefined, user);
  const chosen = await chooseSlackLanguage(context, base, message.text);
  const asked = await inLanguage(base, chosen.lang);
  // A DM's `ko: 22` loses its prefix; a mention keeps its text, whose leading mention the core ignores.
  const text = message.via === 'dm' ? chosen.text : message.text;
  const ask = askOnce((question) => answerQuestion(question, context.knowledge()));
  const setup = await withTeam(context, asked, text, message.extShared, (question) => {
    const result = ask(question);
    return result.ok ? result.answer : undefined;
  });
  await context.handleQuestion(
    slackPlan(message.via, setup.context, {
      input: message.text,
      revision: `${context.command}|${setup.revision}`,
      logFields: { channel: message.channel },
      prepare: setup.prepare,
      answer: (question) =>
        conversationReply(
          setup.question(),
          context.knowledge(),
          context.command,
          presentOptionsOf(question),
          ask(setup.question()),
        ),
      send: (reply, { purpose }) =>
        purpose === 'slow-down' && user !== undefined
          ? postPrivately(client, context, message, user, reply)
          : post(client, context, message, reply),
    }),
  );
}

export function registerEvents(app: App, context: ListenerContext): void {
  app.event('app_mention', async ({ event, body, client, context: bolt }) => {
    await answer(
      client,
      context,
      {
        via: 'mention',
        team: body.team_id,
        channel: event.channel,
        ts: event.ts,
        threadTs: event.thread_ts,
        text: event.text,
        user: event.user,
        botId: event.bot_id,
        extShared: isExtSharedChannel(body),
      },
      bolt.botUserId,
    );
  });

  app.message(async ({ message, body, client, context: bolt }) => {
    // Only plain new messages in DMs: edits, deletions, joins and bot posts have a subtype.
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    await answer(
      client,
      context,
      {
        via: 'dm',
        team: body.team_id,
        channel: message.channel,
        ts: message.ts,
        threadTs: message.thread_ts,
        text: message.text ?? '',
        user: message.user,
        botId: message.bot_id,
        extShared: isExtSharedChannel(body),
      },
      bolt.botUserId,
    );
  });
}
