/** `portbot --help`. */
import { MAX_RANGE_PORTS, QUESTION_EXAMPLES } from '../../src/index.js';
import { MAX_ANSWER_LINES } from './answer-limits.js';

/** Words a POSIX shell passes through unchanged. */
const SHELL_SAFE = /^[\w ./:,+@%=-]*$/;

/**
 * An example question as it must be typed in a shell: `what's on 5432?` would open a quote and
 * glob on `?`, so anything beyond plain words is quoted (double quotes when it holds an apostrophe).
 * @example quoteForShell("what's on 5432?") // → "\"what's on 5432?\""
 */
export function quoteForShell(text: string): string {
  if (SHELL_SAFE.test(text)) return text;
  if (!text.includes("'")) return `'${text}'`;
  return `"${text.replace(/["$`\\]/g, (character) => `\\${character}`)}"`;
}

export const HELP_TEXT = `portbot — what is port N? Ranges, IANA assignments, real-world uses, and how to check it.

Usage
  portbot <question> [--full] [--os linux|macos|windows|all] [--json]
  portbot data update [--from FILE]     import IANA's official registry (download, or a local CSV copy)
  portbot data status                   which registry data answers, its date, when it was imported

Questions
${QUESTION_EXAMPLES.map((example) => `  portbot ${quoteForShell(example.question).padEnd(44)} ${example.meaning}`).join('\n')}
  Ranges of up to ${MAX_RANGE_PORTS} ports are a table, larger ones a summary. Put a question in
  quotes when it holds an apostrophe, ? or * (the shell reads them).

Answers
  Short by default: the first five uses and three tips in full (the rest named) and the check
  commands for the OS portbot runs on, fitted into ${MAX_ANSWER_LINES} lines; a note says when something
  was left out. portbot --full 22 shows everything; portbot --os all 22 every OS's commands.

Options
  --full         the whole answer: every use, tip, range note and command
  --os <os>      the check commands for linux, macos or windows only; all for every OS
                 (default: the OS portbot runs on; every OS elsewhere)
  --json         the answer as JSON (schema: docs/answer-schema.md); refusals too
  --no-color     plain text even on a terminal (NO_COLOR is respected too)
  -h, --help     this help
  -V, --version  the version

Exit codes
  0  answered (parts that could not be answered are listed as notes)
  2  nothing could be answered, or the command line is wrong (the reason is on stderr; with
     --json also {"schemaVersion":1,"error":{"code","message"}} on stdout)
  1  internal error
  portbot data update and data status: 0 done, 1 for any problem (the current data is kept)

portbot explains ports from its own knowledge; it never connects to or scans any host.`;
