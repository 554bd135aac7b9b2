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
import { createTranslator, LANGS, MAX_QUESTION_LENGTH, type MessageKey } from '../../src/index.js';

// The names Discord sends in every interaction, whatever the client's language.
export const PORT_COMMAND = 'port';
export const QUERY_OPTION = 'query';
export const EXPLAIN_PORTS_COMMAND = 'Explain ports';

const english = createTranslator('en');

/**
 * A catalog text in every other language portbot writes, keyed by Discord's locale code (Korean is
 * "ko" there too: https://discord.com/developers/docs/reference#locales). A Korean client shows
 * `/포트 질문:`; interactions still carry the English names above.
 */
export function localizations(key: MessageKey): Partial<Record<'ko', string>> {
  const out: Partial<Record<'ko', string>> = {};
  for (const lang of LANGS) if (lang !== 'en') out[lang] = createTranslator(lang).textOf(key);
  return out;
}

// Servers the bot is installed in, and its DMs; user installs would need another invite flow.
const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM];

export function buildPortCommand(): RESTPostAPIApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(PORT_COMMAND)
    .setNameLocalizations(localizations('command.port.name'))
    .setDescription(english.text('command.port.description'))
    .setDescriptionLocalizations(localizations('command.port.description'))
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(CONTEXTS)
    .addStringOption((option) =>
      option
        .setName(QUERY_OPTION)
        .setNameLocalizations(localizations('command.query.name'))
        .setDescription(english.text('command.query.description'))
        .setDescriptionLocalizations(localizations('command.query.description'))
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .toJSON();
}

export function buildExplainPortsCommand(): RESTPostAPIApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(EXPLAIN_PORTS_COMMAND)
    .setNameLocalizations(localizations('command.explainPorts.name'))
    .setType(ApplicationCommandType.Message)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(CONTEXTS)
    .toJSON();
}

/** Everything `npm run discord:register` puts in place (a PUT replaces the whole set). */
export function buildCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [buildPortCommand(), buildExplainPortsCommand()];
}
