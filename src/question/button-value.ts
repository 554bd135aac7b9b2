/**
 * What an answer's button carries, written and read in one place for every surface: the detail it
 * asks for, the OS it stands for and the query as a compact, validated token (never the text a user
 * typed), so a click re-answers the same question without any stored state.
 *
 *   "os:linux:p60140"    default detail, Linux commands, port 60140
 *   "all:-:p22.p443"     everything, no OS chosen, ports 22 and 443
 *   "os:linux:p22:ko"    … under a Korean answer, so the click answers in Korean too
 *
 * Older Slack answers carry "1|linux|p60140" (version | OS or "-" | token); those still read.
 */
import { type CheckOs, toCheckOs } from '../checks/os.js';
import { LANGS, type Lang } from '../present/catalog/index.js';
import type { Detail } from '../present/model.js';
import type { Query } from './query.js';
import { decodeQueryToken, encodeQueryToken } from './query-token.js';

export interface ButtonState {
  token: string;
  os: CheckOs | null;
  /** Absent: the default (short) answer. */
  detail?: Detail;
  /** The language of the answer the button sits under; absent: English. */
  lang?: Lang;
}

export type DecodedButton = Required<ButtonState> & { query: Query };

const PREFIX: Record<Detail, string> = { default: 'os', full: 'all' };
/** What a value adds around its token, at most ("all:windows:" and ":ko"). */
export const BUTTON_VALUE_OVERHEAD = `${PREFIX.full}:windows:`.length + ':ko'.length;
/** Longer values were never written by `encodeButtonValue`. */
const MAX_VALUE_LENGTH = 400;

/**
 * The token for a query within `maxLength`, or `undefined` when it cannot carry every item (a click
 * would then answer a smaller question than the one on screen, so the answer gets no buttons).
 * @example queryToken(parseQuestion('60140').value, 80) // 'p60140'
 */
export function queryToken(query: Query, maxLength: number): string | undefined {
  const token = encodeQueryToken(query, maxLength);
  const decoded = token ? decodeQueryToken(token) : undefined;
  return decoded?.ok && decoded.value.items.length === query.items.length ? token : undefined;
}

/** @example encodeButtonValue({ token: 'p60140', os: 'linux' }) // 'os:linux:p60140' */
export function encodeButtonValue(state: ButtonState): string {
  const value = `${PREFIX[state.detail ?? 'default']}:${state.os ?? '-'}:${state.token}`;
  return state.lang && state.lang !== 'en' ? `${value}:${state.lang}` : value;
}

/** English when absent; another language only when it was written (never "en" spelled out). */
function readLang(text: string | undefined): Lang | undefined {
  if (text === undefined) return 'en';
  return LANGS.find((known) => known === text && known !== 'en');
}

function readOs(text: string | undefined): CheckOs | null | undefined {
  if (text === '-') return null;
  return toCheckOs(text);
}

/** What a button stands for; `undefined` for anything `encodeButtonValue` did not write. */
export function decodeButtonValue(value: unknown): DecodedButton | undefined {
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return undefined;
  const legacy = value.startsWith('1|');
  const [head, osText, token, langText, ...rest] = value.split(legacy ? '|' : ':');
  const detail = legacy ? 'default' : (Object.keys(PREFIX) as Detail[]).find((key) => PREFIX[key] === head);
  const os = readOs(osText);
  const lang = readLang(langText);
  if (!detail || os === undefined || token === undefined || !lang || rest.length > 0) return undefined;
  const query = decodeQueryToken(token);
  return query.ok ? { token, os, detail, lang, query: query.value } : undefined;
}
