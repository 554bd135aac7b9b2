/**
 * The CLI as a function of argv and its I/O, so tests run it in-process. main.ts binds it to the
 * real process. Exit codes are a contract: 0 answered, 2 nothing answerable (a refused question or
 * command line), 1 internal error. Every refusal says why in one line on stderr, then a hint line;
 * with `--json` the same code and message also go to stdout as `{"schemaVersion":1,"error":…}`.
 */
import {
  ANSWER_SCHEMA_VERSION,
  answerQuery,
  type Block,
  type CheckOs,
  createKnowledge,
  createTranslator,
  fitPresentation,
  type Knowledge,
  type KoreanUseTexts,
  type Lang,
  type Line,
  languageFromLocaleEnv,
  languageOf,
  loadKoreanUseTexts,
  localizeAnswer,
  type Presentation,
  type Problem,
  type ProblemCode,
  parseQuestion,
  plainText,
  presentAnswer,
  presentProblem,
  renderPresentationText,
  type TextStyle,
  type UsageProblemCode,
} from '../../src/index.js';
import { ANSI_STYLE, wantsColor } from './ansi-style.js';
import { MAX_ANSWER_LINES } from './answer-limits.js';
import { parseCliArgs, USAGE_TEXT, usageMessage } from './cli-args.js';
import { helpText, quoteForShell } from './help-text.js';

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  version: string;
  /** `process.platform`: the commands shown by default are for this OS (others: every OS). */
  platform?: string;
  /** Loads the knowledge to answer with (the imported registry when cached). */
  loadKnowledge?: () => { knowledge: Knowledge; warning?: string };
  /** `portbot data update`. */
  runDataUpdate?: (args: string[]) => Promise<number>;
  /** `portbot data status`. */
  runDataStatus?: () => Promise<number>;
  /** `portbot notes …`, `feedback report`, `data forget-workspace W`: the team's store. */
  runTeamCommand?: (args: string[]) => Promise<number>;
}

export const EXIT_ANSWERED = 0;
export const EXIT_INTERNAL_ERROR = 1;
export const EXIT_NOT_ANSWERED = 2;

/**
 * The language of the CLI's answer: `--lang`, then the question itself (a leading `ko:`/`en:`, or
 * Hangul), then PORTBOT_LANG, then the POSIX locale (LC_ALL, LC_MESSAGES, LANG), then English.
 *
 * @example cliLanguage(null, undefined, { LANG: 'ko_KR.UTF-8' }) // 'ko'
 */
export function cliLanguage(
  flag: Lang | null,
  questionLang: Lang | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  return flag ?? questionLang ?? languageOf(env.PORTBOT_LANG) ?? languageFromLocaleEnv(env);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(`${helpText(cliLanguage(command.lang, undefined, io.env))}\n`);
      return EXIT_ANSWERED;
    case 'version':
      io.stdout(`${io.version}\n`);
      return EXIT_ANSWERED;
    case 'usage-error': {
      const lang = cliLanguage(command.lang, undefined, io.env);
      return refuse(io, command.json, lang, command.code, usageMessage(command.fault, lang));
    }
    case 'data-update':
      if (!io.runDataUpdate) {
        io.stderr('portbot: data update is not available in this build.\n');
        return EXIT_INTERNAL_ERROR;
      }
      return io.runDataUpdate(command.args);
    case 'data-status':
      if (!io.runDataStatus) {
        io.stderr('portbot: data status is not available in this build.\n');
        return EXIT_INTERNAL_ERROR;
      }
      return io.runDataStatus();
    case 'team':
      if (!io.runTeamCommand) {
        io.stderr('portbot: team notes are not available in this build.\n');
        return EXIT_INTERNAL_ERROR;
      }
      return io.runTeamCommand(command.args);
    case 'ask':
      return ask(command, io);
  }
}

const PLATFORM_OS: Readonly<Record<string, CheckOs>> = { linux: 'linux', darwin: 'macos', win32: 'windows' };

/** The OS whose commands a terminal answer shows by default; null (every OS) for other platforms. */
export function defaultOs(platform: string | undefined): CheckOs | null {
  return (platform !== undefined && PLATFORM_OS[platform]) || null;
}

/** The JSON of a refusal: the same shape for a question and a command line. */
function refusalJson(lang: Lang, code: ProblemCode | UsageProblemCode, message: string): string {
  return `${JSON.stringify({ schemaVersion: ANSWER_SCHEMA_VERSION, lang, error: { code, message } })}\n`;
}

/** A refused command line: exit 2. */
function refuse(
  io: CliIo,
  json: boolean,
  lang: Lang,
  code: ProblemCode | UsageProblemCode,
  message: string,
): number {
  if (json) io.stdout(refusalJson(lang, code, message));
  io.stderr(`portbot: ${message}\n${USAGE_TEXT[lang].hint}\n`);
  return EXIT_NOT_ANSWERED;
}

/**
 * A problem's presentation as the terminal's two stderr lines: its essential section only (the
 * reason, then the hint; the examples are in --help), the first line marked `portbot:` so that
 * scripts can find it.
 */
