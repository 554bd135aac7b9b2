/**
 * Text → structured query. A small hand-written tokenizer and a handful of patterns; never eval,
 * never a shell, and port numbers only from digits (`parsePort`). The work is bounded by the
 * input cap and the item cap.
 */
import type { CheckOs } from '../checks/os.js';
import { parsePort } from '../port/port-number.js';
import { isTransport, type Transport } from '../port/transport.js';
import { type Problem, quoteUserText } from '../problems.js';
import { type Failed, fail, type Ok } from '../result.js';
import { readWish, WISH_WORDS, type Wish } from './intents.js';
import { readKorean, stripLanguagePrefix } from './korean.js';
import { hasHangul } from './language.js';
import type { Query, QueryItem } from './query.js';
import {
  ABOUT_WORDS,
  CHECK_WORDS,
  HELP_WORDS,
  isFiller,
  OS_WORDS,
  OWN_NAMES,
  SECURITY_WORDS,
} from './vocabulary.js';

/** Longest question accepted; a chat message asking about ports is far shorter. */
export const MAX_QUESTION_LENGTH = 500;
/** Longest text scanned for ports ("Explain ports" on a whole message). */
export const MAX_SCAN_LENGTH = 4000;
/** Ports, ranges and services answered in one question. */
export const MAX_ITEMS = 10;
/** Largest range answered as a table (X11's 6000–6063 fits); a larger one is answered as a summary. */
export const MAX_RANGE_PORTS = 128;

/**
 * `lang` reports the language the question itself asked for: a leading `ko:` / `en:` (stripped
 * before parsing), else 'ko' when it was written in Hangul; absent otherwise.
 */
export type ParseResult = (ParsedQuery | Failed<Problem>) & { lang?: 'ko' | 'en' };

/**
 * The query as `value`. `query` is the same object under its earlier name, kept while callers move
 * to `value`.
 */
export type ParsedQuery = Ok<Query> & {
  /** @deprecated the same as `value` */
  query: Query;
};

export interface ParseOptions {
  /**
   * `question` (default) reads the text as a question to portbot. `scan` pulls port numbers out of
   * any message ("Explain ports"), ignoring its other words.
   */
  mode?: 'question' | 'scan';
}

