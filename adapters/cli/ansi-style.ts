/** ANSI colours for a terminal. Used only when stdout is a TTY and NO_COLOR is not set. */
import type { TextStyle } from '../../src/index.js';

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const ANSI_STYLE: TextStyle = {
  heading: wrap(1, 22),
  strong: wrap(1, 22),
  dim: wrap(2, 22),
  warn: wrap(33, 39),
  good: wrap(32, 39),
  code: wrap(36, 39),
};

/** https://no-color.org: any non-empty NO_COLOR disables colour. FORCE_COLOR turns it on for pipes. */
export function wantsColor(env: Readonly<Record<string, string | undefined>>, isTty: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return isTty && env.TERM !== 'dumb';
}
