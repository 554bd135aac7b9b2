/**
 * What portbot answers to each interaction, as the API response Discord expects (type 4 message,
 * 7 update, 8 autocomplete choices). Transport-free: the gateway sends the result through
 * discord.js, the HTTP endpoint writes it as its response body.
 */
import {
  type APIApplicationCommandOptionChoice,
  type APIModalInteractionResponseCallbackData,
  InteractionResponseType,
} from 'discord.js';
import {
  answerQuery,
  answerQuestion,
  BUTTON_VALUE_OVERHEAD,
  completeQuestion,
  decodeButtonValue,
  type Knowledge,
  type ParseOptions,
  type Problem,
  presentNotice,
  QUESTION_EXAMPLES,
} from '../../src/index.js';
import type { PresentBag } from '../shared/question-journey.js';
import type { Team } from '../shared/team/index.js';
import { EXPLAIN_PORTS_COMMAND, type NoteSubcommand, PORT_COMMAND } from './commands.js';
import type { DiscordReplyMode } from './config.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import {
  type DiscordMessage,
  renderAnswerMessage,
  renderNoticeMessage,
  renderProblemMessage,
} from './render-message.js';

/** What an interaction asks, read from either transport. */
export type InteractionInput =
  | { kind: 'autocomplete'; command: string; text: string }
  | { kind: 'command'; command: string; text: string; note?: NoteCommandInput }
  | { kind: 'button'; customId: string }
  /** A form submitted (MODAL_SUBMIT): its custom_id and its text inputs' values by custom_id. */
  | { kind: 'modal'; customId: string; fields: Readonly<Record<string, string>> };

/** `/port-note`'s subcommand and options (empty when not given). */
export interface NoteCommandInput {
  subcommand: NoteSubcommand | string;
  port: string;
  text: string;
  page?: number;
}

export type InteractionResult =
  | { type: InteractionResponseType.ChannelMessageWithSource; data: DiscordMessage }
  | { type: InteractionResponseType.UpdateMessage; data: DiscordMessage }
  | {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult;
      data: { choices: APIApplicationCommandOptionChoice<string>[] };
    }
  /** A form (type 9): "Add a team note", "What was missing?". */
  | { type: InteractionResponseType.Modal; data: APIModalInteractionResponseCallbackData };

export interface InteractionContext {
  knowledge: () => Knowledge;
  replies: DiscordReplyMode;
  /** What the question's context adds to the presentation (see `presentOptionsOf`). */
  present?: PresentBag | undefined;
  /** The team's notes, votes and settings; absent: answers without them. */
  team?: Team | undefined;
  /** The workspace default language (PORTBOT_LANG). */
  defaultLang?: string | undefined;
  /**
   * The core's outcome for the question's text when it was worked out already (to find the notes
   * on its ports): the reply uses it instead of answering again.
   */
  asked?: AskedQuestion | undefined;
}

/** What the core made of a typed question: an answer with its token, or a problem. */
export type AskedQuestion = ReturnType<typeof answerQuestion>;

function reply(data: DiscordMessage): InteractionResult {
  return { type: InteractionResponseType.ChannelMessageWithSource, data };
}

function problemReply(problem: Problem, context: Pick<InteractionContext, 'present'>): InteractionResult {
  const lang = context.present?.lang;
  return reply(renderProblemMessage(problem, { ephemeral: true, ...(lang ? { lang } : {}) }));
}

/** The longest query token a button's custom_id (100 characters) has room for. */
export const DISCORD_TOKEN_LENGTH = DISCORD_LIMITS.customId - BUTTON_VALUE_OVERHEAD;

/** A question (slash command) or a message scanned for ports (context menu) → a new message. */
function answerText(text: string, options: ParseOptions, context: InteractionContext): InteractionResult {
  const asked =
    context.asked ??
    answerQuestion(text, context.knowledge(), { ...options, tokenLength: DISCORD_TOKEN_LENGTH });
  if (!asked.ok) return problemReply(asked.problem, context);
  return reply(
    renderAnswerMessage(asked.answer, asked.token, {
      ephemeral: context.replies === 'ephemeral',
      present: context.present,
    }),
  );
}

