/**
 * A query in a compact, validated text form for buttons: Discord's custom_id (≤ 100 chars) and
 * Slack's button value carry it, so a click re-answers the same question for another OS without
 * ever carrying raw user text. Only digits, transport names and normalised service words go in.
 *
 *   "p80/tcp.r8000-8010.ssqlserver~sql.te" (port, range, service candidates, topic e|i, help h,
 *   about a); a service asked as a whole set is `w`, an intent `k` + its letter (+ port), advice
 *   `v` + port, suggestions `n` (+ range): "ks3000", "kfo5432/tcp", "v5000", "n8000-8100".
 */

import { parsePort } from '../port/port-number.js';
import { isTransport, type Transport } from '../port/transport.js';
import { type Coded, fail, ok, type Result } from '../result.js';
import type { Intent } from './intents.js';
import type { Query, QueryItem } from './query.js';
import { QuerySchema } from './query-schema.js';

const SERVICE_WORD = /^[a-z0-9+]{1,40}$/;
export const MAX_QUERY_TOKEN_LENGTH = 80;

const INTENT_LETTERS: Readonly<Record<Intent, string>> = {
  stop: 's',
  'firewall-open': 'o',
  'firewall-close': 'c',
  reach: 'r',
  'in-use': 'u',
  permission: 'p',
};
const INTENT_BY_LETTER = new Map(
  Object.entries(INTENT_LETTERS).map(([intent, letter]) => [letter, intent as Intent]),
);

function transportsText(transports: readonly Transport[]): string {
  return transports.length > 0 ? `/${transports.join('+')}` : '';
}

function itemText(item: QueryItem): string | undefined {
  switch (item.type) {
    case 'port':
      return `p${item.port}${transportsText(item.transports)}`;
    case 'range':
      return `r${item.from}-${item.to}${transportsText(item.transports)}`;
    case 'service': {
      const word = item.words[0]
        ?.toLowerCase()
        .replace(/[^a-z0-9+]/g, '')
        .slice(0, 40);
      return word ? `${item.set ? 'w' : 's'}${word}` : undefined;
    }
    case 'intent':
      return `k${INTENT_LETTERS[item.intent]}${item.port ?? ''}${transportsText(item.transports)}`;
    case 'advice':
      return `v${item.port}${transportsText(item.transports)}`;
    case 'suggest':
      return item.from !== undefined && item.to !== undefined ? `n${item.from}-${item.to}` : 'n';
    case 'topic':
      return item.topic === 'ephemeral-ranges' ? 'te' : 'ti';
    case 'help':
      return 'h';
    case 'about':
      return 'a';
  }
}

/** Encodes as many items as fit in `maxLength`; problems and the OS are not part of it. */
export function encodeQueryToken(query: Query, maxLength = MAX_QUERY_TOKEN_LENGTH): string {
  let token = query.transports.length > 0 ? `g${query.transports.join('+')}` : '';
  for (const item of query.items) {
    const text = itemText(item);
    if (!text) continue;
    const next = token ? `${token}.${text}` : text;
    if (next.length > maxLength) break;
    token = next;
  }
  return token;
}

function readTransports(text: string | undefined): Transport[] | undefined {
  if (!text) return [];
  const parts = text.split('+');
  return parts.every(isTransport) ? (parts as Transport[]) : undefined;
}

function readItem(text: string): QueryItem | undefined {
  const kind = text[0];
  const body = text.slice(1);
  if (kind === 'p' || kind === 'r') {
    const [numbers = '', transportText] = body.split('/');
    const transports = readTransports(transportText);
    if (!transports) return undefined;
    if (kind === 'p') {
      const port = parsePort(numbers);
      return port.ok ? { type: 'port', port: port.value, transports } : undefined;
    }
    const [fromText = '', toText = ''] = numbers.split('-');
    const from = parsePort(fromText);
    const to = parsePort(toText);
    return from.ok && to.ok && from.value <= to.value
      ? { type: 'range', from: from.value, to: to.value, transports }
      : undefined;
  }
  if (kind === 's' || kind === 'w') {
    const words = body.split('~');
    if (!words.every((word) => SERVICE_WORD.test(word))) return undefined;
    return kind === 'w' ? { type: 'service', words, set: true } : { type: 'service', words };
  }
  if (kind === 'k') {
    const intent = INTENT_BY_LETTER.get(body[0] ?? '');
    const [numbers = '', transportText] = body.slice(1).split('/');
    const transports = readTransports(transportText);
    if (!intent || !transports) return undefined;
    if (numbers === '') return { type: 'intent', intent, transports };
    const port = parsePort(numbers);
    return port.ok ? { type: 'intent', intent, port: port.value, transports } : undefined;
  }
  if (kind === 'v') {
    const [numbers = '', transportText] = body.split('/');
    const transports = readTransports(transportText);
    const port = parsePort(numbers);
    return port.ok && transports ? { type: 'advice', port: port.value, transports } : undefined;
  }
  if (text === 'n') return { type: 'suggest' };
  if (kind === 'n') {
    const [fromText = '', toText = ''] = body.split('-');
    const from = parsePort(fromText);
    const to = parsePort(toText);
    return from.ok && to.ok && from.value <= to.value
      ? { type: 'suggest', from: from.value, to: to.value }
      : undefined;
  }
  if (text === 'te') return { type: 'topic', topic: 'ephemeral-ranges' };
  if (text === 'ti') return { type: 'topic', topic: 'iana-ranges' };
  if (text === 'h') return { type: 'help' };
  if (text === 'a') return { type: 'about' };
  return undefined;
}

/** A token `encodeQueryToken` did not produce: damaged, cut short, or made up. */
export type QueryTokenProblem = Coded<'bad_query_token'>;

const BAD_TOKEN = fail({ code: 'bad_query_token' as const });

/** The inverse of `encodeQueryToken`; `bad_query_token` for anything it did not produce. */
export function decodeQueryToken(token: string): Result<Query, QueryTokenProblem> {
  if (token.length === 0 || token.length > MAX_QUERY_TOKEN_LENGTH * 2) return BAD_TOKEN;
  const items: QueryItem[] = [];
  let transports: Transport[] = [];
  for (const part of token.split('.')) {
    if (part.startsWith('g')) {
      const global = readTransports(part.slice(1));
      if (!global) return BAD_TOKEN;
      transports = global;
      continue;
    }
    const item = readItem(part);
    if (!item) return BAD_TOKEN;
    items.push(item);
  }
  const parsed = QuerySchema.safeParse({ items, os: null, focus: null, transports, problems: [] });
  return parsed.success && items.length > 0 ? ok(parsed.data) : BAD_TOKEN;
}
