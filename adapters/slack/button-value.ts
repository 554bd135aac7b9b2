/**
 * What a button carries: the OS it stands for and the query as a compact, validated token (never
 * the text a user typed). A click decodes it and answers the same query again.
 *
 *   "1|linux|p60140"      version | OS or "-" | query token           (an English answer)
 *   "1|linux|p60140|ko"   … | the answer's language, when not English  (so a click stays Korean)
 */
import {
  type CheckOs,
  CheckOsSchema,
  decodeQueryToken,
  LANGS,
  type Lang,
  type Query,
} from '../../src/index.js';

const VERSION = '1';

export interface ButtonState {
  token: string;
  os: CheckOs | null;
  /** The language of the answer the button sits under; English when absent. */
  lang?: Lang;
}

export function encodeButtonValue(state: ButtonState): string {
  const fields = [VERSION, state.os ?? '-', state.token];
  if (state.lang && state.lang !== 'en') fields.push(state.lang);
  return fields.join('|');
}

/** The query and OS a button stands for; `undefined` for anything this adapter did not write. */
export function decodeButtonValue(value: unknown): (ButtonState & { lang: Lang; query: Query }) | undefined {
  if (typeof value !== 'string' || value.length > 400) return undefined;
  const [version, osText, token, langText, ...rest] = value.split('|');
  if (version !== VERSION || rest.length > 0 || osText === undefined || token === undefined) return undefined;
  const lang = langText === undefined ? 'en' : LANGS.find((known) => known === langText && known !== 'en');
  if (lang === undefined) return undefined;
  const os = osText === '-' ? null : CheckOsSchema.safeParse(osText);
  if (os !== null && !os.success) return undefined;
  const query = decodeQueryToken(token);
  return query ? { token, os: os === null ? null : os.data, lang, query } : undefined;
}
