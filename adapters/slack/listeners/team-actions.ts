/**
 * The team's buttons and modals under an answer, each acknowledged first:
 * - 👍 / 👎 store the asker's vote (changeable; the vote's identity is the button's value) and say
 *   so privately; after 👎 a "What was missing?" modal opens (`views.open`, at most 500 characters);
 * - "Add a team note" opens a modal with the port filled in; its submission sets the note, and a
 *   refusal is shown on the modal's field, so nothing typed is lost;
 * - "More" under the team's notes replaces the list with its next page.
 * Every reply is for the clicker only; the answer they clicked stays as it was.
 */
import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  RespondFn,
  types,
  ViewSubmitAction,
} from '@slack/bolt';
import {
  createTranslator,
  LANGS,
  type Lang,
  MAX_MISSING_LENGTH,
  MAX_NOTE_LENGTH,
  type Presentation,
  parseNoteScope,
} from '../../../src/index.js';
import { decodeFeedbackValue } from '../../shared/team/feedback-value.js';
import type { Team, TeamActor, TeamReply } from '../../shared/team/team.js';
import { slackWorkspaceId } from '../../shared/team/workspace-id.js';
import { clip, escapeMrkdwn } from '../escape.js';
import {
  ADD_NOTE_ACTION_ID,
  FEEDBACK_DOWN_ACTION_ID,
  FEEDBACK_UP_ACTION_ID,
  NOTES_MORE_ACTION_ID,
} from '../render/actions.js';
import { presentationMessage } from '../render/answer-message.js';
import type { ListenerContext } from './context.js';
import { slackActor } from './team.js';

type Client = AllMiddlewareArgs['client'];

/** `callback_id`s of the two modals. */
export const NOTE_MODAL_ID = 'portbot_note_modal';
export const MISSING_MODAL_ID = 'portbot_missing_modal';
const SCOPE_BLOCK = 'portbot_note_scope';
const TEXT_BLOCK = 'portbot_note_text';
const MISSING_BLOCK = 'portbot_missing_text';
const INPUT_ACTION = 'value';

interface ModalMetadata {
  /** The vote's identity (missing) or nothing (note). */
  value?: string;
  lang: Lang;
  /** Where the modal was opened from, so that the reply can be posted there privately. */
  channel?: string;
}

function plain(text: string, max: number): types.PlainTextElement {
  return { type: 'plain_text', text: escapeMrkdwn(clip(text, max)), emoji: true };
}

function readMetadata(raw: string): ModalMetadata {
  try {
    const parsed = JSON.parse(raw) as Partial<ModalMetadata>;
    const lang = (LANGS as string[]).includes(String(parsed.lang)) ? (parsed.lang as Lang) : 'en';
    return {
      lang,
      ...(typeof parsed.value === 'string' ? { value: parsed.value } : {}),
      ...(typeof parsed.channel === 'string' ? { channel: parsed.channel } : {}),
    };
  } catch {
    return { lang: 'en' };
  }
}

function textInput(
  blockId: string,
  label: string,
  hint: string,
  maxLength: number,
  initial?: string,
  multiline = false,
): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label, 2000),
    hint: plain(hint, 2000),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      max_length: maxLength,
      multiline,
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}