const TRANSPORT = '(tcp|udp|sctp|dccp)';
const RANGE = /^(\d+)-(\d+)(?:\/(tcp|udp|sctp|dccp))?$/;
const PORT_SLASH_TRANSPORT = new RegExp(`^(\\d+)\\/${TRANSPORT}$`);
const TRANSPORT_SLASH_PORT = new RegExp(`^${TRANSPORT}[/:](\\d+)$`);
// ":::3000" is how Node prints "every IPv6 address, port 3000" in EADDRINUSE errors.
const HOST_PORT = /^(?:[a-z0-9.-]+|\[[0-9a-f:]+\]|::)?:(\d+)$/;
const DIGITS = /^\d+$/;
const NEGATIVE = /^-\d+$/;
const DECIMAL = /^\d+[.,]\d+$/;
const WORD = /^[\p{L}][\p{L}\p{N}+._'-]*$/u;
/**
 * WORD for ASCII text. Unicode property classes cost ~12 ms the first time any is used (ICU's
 * tables load), which would be most of a CLI question's start-up; `redis` never needs them.
 */
const ASCII_WORD = /^[A-Za-z][A-Za-z0-9+._'-]*$/;
const isWord = (chunk: string) => (/^[\x20-\x7e]*$/.test(chunk) ? ASCII_WORD.test(chunk) : WORD.test(chunk));

type Token =
  | { kind: 'port'; text: string; transport?: Transport }
  | { kind: 'range'; from: string; to: string; transport?: Transport }
  | { kind: 'word'; text: string }
  | { kind: 'bad'; problem: Problem };

/** Slack and Discord mentions, channel pings and links: `<@U0123>`, `<@!123>`, `<!channel>`, `<#C1|x>`. */
const PLATFORM_ENTITY = /<[@#!][^>\s]{0,80}>/g;
const LEADING_COMMAND = /^\s*\/[a-z][\w-]{0,31}(?=\s|$)/i;

function normalize(text: string): string {
  return text
    .replace(PLATFORM_ENTITY, ' ')
    .replace(LEADING_COMMAND, ' ')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/(\d)\s*[\u2010-\u2015]\s*(\d)/g, '$1-$2')
    .replace(/(\d)\s+-\s+(\d)/g, '$1-$2')
    .replace(/(\d)\s+(?:to|through|thru|until)\s+(\d)/g, '$1-$2')
    .replace(/\bbetween\s+(\d+)\s+and\s+(\d+)/g, '$1-$2');
}

function chunks(text: string): string[] {
  return text
    .split(/[\s,;!?()"\u201c\u201d`*<>[\]{}|]+/)
    .map((chunk) => chunk.replace(/^['.]+|['.:]+$/g, ''))
    .filter((chunk) => chunk.length > 0);
}

function tokenize(chunk: string): Token {
  const range = RANGE.exec(chunk);
  if (range)
    return { kind: 'range', from: range[1] as string, to: range[2] as string, ...transportOf(range[3]) };
  const portSlash = PORT_SLASH_TRANSPORT.exec(chunk);
  if (portSlash) return { kind: 'port', text: portSlash[1] as string, ...transportOf(portSlash[2]) };
  const slashPort = TRANSPORT_SLASH_PORT.exec(chunk);
  if (slashPort) return { kind: 'port', text: slashPort[2] as string, ...transportOf(slashPort[1]) };
  const hostPort = HOST_PORT.exec(chunk);
  if (hostPort) return { kind: 'port', text: hostPort[1] as string };
  if (DIGITS.test(chunk)) return { kind: 'port', text: chunk };
  if (NEGATIVE.test(chunk)) return { kind: 'bad', problem: outOfRange(chunk) };
  if (DECIMAL.test(chunk)) {
    return {
      kind: 'bad',
      problem: {
        code: 'not_a_port_number',
        message: `${quoteUserText(chunk)} is not a port number: ports are whole numbers from 0 to 65535.`,
        params: { value: quoteUserText(chunk) },
      },
    };
  }
  if (isWord(chunk)) return { kind: 'word', text: chunk.replace(/'s$/, '') };
  return { kind: 'word', text: '' };
}

function transportOf(text: string | undefined): { transport?: Transport } {
  return text && isTransport(text) ? { transport: text } : {};
}

function outOfRange(text: string): Problem {
  const shown = text.length > 12 ? `${text.slice(0, 8)}…` : text;
  return {
    code: 'port_out_of_range',
    message: `${quoteUserText(shown)}${text.length > 12 ? '…' : ''} is not a valid port: ports go from 0 to 65535.`,
    params: { value: `${quoteUserText(shown)}${text.length > 12 ? '…' : ''}` },
  };
}

interface Draft {
  items: QueryItem[];
  /** What the question wants done, read from its words before anything else. */
  wish: Wish | null;
  os: CheckOs | null;
  focus: Query['focus'];
  transports: Transport[];
  problems: Problem[];
  /** Candidate service words with the word that followed them, for two-word names. */
  words: { word: string; next?: string; nextIsCandidate?: boolean }[];
}

function addItem(draft: Draft, item: QueryItem): void {
  if (draft.items.length >= MAX_ITEMS) {
    if (!draft.problems.some((problem) => problem.code === 'too_many_items')) {
      draft.problems.push({
        code: 'too_many_items',
        message: `I answer up to ${MAX_ITEMS} ports or services at a time; the rest were left out.`,
        params: { max: MAX_ITEMS },
      });
    }
    return;
  }
  draft.items.push(item);
}

function readPort(draft: Draft, text: string, transport: Transport | undefined): QueryItem | undefined {
  const parsed = parsePort(text);
  if (!parsed.ok) {
    draft.problems.push(outOfRange(text));
    return undefined;
  }
  const item: QueryItem = { type: 'port', port: parsed.value, transports: transport ? [transport] : [] };
  addItem(draft, item);
  return item;
}

function readRange(
  draft: Draft,
  fromText: string,
  toText: string,
  transport: Transport | undefined,
): QueryItem | undefined {
  const from = parsePort(fromText);
  const to = parsePort(toText);
  if (!from.ok || !to.ok) {
    draft.problems.push(outOfRange(from.ok ? toText : fromText));
    return undefined;
  }
  if (from.value > to.value) {
    draft.problems.push({
      code: 'range_reversed',
      message: `The range ${from.value}-${to.value} runs backwards; did you mean ${to.value}-${from.value}?`,
      params: { from: from.value, to: to.value },
    });
    return undefined;
  }
  const item: QueryItem = {
    type: 'range',
    from: from.value,
    to: to.value,
    transports: transport ? [transport] : [],
  };
  addItem(draft, item);
  return item;
}

/** Phrases that name a topic rather than a port or service. */
function readTopics(words: string[], draft: Draft): void {
  const text = ` ${words.join(' ')} `;
  const has = (pattern: RegExp) => pattern.test(text);
  if (has(/ (ephemeral|temporary|dynamic|private) (port|ports|range|ranges) | ephemeral /)) {
    addItem(draft, { type: 'topic', topic: 'ephemeral-ranges' });
  }
  if (
    has(/ well[- ]?known /) ||
    has(/ (system|user|registered|reserved) ports? /) ||
    has(/ (dynamic|private) ports? /) ||
    has(/ iana (port )?ranges? /) ||
    has(/ port ranges /)
  ) {
    addItem(draft, { type: 'topic', topic: 'iana-ranges' });
  }
}

/** Filler words that still end a two-word name: "sql server", "vmware client". */
const COMPOUND_TAILS = new Set(['server', 'client', 'service', 'daemon', 'agent', 'desktop']);

const TOPIC_WORDS = new Set([
  'ephemeral',
  'temporary',
  'dynamic',
  'private',
  'well-known',
  'wellknown',
  'known',
  'system',
  'user',
  'registered',
  'reserved',
  'iana',
]);

type WordRole = 'os' | 'security' | 'check' | 'help' | 'transport' | 'filler' | 'candidate';

/** How one word reads in a question: a hint, grammar, or a candidate service name. */
function roleOf(word: string, wish: Wish | null = null): WordRole {
  if (OS_WORDS[word]) return 'os';
  if (SECURITY_WORDS.has(word)) return 'security';
  if (CHECK_WORDS.has(word)) return 'check';
  if (HELP_WORDS.has(word)) return 'help';
  if (isTransport(word)) return 'transport';
  if (isFiller(word) || TOPIC_WORDS.has(word)) return 'filler';
  // "kill", "reachable", "laptop": grammar of the wish, only when the question has one ("remote
  // desktop" alone is still a name).
  if (wish && WISH_WORDS.has(word)) return 'filler';
  return 'candidate';
}

/** Applies a hint word to the draft; returns the candidate entry when the word may be a service. */
function readWord(draft: Draft, word: string): Draft['words'][number] | undefined {
  switch (roleOf(word, draft.wish)) {
    case 'os':
      draft.os = OS_WORDS[word] ?? null;
      return undefined;
    case 'security':
      draft.focus = 'security';
      return undefined;
    case 'check':
      draft.focus ??= 'check';
      return undefined;
    case 'candidate': {
      const entry = { word };
      draft.words.push(entry);
      return entry;
    }
    default:
      return undefined;
  }
}

/** Candidate names, the two-word phrase first: "sql server" is tried before "sql". */
function serviceItems(words: Draft['words']): QueryItem[] {
  return words.map(({ word, next, nextIsCandidate }) => ({
    type: 'service',
    words: next ? [`${word}${next}`.slice(0, 64), word.slice(0, 64)] : [word.slice(0, 64)],
    ...(next && nextIsCandidate ? { joinsNext: true } : {}),
  }));
}

/**
 * @example parseQuestion('udp 53').value.items // [{ type: 'port', port: 53, transports: ['udp'] }]
 */
export function parseQuestion(text: string, options: ParseOptions = {}): ParseResult {
  const prefixed = stripLanguagePrefix(text);
  const hangul = hasHangul(text);
  const lang = prefixed.lang ?? (hangul ? 'ko' : null);
  // A question too long to read is refused on its own length, before any rewriting.
  const tooLong = options.mode !== 'scan' && prefixed.text.length > MAX_QUESTION_LENGTH;
  const read =
    tooLong || !hangul
      ? prefixed.text
      : readKorean(options.mode === 'scan' ? prefixed.text.slice(0, MAX_SCAN_LENGTH) : prefixed.text);
  const result = parseText(read, options);
  if (!lang) return result;
  // Written out rather than spread: a spread copy was most of what reading the language cost.
  return result.ok
    ? { ok: true, value: result.value, query: result.query, lang }
    : { ok: false, problem: result.problem, lang };
}

function parseText(text: string, options: ParseOptions): ParseResult {
  const scan = options.mode === 'scan';
  const limit = scan ? MAX_SCAN_LENGTH : MAX_QUESTION_LENGTH;
  if (!scan && text.length > limit) {
    return fail({
      code: 'question_too_long',
      message: `That question is ${text.length} characters long; I read questions of up to ${limit}.`,
      params: { length: text.length, max: limit },
    });
  }
  const normalized = normalize(scan ? text.slice(0, limit) : text);
  const parts = chunks(normalized);
  if (parts.length === 0) {
    return fail({ code: 'empty_question', message: 'Ask me about a port, a range or a service.' });
  }
  const draft: Draft = {
    items: [],
    wish: null,
    os: null,
    focus: null,
    transports: [],
    problems: [],
    words: [],
  };
  if (scan) readScan(parts, draft);
  else readQuestion(parts, draft);
  const query: Query = {
    items: draft.items,
    os: draft.os,
    focus: draft.focus,
    transports: draft.transports,
    problems: draft.problems,
  };
  return { ok: true, value: query, query };
}

/** "about", "version", "portbot privacy": the whole question asks about portbot itself. */
function asksAbout(tokens: readonly Token[]): boolean {
  let asked = false;
  for (const token of tokens) {
    if (token.kind !== 'word') return false;
    if (ABOUT_WORDS.has(token.text)) asked = true;
    else if (token.text !== '' && !OWN_NAMES.has(token.text)) return false;
  }
  return asked;
}

function readQuestion(parts: string[], draft: Draft): void {
  const tokens = parts.map(tokenize);
  if (asksAbout(tokens)) {
    addItem(draft, { type: 'about' });
    return;
  }
  const wordTexts = tokens.flatMap((token) => (token.kind === 'word' && token.text ? [token.text] : []));
  draft.wish = readWish(parts);
  if (!draft.wish) readTopics(wordTexts, draft);
  const pending: { value?: Transport } = {};
  let previous: QueryItem | undefined;
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'bad') {
      draft.problems.push(token.problem);
      previous = undefined;
      continue;
    }
    if (token.kind === 'port' || token.kind === 'range') {
      const transport = token.transport ?? pending.value;
      pending.value = undefined;
      previous =
        token.kind === 'port'
          ? readPort(draft, token.text, transport)
          : readRange(draft, token.from, token.to, transport);
      continue;
    }
    const word = token.text;
    if (!word) continue;
    if (isTransport(word)) {
      const next = tokens[index + 1];
      const nextIsPort =
        next !== undefined && (next.kind === 'port' || next.kind === 'range') && !next.transport;
      if (nextIsPort) pending.value = word;
      else if (
        previous &&
        previous.type !== 'service' &&
        'transports' in previous &&
        previous.transports.length === 0
      )
        previous.transports.push(word);
      else if (!draft.transports.includes(word)) draft.transports.push(word);
      continue;
    }
    const added = readWord(draft, word);
    if (!added) continue;
    // "sql server": the next word joins the name when it could be one too, or is a usual tail.
    const next = tokens[index + 1];
    const nextWord = next?.kind === 'word' ? next.text : '';
    const joins = nextWord !== '' && roleOf(nextWord, draft.wish) === 'candidate';
    if (joins || COMPOUND_TAILS.has(nextWord)) {
      added.next = nextWord.replace(/'/g, '');
      added.nextIsCandidate = joins;
    }
  }
  const asksHelp = tokens.some((token) => token.kind === 'word' && HELP_WORDS.has(token.text));
  if (draft.items.length + draft.words.length === 0 && asksHelp && !draft.wish)
    addItem(draft, { type: 'help' });
  // "kubernetes ports", "which ports does kafka use", "open kafka in the firewall": the whole set.
  const wholeSet =
    wordTexts.includes('ports') ||
    (draft.wish?.kind === 'intent' && draft.wish.intent.startsWith('firewall'));
  for (const item of serviceItems(draft.words))
    addItem(draft, wholeSet && item.type === 'service' ? { ...item, set: true } : item);
  applyWish(draft);
}

/**
 * Turns the ports of a question with a wish into what it asks: "kill 3000" is the stop steps for
 * 3000, "is 5000 a good port" a verdict, "free ports 8000-8100" candidates in that range. With no
 * port the wish is answered on its own ("address already in use" explains and asks for the port).
 */
function applyWish(draft: Draft): void {
  const wish = draft.wish;
  if (!wish) return;
  const ports = draft.items.filter((item) => item.type === 'port');
  const services = draft.items.some((item) => item.type === 'service');
  const ranges = draft.items.filter((item) => item.type === 'range');
  const rest = draft.items.filter((item) => item.type !== 'port' && item.type !== 'range');
  const transportsOf = (item: { transports: Transport[] }) =>
    item.transports.length > 0 ? item.transports : [...draft.transports];
  if (wish.kind === 'suggest' || (wish.kind === 'advice' && ports.length === 0)) {
    const searched: QueryItem[] =
      ranges.length > 0
        ? ranges.map((range) => ({ type: 'suggest', from: range.from, to: range.to }))
        : [{ type: 'suggest' }];
    draft.items = [...searched, ...rest.filter((item) => item.type !== 'topic')];
    return;
  }
  if (wish.kind === 'advice') {
    draft.items = [
      ...ports.map(
        (port): QueryItem => ({ type: 'advice', port: port.port, transports: transportsOf(port) }),
      ),
      ...ranges,
      ...rest,
    ];
    return;
  }
  const intent = wish.intent;
  // "below 1024" names the limit, not a port to act on.
  const acted =
    intent === 'permission' ? ports.filter((item) => item.port !== 1024 || ports.length === 1) : ports;
  const steps: QueryItem[] = acted.map((port) => ({
    type: 'intent',
    intent,
    port: port.port,
    transports: transportsOf(port),
  }));
  const firewallForServices = intent.startsWith('firewall') && services;
  if (steps.length === 0 && !firewallForServices)
    steps.push({ type: 'intent', intent, transports: [...draft.transports] });
  draft.items = [...steps, ...ranges, ...rest];
}

/** "Explain ports": explicit port forms first (":8080", "8080/tcp", "port 8080"), bare numbers otherwise. */
function readScan(parts: string[], draft: Draft): void {
  type Candidate = { text: string; transport?: Transport };
  const explicit: Candidate[] = [];
  const bare: Candidate[] = [];
  let listing = false;
  for (const [index, part] of parts.entries()) {
    const token = tokenize(part);
    if (token.kind !== 'port') {
      // "ports 22, 80 and 443": every number in the list after "ports" is named as a port.
      listing = part === 'ports' || (listing && (part === 'and' || part === 'or' || isTransport(part)));
      continue;
    }
    const before = parts[index - 1];
    const after = parts[index + 1];
    const transport =
      token.transport ??
      (after && isTransport(after) ? after : before && isTransport(before) ? before : undefined);
    const named = transport !== undefined || part.includes(':') || before === 'port' || listing;
    const candidate: Candidate = { text: token.text, ...(transport ? { transport } : {}) };
    (named ? explicit : bare).push(candidate);
  }
  const chosen = explicit.length > 0 ? explicit : bare;
  const seen = new Set<string>();
  for (const candidate of chosen) {
    const key = `${candidate.text}/${candidate.transport ?? ''}`;
    if (!parsePort(candidate.text).ok || seen.has(key)) continue;
    seen.add(key);
    readPort(draft, candidate.text, candidate.transport);
  }
}
