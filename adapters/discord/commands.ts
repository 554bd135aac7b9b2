/**
 * The application commands, defined once: the register script sends exactly this JSON to
 * Discord, the handlers route on these names, and the tests compare against it.
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../src/index.js';

export const PORT_COMMAND = 'port';
export const QUERY_OPTION = 'query';
export const EXPLAIN_PORTS_COMMAND = 'Explain ports';

// Servers the bot is installed in, and its DMs; user installs would need another invite flow.
const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM];

export function buildPortCommand(): RESTPostAPIApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(PORT_COMMAND)
    .setDescription('What is port N? IANA range and assignment, real-world uses, who holds it')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(CONTEXTS)
    .addStringOption((option) =>
      option
        .setName(QUERY_OPTION)
        .setDescription('A port, range or service: 60140, 53/udp, 8000-8010, postgres')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .toJSON();
}

export function buildExplainPortsCommand(): RESTPostAPIApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(EXPLAIN_PORTS_COMMAND)
    .setType(ApplicationCommandType.Message)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(CONTEXTS)
    .toJSON();
}

/** Everything `npm run discord:register` puts in place (a PUT replaces the whole set). */
export function buildCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [buildPortCommand(), buildExplainPortsCommand()];
}