/** The question without the bot's mention; "@portbot" alone asks for help. */
export function questionText(content: string, botId: string): string {
  const text = content.replaceAll(`<@${botId}>`, ' ').replaceAll(`<@!${botId}>`, ' ').trim();
  return text === '' ? 'help' : text;
}

/** A mention or DM (already without the mention): a reply in the channel, so never private. */
export function answerMention(text: string, context: InteractionContext): DiscordMessage {
  const asked =
    context.asked ?? answerQuestion(text, context.knowledge(), { tokenLength: DISCORD_TOKEN_LENGTH });
  const lang = context.present?.lang;
  if (!asked.ok) return renderProblemMessage(asked.problem, { ephemeral: false, ...(lang ? { lang } : {}) });
  return renderAnswerMessage(asked.answer, asked.token, { ephemeral: false, present: context.present });
}

/**
 * A click on Linux / macOS / Windows or "Show everything": the same question, answered for that
 * OS and in that detail, in place.
 */
function answerButton(customId: string, context: InteractionContext): InteractionResult {
  const click = customId.length <= DISCORD_LIMITS.customId ? decodeButtonValue(customId) : undefined;
  if (!click) return reply(renderNoticeMessage(presentNotice('expired-button').summary));
  const outcome = answerQuery(click.query, context.knowledge(), click.os);
  if (!outcome.ok) return problemReply(outcome.problem, context);
  // An update keeps the message's own flags (public or ephemeral); it cannot change them. It also
  // keeps any field it leaves out, so the content is sent empty: that clears the copy of the title
  // that answers sent before they dropped it, on the first click.
  const { flags: _flags, ...data } = renderAnswerMessage(outcome.answer, click.token, {
    ephemeral: false,
    detail: click.detail,
    os: click.os,
    present: context.present,
  });
  return { type: InteractionResponseType.UpdateMessage, data: { ...data, content: '' } };
}

/** Before anything is typed, the examples show what portbot understands. */
function exampleChoices(): APIApplicationCommandOptionChoice<string>[] {
  return QUESTION_EXAMPLES.map((example) => ({
    name: `${example.question} — ${example.meaning}`.slice(0, DISCORD_LIMITS.choiceName),
    value: example.question,
  }));
}

/**
 * Suggestions for what is being typed. Discord puts a choice's value in place of the whole
 * option, so a completed last word keeps the words before it ("what's on postg" → "what's on postgresql").
 */
export function completeChoices(
  text: string,
  knowledge: Knowledge,
): APIApplicationCommandOptionChoice<string>[] {
  if (text.trim() === '') return exampleChoices();
  const head = /^(.*\s)\S+\s*$/s.exec(text.trimStart())?.[1] ?? '';
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const completion of completeQuestion(text, knowledge, DISCORD_LIMITS.autocompleteChoices)) {
    const value = `${head}${completion.value}`;
    if (value.length > DISCORD_LIMITS.choiceValue || completion.label.length === 0) continue;
    choices.push({ name: completion.label.slice(0, DISCORD_LIMITS.choiceName), value });
  }
  return choices;
}

export function answerInteraction(input: InteractionInput, context: InteractionContext): InteractionResult {
  switch (input.kind) {
    case 'autocomplete':
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: {
          choices: input.command === PORT_COMMAND ? completeChoices(input.text, context.knowledge()) : [],
        },
      };
    case 'command':
      if (input.command === PORT_COMMAND) return answerText(input.text, { mode: 'question' }, context);
      if (input.command === EXPLAIN_PORTS_COMMAND) return answerText(input.text, { mode: 'scan' }, context);
      return reply(
        renderNoticeMessage("I don't know that command: the bot's commands need registering again."),
      );
    case 'button':
      return answerButton(input.customId, context);
    case 'modal':
      // A form whose answer the team layer did not take (notes off, an old form).
      return reply(renderNoticeMessage(presentNotice('expired-button').summary));
  }
}
