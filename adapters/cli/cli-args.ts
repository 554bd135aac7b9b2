/**
 * argv → what the user asked the CLI for. Unknown options are a usage error, never a crash. A usage
 * error remembers whether `--json` was given anywhere on the line, so that `--os bogus --json 22`
 * is refused as JSON too.
 */
import { type CheckOs, type Lang, languageOf, toCheckOs, type UsageProblemCode } from '../../src/index.js';

/** What was wrong with the command line; run-cli.ts words it in the answer's language. */
export type UsageFault =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'os-missing' }
  | { kind: 'os-bad' }
  | { kind: 'lang-missing' }
  | { kind: 'lang-bad' };

export type CliCommand =
  | {
      kind: 'help';
      /** `--lang`, when given before or after `--help`. */
      lang: Lang | null;
    }
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
      /** `--lang ko|en`: beats every other signal; null when not given. */
      lang: Lang | null;
    }
  | {
      kind: 'usage-error';
      code: UsageProblemCode;
      fault: UsageFault;
      json: boolean;
      /** `--lang` when it was readable, so that the refusal is in the language asked for. */
      lang: Lang | null;
    };

/** Digits after a dash are a (bad) port, not an option: `portbot -1` is answered, not rejected. */
const NEGATIVE_NUMBER = /^-\d/;

/** The command line's faults as one line each, in both languages. */
export const USAGE_TEXT: Readonly<Record<Lang, Readonly<Record<UsageFault['kind'] | 'hint', string>>>> = {
  en: {
    'unknown-option': 'Unknown option {option}.',
    'os-missing': '--os needs a value: linux, macos, windows or all.',
    'os-bad': '--os takes linux, macos, windows or all.',
    'lang-missing': '--lang needs a value: en or ko.',
    'lang-bad': '--lang takes en or ko.',
    hint: 'Try portbot --help.',
  },
  ko: {
    'unknown-option': '알 수 없는 옵션입니다: {option}',
    'os-missing': '--os 뒤에 값을 주세요: linux, macos, windows, all 중 하나입니다.',
    'os-bad': '--os 값은 linux, macos, windows, all 중 하나입니다.',
    'lang-missing': '--lang 뒤에 값을 주세요: en 또는 ko입니다.',
    'lang-bad': '--lang 값은 en 또는 ko입니다.',
    hint: 'portbot --help로 사용법을 확인하세요.',
  },
};

export function usageMessage(fault: UsageFault, lang: Lang): string {
  const message = USAGE_TEXT[lang][fault.kind];
  return fault.kind === 'unknown-option' ? message.replace('{option}', fault.option) : message;
}

/** An option word: `--os`, `-x`; not `-1` (a bad port) and not `-` alone. */
const isOption = (arg: string) => arg.startsWith('-') && arg !== '-' && !NEGATIVE_NUMBER.test(arg);

/** Option names echoed in a message keep only plain characters (nothing a terminal interprets). */
const plainOption = (arg: string) => arg.replace(/[^\w=-]/g, '').slice(0, 30);

/** The options part of argv: words after `--` are the question, never options. */
function optionWords(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end === -1 ? argv : argv.slice(0, end);
}

/** `--json` anywhere before `--`. */
function asksForJson(argv: readonly string[]): boolean {
  return optionWords(argv).includes('--json');
}

/** `--lang` anywhere before `--`, when its value is one portbot writes ("ko", "en", "ko-KR"). */
function asksForLang(argv: readonly string[]): Lang | null {
  const words = optionWords(argv);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (word.startsWith('--lang=')) return languageOf(word.slice(7));
    if (word === '--lang') return languageOf(words[index + 1]);
  }
  return null;
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
  const asked = asksForLang(argv);
  const usageError = (code: UsageProblemCode, fault: UsageFault): CliCommand => ({
    kind: 'usage-error',
    code,
    fault,
    json,
    lang: asked,
  });
  const words: string[] = [];
  let os: CheckOs | 'all' | null = null;
  let color: boolean | null = null;
  let full = false;
  let lang: Lang | null = null;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--') {
      words.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help', lang: asked };
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
      if (value === '') return usageError('missing_option_value', { kind: 'os-missing' });
      const lower = value.toLowerCase();
      const named = toCheckOs(lower);
      if (lower === 'all') os = 'all';
      else if (named) os = named;
      else return usageError('bad_option_value', { kind: 'os-bad' });
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const next = argv[index + 1];
      const value = arg === '--lang' ? (next === undefined || isOption(next) ? '' : next) : arg.slice(7);
      if (arg === '--lang' && value !== '') index++;
      if (value === '') return usageError('missing_option_value', { kind: 'lang-missing' });
      lang = languageOf(value);
      if (lang === null) return usageError('bad_option_value', { kind: 'lang-bad' });
    } else if (isOption(arg)) {
      return usageError('unknown_option', { kind: 'unknown-option', option: plainOption(arg) });
    } else words.push(arg);
  }
  return { kind: 'ask', question: words.join(' '), json, os, color, full, lang };
}
