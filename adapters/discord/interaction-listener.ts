/**
 * The gateway's `interactionCreate` listener: reads the discord.js interaction, answers it with
 * the shared handler and sends the result through discord.js. Failures are logged with an id and
 * answered privately; nothing here can throw into the client.
 */
import { type Interaction, InteractionResponseType } from 'discord.js';
import type { AnswerRecorder } from '../shared/answer-recorder.js';
import type { InFlight } from '../shared/in-flight.js';
import { createCorrelationId, type Logger } from '../shared/logger.js';
import { answerKind, type GuardedReply, type Replier, startAnswer } from './answer-guard.js';
import type { InteractionInput } from './interaction-handler.js';
import { toReplyOptions, toUpdateOptions } from './message-options.js';
import { renderErrorMessage } from './render-message.js';

export interface ListenerOptions {
  /** The shared handler, behind the rate limit and the reply cache. */
  replier: Replier;
  answers?: AnswerRecorder | undefined;
  logger: Logger;
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

async function respond(interaction: Interaction, { reply }: GuardedReply): Promise<void> {
  const { result } = reply;
  switch (result.type) {
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      if (interaction.isAutocomplete()) await interaction.respond(result.data.choices);
      return;
    case InteractionResponseType.UpdateMessage:
      if (interaction.isButton()) await interaction.update(toUpdateOptions(result.data));
      return;
    case InteractionResponseType.ChannelMessageWithSource:
      if (interaction.isRepliable()) await interaction.reply(toReplyOptions(result.data));
      return;
  }
}

/** After a failure: a private note with the id, as a follow-up if something was already sent. */
async function reportFailure(interaction: Interaction, correlationId: string): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const message = toReplyOptions(renderErrorMessage(correlationId));
  if (interaction.replied || interaction.deferred) await interaction.followUp(message);
  else await interaction.reply(message);
}

async function handle(interaction: Interaction, options: ListenerOptions): Promise<void> {
  const input = readInput(interaction);
  if (!input) return;
  const answer =
    input.kind === 'autocomplete'
      ? undefined
      : startAnswer(options.logger, options.answers, answerKind(input));
  try {
    options.logger.debug({ input, interactionId: interaction.id }, 'discord interaction');
    const guarded = await options.replier(input, {
      userId: interaction.user.id,
      guildId: interaction.guildId,
    });
    await respond(interaction, guarded);
    answer?.done(guarded.outcome);
  } catch (error) {
    const correlationId = answer?.correlationId ?? createCorrelationId();
    options.logger.error({ err: error, correlationId, kind: input.kind }, 'discord interaction failed');
    answer?.done('failed');
    await reportFailure(interaction, correlationId).catch((reportError: unknown) =>
      options.logger.warn({ err: reportError, correlationId }, 'could not tell the user about a failure'),
    );
  }
}

export function createInteractionListener(options: ListenerOptions): (interaction: Interaction) => void {
  return (interaction) => {
    if (!options.accepting()) return;
    options.inFlight.track(handle(interaction, options));
  };
}
