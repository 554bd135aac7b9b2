/**
 * Discord's thin mapping onto the team layer (adapters/shared/team): `/port-note` and its
 * subcommands, `/port query:lang ko` and `/port query:feedback`, the 👍 / 👎 buttons, "Add a team
 * note" and the two forms (interaction response type 9, answered by MODAL_SUBMIT). Every reply
 * is private (flag 64). What is allowed, the limits and every word are the team layer's; here
 * are only Discord's ids, permissions and payload shapes.
 */
import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  InteractionResponseType,
  TextInputStyle,
} from 'discord.js';
import {
  answerQuery,
  createTranslator,
  decodeQueryToken,
  formatNoteScope,
  type Knowledge,
  LANGS,
  type Lang,
  parseTeamCommand,
} from '../../src/index.js';
import { discordWorkspaceId, type Team, type TeamActor, type TeamReply } from '../shared/team/index.js';
import { readMoreButtonId, TEAM_IDS } from './buttons.js';
import { NOTE_COMMAND, type NoteSubcommand, PORT_COMMAND } from './commands.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import type { InteractionInput, InteractionResult } from './interaction-handler.js';
import type { Asker } from './questions.js';
import { renderPrivateMessage } from './render-message.js';

/** Discord's permission bits (https://discord.com/developers/docs/topics/permissions). */
const ADMINISTRATOR = 1n << 3n;
const MANAGE_GUILD = 1n << 5n;
/** A form's title and a text input's label: at most 45 characters. */
const FORM_LABEL_MAX = 45;
const MAX_NOTE_LENGTH = 300;
const MAX_MISSING_LENGTH = 500;

/**
 * Manage Server, read from the interaction's own `member.permissions` (a decimal bitfield of
 * the member's permissions in that channel): no extra request. Administrators have every permission.
 * Outside a server (a DM) there is no one to manage anything.
 */
export function canManageServer(permissions: string | null | undefined): boolean {
  if (!permissions || !/^\d{1,25}$/.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (bits & (MANAGE_GUILD | ADMINISTRATOR)) !== 0n;
}

export function teamActor(asker: Asker): TeamActor {
  const userId = asker.userId ?? 'unknown';
  return {
    platform: 'discord',
    workspaceId: discordWorkspaceId({ guildId: asker.guildId, userId }),
    userId,
    userName: asker.userName ?? userId,
    isAdmin: async () => asker.guildId !== null && canManageServer(asker.permissions),
  };
}

/** `/port-note …` as the team layer's words (the same the CLI and Slack take). */
export function noteCommandText(
  subcommand: NoteSubcommand | string,
  port: string,
  text: string,
  page?: number,
) {
  switch (subcommand) {
    case 'set':
      return `notes set ${port} ${text}`;
    case 'list':
      return page === undefined ? 'notes' : `notes ${page}`;
    case 'remove':
      return `forget ${port}`;
    case 'history':
      return `history ${port}`;
    default:
      return undefined;
  }
}

function privateReply(reply: TeamReply): InteractionResult {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: renderPrivateMessage(reply.presentation),
  };
}

function modal(data: APIModalInteractionResponseCallbackData): InteractionResult {
  return { type: InteractionResponseType.Modal, data };
}

function textInput(customId: string, label: string, options: { value?: string; max: number; long: boolean }) {
  return {
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.TextInput as const,
        custom_id: customId,
        label: label.slice(0, FORM_LABEL_MAX),
        style: options.long ? TextInputStyle.Paragraph : TextInputStyle.Short,
        max_length: options.max,
        required: true,
        ...(options.value ? { value: options.value } : {}),
      },
    ],
  };
}

/** The note form, its port filled in from the answer the button was on. */
function noteForm(token: string, knowledge: Knowledge, lang: Lang): InteractionResult {
  const t = createTranslator(lang);
  const query = decodeQueryToken(token);
  const answered = query.ok ? answerQuery(query.value, knowledge) : undefined;
  const part = answered?.ok ? answered.value.parts[0] : undefined;
  let scope = '';
  if (part?.type === 'port')
    scope = formatNoteScope({
      port: part.port,
      ...(part.transports.length === 1 && part.transports[0] ? { transport: part.transports[0] } : {}),
    });
  else if (part?.type === 'range') scope = formatNoteScope({ port: part.from, to: part.to });
  else if (part?.type === 'service' && part.ports[0]) scope = String(part.ports[0].port);
  return modal({
    custom_id: TEAM_IDS.noteForm,
    title: t.text('action.addNote').slice(0, FORM_LABEL_MAX),
    components: [
      textInput(TEAM_IDS.scopeInput, t.text('form.note.scope'), { value: scope, max: 20, long: false }),
      textInput(TEAM_IDS.textInput, t.text('form.note.text'), { max: MAX_NOTE_LENGTH, long: true }),
    ],
  });
}

