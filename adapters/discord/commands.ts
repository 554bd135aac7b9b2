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
  type SlashCommandStringOption,
} from 'discord.js';
import { createTranslator, LANGS, MAX_QUESTION_LENGTH, type MessageKey } from '../../src/index.js';

// The names Discord sends in every interaction, whatever the client's language.
export const PORT_COMMAND = 'port';
export const QUERY_OPTION = 'query';
export const EXPLAIN_PORTS_COMMAND = 'Explain ports';
export const NOTE_COMMAND = 'port-note';
/** `/port-note`'s subcommands and options, as the handlers read them. */
export const NOTE_SUBCOMMANDS = ['set', 'list', 'remove', 'history'] as const;
export type NoteSubcommand = (typeof NOTE_SUBCOMMANDS)[number];
export const NOTE_OPTIONS = { port: 'port', text: 'text', page: 'page' } as const;
/** The longest note (the store refuses longer ones with a clear message; Discord stops typing here). */
const NOTE_TEXT_MAX = 300;
const NOTE_PAGES_MAX = 40;

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

const PORT_DESCRIPTION = {
  en: 'A port, port/transport or range: 8443, 8443/udp, 30000-32767',
  ko: '포트, 포트/전송 프로토콜 또는 범위: 8443, 8443/udp, 30000-32767',
};

/** The `port` option every `/port-note` subcommand but `list` takes: "8443", "8443/udp", "30000-32767". */
function portOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName(NOTE_OPTIONS.port)
    .setNameLocalizations({ ko: '포트' })
    .setDescription(PORT_DESCRIPTION.en)
    .setDescriptionLocalizations({ ko: PORT_DESCRIPTION.ko })
    .setRequired(true)
    .setMaxLength(20);
}

/**
 * `/port-note set|list|remove|history`: the server's own notes on its ports. Replies are private;
 * who may write is the service's `NOTES_EDITORS`, checked on every write.
 */
export function buildPortNoteCommand(): RESTPostAPIApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(NOTE_COMMAND)
    .setNameLocalizations({ ko: '포트-메모' })
    .setDescription("The server's own notes on its ports, shown first in every answer")
    .setDescriptionLocalizations({ ko: '서버의 포트 메모: 모든 답변 맨 앞에 보입니다' })
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(CONTEXTS)
    .addSubcommand((sub) =>
      sub
        .setName('set')
        .setNameLocalizations({ ko: '설정' })
        .setDescription('Set or replace the note on a port')
        .setDescriptionLocalizations({ ko: '포트의 메모를 쓰거나 바꿉니다' })
        .addStringOption(portOption)
        .addStringOption((option) =>
          option
            .setName(NOTE_OPTIONS.text)
            .setNameLocalizations({ ko: '내용' })
            .setDescription('What this port is in your team: "staging Grafana, ask #sre"')
            .setDescriptionLocalizations({ ko: '팀에서 이 포트의 용도: "스테이징 Grafana, #sre에 문의"' })
            .setRequired(true)
            .setMaxLength(NOTE_TEXT_MAX),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('list')
        .setNameLocalizations({ ko: '목록' })
        .setDescription("The server's notes, 50 a page")
        .setDescriptionLocalizations({ ko: '서버의 메모 목록 (한 쪽에 50개)' })
        .addIntegerOption((option) =>
          option
            .setName(NOTE_OPTIONS.page)
            .setNameLocalizations({ ko: '쪽' })
            .setDescription('Which page (from 1)')
            .setDescriptionLocalizations({ ko: '몇 번째 쪽 (1부터)' })
            .setMinValue(1)
            .setMaxValue(NOTE_PAGES_MAX),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setNameLocalizations({ ko: '삭제' })
        .setDescription('Remove the note on a port (its history stays)')
        .setDescriptionLocalizations({ ko: '포트의 메모를 지웁니다 (기록은 남습니다)' })
        .addStringOption(portOption),
    )
    .addSubcommand((sub) =>
      sub
        .setName('history')
        .setNameLocalizations({ ko: '기록' })
        .setDescription("Who changed a port's note, and when")
        .setDescriptionLocalizations({ ko: '포트 메모를 누가 언제 바꿨는지' })
        .addStringOption(portOption),
    )
    .toJSON();
}

/** Everything `npm run discord:register` puts in place (a PUT replaces the whole set). */
export function buildCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [buildPortCommand(), buildExplainPortsCommand(), buildPortNoteCommand()];
}
