/**
 * What a button carries: the OS it stands for and the query as a compact, validated token (never
 * the text a user typed). A click decodes it and answers the same query again.
 *
 *   "1|linux|p60140"    version | OS or "-" | query token
 */
import { type CheckOs, CheckOsSchema, decodeQueryToken, type Query } from '../../src/index.js';

const VERSION = '1';

export interface ButtonState {
  token: string;
  os: CheckOs | null;
}

export function encodeButtonValue(state: ButtonState): string {
  return [VERSION, state.os ?? '-', state.token].join('|');
}

/** The query and OS a button stands for; `undefined` for anything this adapter did not write. */
export function decodeButtonValue(value: unknown): (ButtonState & { query: Query }) | undefined {
  if (typeof value !== 'string' || value.length > 400) return undefined;
  const [version, osText, token, ...rest] = value.split('|');
  if (version !== VERSION || rest.length > 0 || osText === undefined || token === undefined) return undefined;
  const os = osText === '-' ? null : CheckOsSchema.safeParse(osText);
  if (os !== null && !os.success) return undefined;
  const query = decodeQueryToken(token);
  return query.ok ? { token, os: os === null ? null : os.data, query: query.value } : undefined;
}