/** "What was missing?" after a 👎, carrying the vote's value. */
function missingForm(value: string, lang: Lang): InteractionResult | undefined {
  const customId = `${TEAM_IDS.missingForm}${value}`;
  if (customId.length > DISCORD_LIMITS.customId) return undefined;
  const title = createTranslator(lang).text('team.vote.askMissing');
  return modal({
    custom_id: customId,
    title: title.slice(0, FORM_LABEL_MAX),
    components: [textInput(TEAM_IDS.textInput, title, { max: MAX_MISSING_LENGTH, long: true })],
  });
}

/**
 * "More" under the server's notes: the next page replaces the list in place (type 7 keeps the
 * message private), in the language the list was in.
 */
async function nextNotesPage(customId: string, actor: TeamActor, team: Team, fallback: Lang) {
  const more = readMoreButtonId(customId);
  const lang = (LANGS as string[]).includes(more?.lang ?? '') ? (more?.lang as Lang) : fallback;
  const reply = await team.run({ kind: 'note.list', page: more?.page ?? 1 }, actor, {
    lang,
    syntax: 'options',
  });
  const { flags: _flags, ...data } = renderPrivateMessage(reply.presentation);
  return { type: InteractionResponseType.UpdateMessage, data } as const;
}

export interface TeamInteractionContext {
  team: Team;
  knowledge: () => Knowledge;
}

/**
 * The team's part of an interaction, or undefined when it is a question (an answer, a click on an
 * OS button). `/port query:notes` stays a question (Lotus Notes); only `lang` and `feedback`
 * are team words in `/port`, since `/port-note` has the rest.
 */
export async function teamInteraction(
  input: InteractionInput,
  asker: Asker,
  context: TeamInteractionContext,
  lang: Lang,
): Promise<InteractionResult | undefined> {
  const { team } = context;
  const actor = () => teamActor(asker);
  // Examples in replies in Discord's own syntax: /port-note set port:8443 text:…
  const options = { lang, syntax: 'options' } as const;
  switch (input.kind) {
    case 'command': {
      if (input.command === NOTE_COMMAND) {
        const note = input.note;
        const text = note ? noteCommandText(note.subcommand, note.port, note.text, note.page) : undefined;
        const reply = text ? await team.handleText(text, actor(), options) : undefined;
        // A subcommand this version does not know: the commands need registering again.
        return reply ? privateReply(reply) : undefined;
      }
      if (input.command !== PORT_COMMAND) return undefined;
      const parsed = parseTeamCommand(input.text);
      if (
        !parsed ||
        (parsed.ok && parsed.command.kind !== 'lang' && parsed.command.kind !== 'feedback.report')
      )
        return undefined;
      if (!parsed.ok && parsed.kind !== 'lang') return undefined;
      const reply = await team.handleText(input.text, actor(), options);
      return reply ? privateReply(reply) : undefined;
    }
    case 'button': {
      const { customId } = input;
      if (customId.startsWith(TEAM_IDS.more)) return nextNotesPage(customId, actor(), team, lang);
      if (customId.startsWith(TEAM_IDS.addNote))
        return noteForm(customId.slice(TEAM_IDS.addNote.length), context.knowledge(), lang);
      const vote = customId.startsWith(TEAM_IDS.up)
        ? 'up'
        : customId.startsWith(TEAM_IDS.down)
          ? 'down'
          : null;
      if (!vote) return undefined;
      const value = customId.slice(TEAM_IDS.up.length);
      const reply = await team.vote(value, vote, actor(), options);
      if (reply.outcome.kind === 'vote.saved' && reply.outcome.askMissing)
        return missingForm(value, lang) ?? privateReply(reply);
      return privateReply(reply);
    }
    case 'modal': {
      const text = input.fields[TEAM_IDS.textInput] ?? '';
      if (input.customId === TEAM_IDS.noteForm) {
        const scope = (input.fields[TEAM_IDS.scopeInput] ?? '').trim();
        const reply = await team.handleText(`notes set ${scope} ${text}`, actor(), options);
        return reply ? privateReply(reply) : undefined;
      }
      if (input.customId.startsWith(TEAM_IDS.missingForm))
        return privateReply(
          await team.missing(input.customId.slice(TEAM_IDS.missingForm.length), text, actor(), options),
        );
      return undefined;
    }
    default:
      return undefined;
  }
}
