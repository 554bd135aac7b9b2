/** argv → what the user asked the CLI for. Unknown options are a usage error, never a crash. */
import { type CheckOs, CheckOsSchema } from '../../src/index.js';

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'data-update'; args: string[] }
  | { kind: 'ask'; question: string; json: boolean; os: CheckOs | null; color: boolean | null }
  | { kind: 'usage-error'; message: string };

/** Digits after a dash are a (bad) port, not an option: `portbot -1` is answered, not rejected. */
const NEGATIVE_NUMBER = /^-\d/;

export function parseCliArgs(argv: readonly string[]): CliCommand {
  if (argv[0] === 'data') {
    if (argv[1] === 'update') return { kind: 'data-update', args: argv.slice(2) };
  }
  const words: string[] = [];
  let json = false;
  let os: CheckOs | null = null;
  let color: boolean | null = null;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--') {
      words.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '-V' || arg === '-v' || arg === '--version') return { kind: 'version' };
    if (arg === '--json') json = true;
    else if (arg === '--no-color') color = false;
    else if (arg === '--color') color = true;
    else if (arg === '--os' || arg.startsWith('--os=')) {
      const value = arg === '--os' ? argv[++index] : arg.slice('--os='.length);
      const parsed = CheckOsSchema.safeParse(value?.toLowerCase());
      if (!parsed.success) return { kind: 'usage-error', message: '--os takes linux, macos or windows.' };
      os = parsed.data;
    } else if (arg.startsWith('-') && !NEGATIVE_NUMBER.test(arg) && arg !== '-') {
      return { kind: 'usage-error', message: `Unknown option ${arg.replace(/[^\w=-]/g, '').slice(0, 30)}.` };
    } else words.push(arg);
  }
  return { kind: 'ask', question: words.join(' '), json, os, color };
}