/** A modal's frame: the title is at most 24 characters, its buttons at most 24. */
function modal(
  callbackId: string,
  lang: Lang,
  title: string,
  submit: string,
  metadata: ModalMetadata,
  blocks: types.KnownBlock[],
): types.ModalView {
  const t = createTranslator(lang);
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(title, 24),
    submit: plain(submit, 24),
    close: plain(t.text('modal.cancel'), 24),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

export function noteModal(scope: string, lang: Lang, channel?: string): types.ModalView {
  const t = createTranslator(lang);
  return modal(
    NOTE_MODAL_ID,
    lang,
    t.text('modal.note.title'),
    t.text('modal.save'),
    { lang, ...(channel ? { channel } : {}) },
    [
      textInput(SCOPE_BLOCK, t.text('modal.note.scope'), '8443 · 8443/udp · 30000-32767', 40, scope),
      textInput(
        TEXT_BLOCK,
        t.text('modal.note.text'),
        t.text('modal.note.hint'),
        MAX_NOTE_LENGTH,
        undefined,
        true,
      ),
    ],
  );
}

export function missingModal(value: string, lang: Lang, channel?: string): types.ModalView {
  const t = createTranslator(lang);
  return modal(
    MISSING_MODAL_ID,
    lang,
    t.text('modal.missing.title'),
    t.text('modal.send'),
    { value, lang, ...(channel ? { channel } : {}) },
    [
      textInput(
        MISSING_BLOCK,
        t.text('modal.missing.text'),
        t.text('modal.missing.hint'),
        MAX_MISSING_LENGTH,
        undefined,
        true,
      ),
    ],
  );
}

/** The reply's words as plain text for a modal field's error (Slack shows it under the field). */
function replyText(presentation: Presentation): string {
  return clip(presentation.summary || presentation.title, 150);
}

function respondPrivately(respond: RespondFn, reply: TeamReply) {
  return respond({
    response_type: 'ephemeral',
    replace_original: false,
    ...presentationMessage(reply.presentation, { answerOs: null }),
  });
}

function clickerOf(context: ListenerContext, client: Client, body: BlockAction<ButtonAction>): TeamActor {
  const workspace =
    slackWorkspaceId({ teamId: body.team?.id ?? body.user.team_id, enterpriseId: body.enterprise?.id }) ??
    '-';
  return slackActor(context, client, {
    workspace,
    user: body.user.id,
    name: body.user.name ?? body.user.username,
    enterprise: body.enterprise?.id,
  });
}

function submitterOf(context: ListenerContext, client: Client, body: ViewSubmitAction): TeamActor {
  const workspace =
    slackWorkspaceId({ teamId: body.team?.id ?? body.user.team_id, enterpriseId: body.enterprise?.id }) ??
    '-';
  return slackActor(context, client, {
    workspace,
    user: body.user.id,
    name: body.user.name,
    enterprise: body.enterprise?.id,
  });
}

async function openModal(context: ListenerContext, client: Client, triggerId: string, view: types.ModalView) {
  try {
    await client.views.open({ trigger_id: triggerId, view });
    return true;
  } catch (error) {
    context.logger.warn({ err: error, what: 'views.open' }, 'could not open a modal');
    return false;
  }
}

/** The stored value of a modal's text input. */
function inputOf(body: ViewSubmitAction, block: string): string {
  return body.view.state.values[block]?.[INPUT_ACTION]?.value ?? '';
}

function langOfValue(value: string | undefined): Lang {
  return (value ? decodeFeedbackValue(value)?.lang : undefined) ?? 'en';
}

/** Says privately where the modal was opened that it was saved (best effort). */
async function confirmIn(
  context: ListenerContext,
  client: Client,
  channel: string | undefined,
  user: string,
  reply: TeamReply,
) {
  if (!channel) return;
  const message = presentationMessage(reply.presentation, { answerOs: null });
  await client.chat
    .postEphemeral({ channel, user, text: message.text, blocks: message.blocks })
    .catch((error: unknown) => context.logger.warn({ err: error, what: 'confirm' }, 'follow-up failed'));
}

/**
 * "More"'s value: the page and the list's language ("2|ko"). A bare page ("2", from a list sent
 * before the language travelled with it) reads in English, as it did then.
 */
export function readMoreValue(value: string | undefined): { page: number; lang: Lang } {
  const match = /^(\d{1,3})(?:\|([a-z]{2}))?$/.exec(value ?? '');
  const page = match?.[1] ? Number.parseInt(match[1], 10) : 1;
  const lang = (LANGS as string[]).includes(match?.[2] ?? '') ? (match?.[2] as Lang) : 'en';
  return { page: Math.max(1, page), lang };
}

export function registerTeamActions(app: App, context: ListenerContext, team: Team): void {
  for (const [actionId, vote] of [
    [FEEDBACK_UP_ACTION_ID, 'up'],
    [FEEDBACK_DOWN_ACTION_ID, 'down'],
  ] as const)
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, action, body, client, respond }) => {
      await ack();
      const value = action.value ?? '';
      const lang = langOfValue(value);
      const reply = await team.vote(value, vote, clickerOf(context, client, body), {
        command: context.command,
        lang,
      });
      // After a 👎, ask what was missing; if the modal cannot open, the reply still asks in words.
      const asked =
        reply.outcome.kind === 'vote.saved' && reply.outcome.askMissing
          ? await openModal(context, client, body.trigger_id, missingModal(value, lang, body.channel?.id))
          : false;
      if (!asked || reply.outcome.kind !== 'vote.saved') await respondPrivately(respond, reply);
      else await respondPrivately(respond, { ...reply, outcome: { ...reply.outcome, askMissing: false } });
    });

  app.action<BlockAction<ButtonAction>>(
    ADD_NOTE_ACTION_ID,
    async ({ ack, action, body, client, respond }) => {
      await ack();
      // The value is "<scope>|<lang>" (actions.ts): the port to fill in and the answer's language.
      const [scopeText = '', langText = ''] = (action.value ?? '').split('|');
      const scope = parseNoteScope(scopeText).ok ? scopeText : '';
      const lang = (LANGS as string[]).includes(langText) ? (langText as Lang) : 'en';
      if (!(await openModal(context, client, body.trigger_id, noteModal(scope, lang, body.channel?.id)))) {
        const reply = await team.run({ kind: 'note.list', page: 1 }, clickerOf(context, client, body), {
          command: context.command,
          lang,
        });
        await respondPrivately(respond, reply);
      }
    },
  );

  app.action<BlockAction<ButtonAction>>(
    NOTES_MORE_ACTION_ID,
    async ({ ack, action, body, client, respond }) => {
      await ack();
      const { page, lang } = readMoreValue(action.value);
      const reply = await team.run({ kind: 'note.list', page }, clickerOf(context, client, body), {
        command: context.command,
        lang,
      });
      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...presentationMessage(reply.presentation, { answerOs: null }),
      });
    },
  );

  app.view<ViewSubmitAction>(NOTE_MODAL_ID, async ({ ack, body, client }) => {
    const metadata = readMetadata(body.view.private_metadata);
    const scope = parseNoteScope(inputOf(body, SCOPE_BLOCK));
    const text = inputOf(body, TEXT_BLOCK).trim();
    const options = { command: context.command, lang: metadata.lang };
    const t = createTranslator(metadata.lang);
    if (!scope.ok) {
      await ack({
        response_action: 'errors',
        errors: { [SCOPE_BLOCK]: clip(t.text('modal.note.scope'), 150) },
      });
      return;
    }
    const actor = submitterOf(context, client, body);
    const reply = await team.run({ kind: 'note.set', scope: scope.value, text }, actor, options);
    if (reply.outcome.kind === 'refused') {
      const field = reply.outcome.reason === 'bad_note_scope' ? SCOPE_BLOCK : TEXT_BLOCK;
      await ack({ response_action: 'errors', errors: { [field]: replyText(reply.presentation) } });
      return;
    }
    await ack();
    await confirmIn(context, client, metadata.channel, body.user.id, reply);
  });

  app.view<ViewSubmitAction>(MISSING_MODAL_ID, async ({ ack, body, client }) => {
    const metadata = readMetadata(body.view.private_metadata);
    const text = inputOf(body, MISSING_BLOCK).trim();
    const reply = await team.missing(metadata.value ?? '', text, submitterOf(context, client, body), {
      command: context.command,
      lang: metadata.lang,
    });
    if (reply.outcome.kind === 'refused') {
      await ack({ response_action: 'errors', errors: { [MISSING_BLOCK]: replyText(reply.presentation) } });
      return;
    }
    await ack();
    await confirmIn(context, client, metadata.channel, body.user.id, reply);
  });
}
