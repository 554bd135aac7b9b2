/**
 * The gateway's `interactionCreate` listener: reads the discord.js interaction and sends its
 * journey's reply through discord.js. Failures are logged with an id and answered privately (as a
 * follow-up when something was already sent); nothing here can throw into the client.
 */
import { ComponentType, type Interaction, InteractionResponseType } from 'discord.js';
import type { InFlight } from '../shared/in-flight.js';
import type { Logger } from '../shared/logger.js';
import type { HandleQuestion } from '../shared/question-journey.js';
import { NOTE_COMMAND, NOTE_OPTIONS } from './commands.js';
import type { InteractionContext, InteractionInput } from './interaction-handler.js';
import { toReplyOptions, toUpdateOptions } from './message-options.js';
import { type Asker, type CachedReply, interactionPlan, prepareSafely } from './questions.js';

export interface ListenerOptions {
  handleQuestion: HandleQuestion;
  context: InteractionContext;
  inFlight: InFlight;
  /** False once stopping: new events are left alone. */
  accepting: () => boolean;
  logger: Pick<Logger, 'warn'>;
}

function readInput(interaction: Interaction): InteractionInput | undefined {
  if (interaction.isAutocomplete())
    return { kind: 'autocomplete', command: interaction.commandName, text: interaction.options.getFocused() };
  if (interaction.isChatInputCommand() && interaction.commandName === NOTE_COMMAND) {
    const page = interaction.options.getInteger(NOTE_OPTIONS.page);
    return {
      kind: 'command',
      command: interaction.commandName,
      text: '',
      note: {
        subcommand: interaction.options.getSubcommand(false) ?? '',
        port: interaction.options.getString(NOTE_OPTIONS.port) ?? '',
        text: interaction.options.getString(NOTE_OPTIONS.text) ?? '',
        ...(page !== null ? { page } : {}),
      },
    };
  }
  if (interaction.isChatInputCommand())
    return {
      kind: 'command',
      command: interaction.commandName,
      text: interaction.options.getString('query') ?? '',
    };
  if (interaction.isModalSubmit()) {
    const fields: Record<string, string> = {};
    for (const [customId, field] of interaction.fields.fields)
      if (field.type === ComponentType.TextInput) fields[customId] = field.value;
    return { kind: 'modal', customId: interaction.customId, fields };
  }
  if (interaction.isMessageContextMenuCommand())
    return { kind: 'command', command: interaction.commandName, text: interaction.targetMessage.content };
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId };
  return undefined;
}

async function respond(interaction: Interaction, { result }: CachedReply): Promise<void> {
  switch (result.type) {
    case InteractionResponseType.Modal:
      if ((interaction.isButton() || interaction.isChatInputCommand()) && !interaction.replied)
        await interaction.showModal(result.data);
      return;
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      if (interaction.isAutocomplete() && !interaction.responded)
        await interaction.respond(result.data.choices);
      return;
    case InteractionResponseType.UpdateMessage:
      if (interaction.isButton()) await interaction.update(toUpdateOptions(result.data));
      return;
    case InteractionResponseType.ChannelMessageWithSource:
      if (!interaction.isRepliable()) return;
      // After a failure something may have gone out already: the note follows it up.
      if (interaction.replied || interaction.deferred)
        await interaction.followUp(toReplyOptions(result.data));
      else await interaction.reply(toReplyOptions(result.data));
      return;
  }
}

export function createInteractionListener(options: ListenerOptions): (interaction: Interaction) => void {
  return (interaction) => {
    if (!options.accepting()) return;
    const input = readInput(interaction);
    if (!input) return;
    options.inFlight.track(ask(interaction, input, options));
  };
}

/** Who asked, as the interaction says: a display name (never a mention), Manage Server, the client's language. */
function askerOf(interaction: Interaction): Asker {
  const member = interaction.member;
  const nick = member && 'nick' in member ? member.nick : null;
  return {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    userName: nick || interaction.user.globalName || interaction.user.username,
    permissions: interaction.memberPermissions?.bitfield.toString() ?? null,
    locale: interaction.locale,
  };
}

async function ask(
  interaction: Interaction,
  input: InteractionInput,
  options: ListenerOptions,
): Promise<void> {
  const asker = askerOf(interaction);
  const prepared = await prepareSafely(input, asker, options.context, options.logger);
  const plan = interactionPlan(
    input,
    asker,
    options.context,
    (reply) => respond(interaction, reply),
    prepared,
  );
  await options.handleQuestion(plan);
}
