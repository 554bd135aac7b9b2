/**
 * argv → what the user asked the CLI for. Unknown options are a usage error, never a crash. A usage
 * error remembers whether `--json` was given anywhere on the line, so that `--os bogus --json 22`
 * is refused as JSON too.
 */
import { type CheckOs, CheckOsSchema, type UsageProblemCode } from '../../src/index.js';

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'data-update'; args: string[] }
  | { kind: 'data-status' }
  | { kind: 'team'; args: string[] }
  | {
      kind: 'ask';
      question: string;
      json: boolean;
      /** `--os`: one OS, `all` for every OS, null when not given (the CLI's own OS then). */
      os: CheckOs | 'all' | null;
      color: boolean | null;
      /** `--full`: everything the answer holds, nothing folded. */
      full: boolean;
    }
  | { kind: 'usage-error'; code: UsageProblemCode; message: string; json: boolean };

/** Digits after a dash are a (bad) port, not an option: `portbot -1` is answered, not rejected. */
const NEGATIVE_NUMBER = /^-\d/;

const OS_CHOICES = 'linux, macos, windows or all';

/** An option word: `--os`, `-x`; not `-1` (a bad port) and not `-` alone. */
const isOption = (arg: string) => arg.startsWith('-') && arg !== '-' && !NEGATIVE_NUMBER.test(arg);

/** Option names echoed in a message keep only plain characters (nothing a terminal interprets). */
const plainOption = (arg: string) => arg.replace(/[^\w=-]/g, '').slice(0, 30);

/** `--json` anywhere before `--` (words after `--` are the question, never options). */
function asksForJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  if (argv[0] === 'data') {
    if (argv[1] === 'update') return { kind: 'data-update', args: argv.slice(2) };
    if (argv[1] === 'status' && argv.length === 2) return { kind: 'data-status' };
    if (argv[1] === 'forget-workspace') return { kind: 'team', args: argv.slice(1) };
  }
  // The team's own data. `notes` is reserved (Lotus Notes stays reachable as "lotus notes",
  // "domino" or 1352); `feedback` only before `report`, so "feedback" alone is still a question.
  if (argv[0] === 'notes') return { kind: 'team', args: [...argv] };
  if (argv[0] === 'feedback' && argv[1] === 'report') return { kind: 'team', args: [...argv] };
  const json = asksForJson(argv);
  const usageError = (code: UsageProblemCode, message: string): CliCommand => ({
    kind: 'usage-error',
    code,
    message,
    json,
  });
  const words: string[] = [];
  let os: CheckOs | 'all' | null = null;
  let color: boolean | null = null;
  let full = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--') {
      words.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '-V' || arg === '-v' || arg === '--version') return { kind: 'version' };
    if (arg === '--json') continue;
    if (arg === '--full') {
      full = true;
      continue;
    }
    if (arg === '--no-color') color = false;
    else if (arg === '--color') color = true;
    else if (arg === '--os' || arg.startsWith('--os=')) {
      const next = argv[index + 1];
      // "--os --json 22": the next word is another option, so --os has no value.
      const value = arg === '--os' ? (next === undefined || isOption(next) ? '' : next) : arg.slice(5);
      if (arg === '--os' && value !== '') index++;
      if (value === '') return usageError('missing_option_value', `--os needs a value: ${OS_CHOICES}.`);
      const lower = value.toLowerCase();
      const parsed = CheckOsSchema.safeParse(lower);
      if (lower === 'all') os = 'all';
      else if (parsed.success) os = parsed.data;
      else return usageError('bad_option_value', `--os takes ${OS_CHOICES}.`);
    } else if (isOption(arg)) {
      return usageError('unknown_option', `Unknown option ${plainOption(arg)}.`);
    } else words.push(arg);
  }
  return { kind: 'ask', question: words.join(' '), json, os, color, full };
}