export function problemLines(presentation: Presentation): string[] {
  const essential = fitPresentation(presentation, { maxSections: 1 });
  const lines: Line[] = essential.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'lines' ? block.lines : [])),
  );
  const texts = lines.map((value) => plainText(value.spans));
  return texts.length > 0
    ? [`portbot: ${texts[0]}`, ...texts.slice(1)]
    : [`portbot: ${presentation.summary}`];
}

/** Commands kept per OS heading before fitting (the rest are in --full). */
const MAX_BLOCKS_PER_SECTION = 4;

/** Terminal lines a block takes in renderPresentationText. */
function blockLineCount(block: Block): number {
  switch (block.kind) {
    case 'lines':
      return block.lines.length;
    case 'fields':
      return block.fields.reduce((sum, field) => sum + 1 + field.value.length, 0);
    case 'table':
      return 1 + block.rows.length;
    case 'code':
      return 2;
    case 'links':
      return block.links.length;
  }
}

/** The command that shows everything, as typed in a shell; the question only when it is plain words. */
function fullCommand(question: string, lang: Lang | null): string {
  const command = lang ? `portbot --full --lang ${lang}` : 'portbot --full';
  return /^[\w ./:,+-]{1,60}$/.test(question) ? `${command} ${quoteForShell(question)}` : command;
}

/**
 * The default answer, fitted by the presentation's priorities into MAX_ANSWER_LINES terminal lines;
 * when something had to go, the catalog's trim note names the command that shows everything.
 */
function fitToScreen(presentation: Presentation, command: string, style: TextStyle | undefined): string {
  const t = createTranslator(presentation.lang);
  const noted: Presentation = {
    ...presentation,
    trimNote: [{ kind: 'muted', text: t.text('trim.note', { action: command }) }],
  };
  let text = renderPresentationText(noted, style);
  // Each round allows one line less, until the rendered text fits (blank lines are not measured).
  for (let budget = MAX_ANSWER_LINES; budget > 0 && lineCount(text) > MAX_ANSWER_LINES; budget--) {
    const fitted = fitPresentation(noted, {
      maxTotal: budget,
      maxBlocksPerSection: MAX_BLOCKS_PER_SECTION,
      measure: blockLineCount,
      measureHeading: () => 1,
    });
    text = renderPresentationText(fitted, style);
  }
  return text;
}

const lineCount = (text: string) => text.split('\n').length;

function refuseProblem(io: CliIo, json: boolean, lang: Lang, problem: Problem): number {
  const presentation = presentProblem(problem, { lang });
  // English keeps the problem's own message (the JSON contract); Korean words it from its code.
  if (json)
    io.stdout(refusalJson(lang, problem.code, lang === 'en' ? problem.message : presentation.summary));
  io.stderr(`${problemLines(presentation).join('\n')}\n`);
  return EXIT_NOT_ANSWERED;
}

/** The Korean curated texts, read only when a Korean answer needs them (an English run never does). */
async function curatedTexts(lang: Lang): Promise<KoreanUseTexts | undefined> {
  return lang === 'ko' ? loadKoreanUseTexts() : undefined;
}

async function ask(
  command: Extract<ReturnType<typeof parseCliArgs>, { kind: 'ask' }>,
  io: CliIo,
): Promise<number> {
  const loaded = io.loadKnowledge?.() ?? { knowledge: createKnowledge({ about: { version: io.version } }) };
  if (loaded.warning) io.stderr(`portbot: ${loaded.warning}\n`);
  // The Answer (and so --json) holds the commands of every OS unless --os names one.
  const answerOs = command.os === 'all' ? null : command.os;
  const parsed = parseQuestion(command.question);
  const lang = cliLanguage(command.lang, parsed.lang, io.env);
  const outcome = parsed.ok ? answerQuery(parsed.query, loaded.knowledge, answerOs) : parsed;
  if (!outcome.ok) return refuseProblem(io, command.json, lang, outcome.problem);
  const koreanTexts = await curatedTexts(lang);
  if (command.json) {
    // The curated texts in the answer's language; every number, id and code stays as it is.
    const answer = koreanTexts ? localizeAnswer(outcome.answer, lang, koreanTexts) : outcome.answer;
    const { schemaVersion, ...rest } = answer;
    io.stdout(`${JSON.stringify({ schemaVersion, lang, ...rest }, null, 2)}\n`);
    return EXIT_ANSWERED;
  }
  const os = command.os === null ? defaultOs(io.platform) : answerOs;
  const presentation = presentAnswer(outcome.answer, {
    lang,
    detail: command.full ? 'full' : 'default',
    os,
    ...(koreanTexts ? { koreanTexts } : {}),
  });
  const style = (command.color ?? wantsColor(io.env, io.isTty)) ? ANSI_STYLE : undefined;
  // One screen for one item with the commands of one OS; several ports, or every OS's commands
  // (--os all), get the default detail of each without fitting, so no part loses its uses.
  const text =
    command.full || os === null || outcome.value.parts.length > 1
      ? renderPresentationText(presentation, style)
      : fitToScreen(presentation, fullCommand(command.question, command.lang), style);
  io.stdout(`${text}\n`);
  return EXIT_ANSWERED;
}
