/**
 * The gateway's `interactionCreate` listener: reads the discord.js interaction and sends its
 * journey's reply through discord.js. Failures are logged with an id and answered privately (as a
 * follow-up when something was already sent); nothing here can throw into the client.
 */
import { type Interaction, InteractionResponseType } from 'discord.js';
import type { InFlight } from '../shared/in-flight.js';
import type { HandleQuestion } from '../shared/question-journey.js';
import type { InteractionContext, InteractionInput } from './interaction-handler.js';
import { toReplyOptions, toUpdateOptions } from './message-options.js';
import { type CachedReply, interactionPlan } from './questions.js';

export interface ListenerOptions {
  handleQuestion: HandleQuestion;
  context: InteractionContext;
  inFlight: InFlight;
  /** False once stopping: new events are left alone. */
  accepting: () => boolean;
}

function readInput(interaction: Interaction): InteractionInput | undefined {
  if (interaction.isAutocomplete())
    return { kind: 'autocomplete', command: interaction.commandName, text: interaction.options.getFocused() };
  if (interaction.isChatInputCommand())
    return {
      kind: 'command',
      command: interaction.commandName,
      text: interaction.options.getString('query') ?? '',
    };
  if (interaction.isMessageContextMenuCommand())
    return { kind: 'command', command: interaction.commandName, text: interaction.targetMessage.content };
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId };
  return undefined;
}

async function respond(interaction: Interaction, { result }: CachedReply): Promise<void> {
  switch (result.type) {
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
    const asker = { userId: interaction.user.id, guildId: interaction.guildId };
    const plan = interactionPlan(input, asker, options.context, (reply) => respond(interaction, reply));
    options.inFlight.track(options.handleQuestion(plan));
  };
}
