/**
 * The CLI as a function of argv and its I/O, so tests run it in-process. main.ts binds it to the
 * real process. Exit codes are a contract: 0 answered, 2 nothing answerable, 1 internal error.
 */
import {
  ANSWER_SCHEMA_VERSION,
  answerQuestion,
  createKnowledge,
  type Knowledge,
  PROBLEM_HINT,
  renderAnswerText,
} from '../../src/index.js';
import { ANSI_STYLE, wantsColor } from './ansi-style.js';
import { parseCliArgs } from './cli-args.js';
import { HELP_TEXT } from './help-text.js';

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  version: string;
  /** Loads the knowledge to answer with (the imported registry when cached). */
  loadKnowledge?: () => { knowledge: Knowledge; warning?: string };
  /** `portbot data update`. */
  runDataUpdate?: (args: string[]) => Promise<number>;
}

export const EXIT_ANSWERED = 0;
export const EXIT_INTERNAL_ERROR = 1;
export const EXIT_NOT_ANSWERED = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(`${HELP_TEXT}\n`);
      return EXIT_ANSWERED;
    case 'version':
      io.stdout(`${io.version}\n`);
      return EXIT_ANSWERED;
    case 'usage-error':
      io.stderr(`portbot: ${command.message} Try portbot --help.\n`);
      return EXIT_NOT_ANSWERED;
    case 'data-update':
      if (!io.runDataUpdate) {
        io.stderr('portbot: data update is not available in this build.\n');
        return EXIT_INTERNAL_ERROR;
      }
      return io.runDataUpdate(command.args);
    case 'ask':
      return ask(command, io);
  }
}

function ask(command: Extract<ReturnType<typeof parseCliArgs>, { kind: 'ask' }>, io: CliIo): number {
  const loaded = io.loadKnowledge?.() ?? { knowledge: createKnowledge({ about: { version: io.version } }) };
  if (loaded.warning) io.stderr(`portbot: ${loaded.warning}\n`);
  const outcome = answerQuestion(command.question, loaded.knowledge, { os: command.os });
  if (!outcome.ok) {
    const { code, message } = outcome.problem;
    if (command.json)
      io.stdout(`${JSON.stringify({ schemaVersion: ANSWER_SCHEMA_VERSION, error: { code, message } })}\n`);
    io.stderr(`portbot: ${message}\n${PROBLEM_HINT}\n`);
    return EXIT_NOT_ANSWERED;
  }
  if (command.json) {
    io.stdout(`${JSON.stringify(outcome.answer, null, 2)}\n`);
    return EXIT_ANSWERED;
  }
  const color = command.color ?? wantsColor(io.env, io.isTty);
  io.stdout(`${renderAnswerText(outcome.answer, color ? { style: ANSI_STYLE } : {})}\n`);
  return EXIT_ANSWERED;
}
