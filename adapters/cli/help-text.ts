/** `portbot --help`. */
import { MAX_RANGE_PORTS, QUESTION_EXAMPLES } from '../../src/index.js';

export const HELP_TEXT = `portbot — what is port N? Ranges, IANA assignments, real-world uses, and how to check it.

Usage
  portbot <question> [--os linux|macos|windows] [--json]
  portbot data update [--from FILE]     import IANA's official registry (download, or a local CSV copy)

Questions
${QUESTION_EXAMPLES.map((example) => `  portbot ${example.question.padEnd(44)} ${example.meaning}`).join('\n')}
  Ranges are answered up to ${MAX_RANGE_PORTS} ports at a time.

Options
  --os <os>      only the check commands for linux, macos or windows
  --json         the answer as JSON (schema: docs/answer-schema.md)
  --no-color     plain text even on a terminal (NO_COLOR is respected too)
  -h, --help     this help
  -V, --version  the version

Exit codes
  0  answered (parts that could not be answered are listed as notes)
  2  nothing in the question could be answered (the reason is on stderr)
  1  internal error

portbot explains ports from its own knowledge; it never connects to or scans any host.`;
