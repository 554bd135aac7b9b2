/**
 * Where an answer lives on the web: the canonical page path of a question or of an answer, in
 * either language. The web adapter routes by these paths and the chat adapters link to them, so
 * a link from Slack or Discord opens exactly the page the site itself calls canonical. Paths are
 * built from digits, transport names and normalised service names only, never from raw text.
 */
import type { Query } from '../question/query.js';
import type { Answer, AnswerPart } from '../report/answer.js';
import type { Lang } from './catalog/index.js';

/** Longest service name a URL may carry (the core's own limit on one word). */
export const MAX_SERVICE_SLUG = 64;

/**
 * Reduces a service word from a URL or a question to what a name may contain; empty when nothing
 * is left.
 * @example serviceWord('PostgreSQL') // → 'postgresql'
 */
export function serviceWord(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // A broken escape is read as typed; the filter below keeps only name characters.
  }
  return decoded
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.+_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SERVICE_SLUG);
}

/**
 * A URL slug for a product name; the names index reads it back, since it ignores case, spaces,
 * dots and dashes.
 * @example serviceSlug('Apache Kafka') // → 'apache-kafka'
 */
export function serviceSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SERVICE_SLUG);
}

/**
 * The same page in another language: "/ports/22" ↔ "/ko/ports/22".
 * @example inLang('/ports/22', 'ko') // → '/ko/ports/22'
 */
export function inLang(path: string, lang: Lang): string {
  const bare = path === '/ko' ? '/' : path.startsWith('/ko/') ? path.slice(3) : path;
  if (lang === 'en') return bare;
  return bare === '/' ? '/ko/' : `/ko${bare}`;
}

/** "/ports/22", "/ports/53/udp", "/ports/8000-8010". */
function portsPath(number: string, transports: readonly string[]): string {
  const [transport] = transports;
  return transports.length === 1 && transport ? `/ports/${number}/${transport}` : `/ports/${number}`;
}

/**
 * Where a question has a page of its own: one port (with at most one transport), one range or one
 * service, and nothing else asked. Null for everything else (it is answered on /search).
 * @example canonicalPathOf(parsed.query) // '53/udp' → '/ports/53/udp'
 */
export function canonicalPathOf(query: Query): string | null {
  if (query.items.length !== 1 || query.problems.length > 0 || query.os !== null) return null;
  const [item] = query.items;
  if (!item) return null;
  if (item.type === 'port' || item.type === 'range') {
    if (item.transports.length > 1) return null;
    const number = item.type === 'port' ? String(item.port) : `${item.from}-${item.to}`;
    return portsPath(number, item.transports);
  }
  if (item.type === 'service' && !item.joinsNext) {
    const word = serviceWord(item.words[0] ?? '');
    return word ? `/services/${word}` : null;
  }
  return null;
}

// A name the slug rule reads back to the same product: letters, digits, spaces, dots, dashes and
// "+". Names with brackets or slashes ("Mini SQL (mSQL)") are linked by the word that was asked.
const SLUGGABLE_NAME = /^[\p{L}\p{N}+. -]+$/u;

type PagePart = Extract<AnswerPart, { type: 'port' | 'range' | 'service' }>;

function hasPage(part: AnswerPart): part is PagePart {
  return part.type === 'port' || part.type === 'range' || part.type === 'service';
}

/** The words that ask for one part again: "22", "53/udp", "8000-8010", "postgresql". */
function partWords(part: PagePart): string {
  if (part.type === 'service') {
    const slug = SLUGGABLE_NAME.test(part.name) ? serviceSlug(part.name) : '';
    return slug || serviceWord(part.asked);
  }
  const number = part.type === 'port' ? String(part.port) : `${part.from}-${part.to}`;
  // A part lists every transport when the question named none: exactly one means it was asked for.
  const [transport] = part.transports;
  return part.transports.length === 1 && transport ? `${number}/${transport}` : number;
}

function partPath(part: PagePart): string | null {
  const words = partWords(part);
  if (words === '') return null;
  return part.type === 'service' ? `/services/${words}` : `/ports/${words}`;
}

/**
 * The page that shows an answer, in English (see `inLang`): the canonical page of its one port,
 * range or service, or the search for all of them when it has several. Null when the answer is
 * about none (help, topics, about). Parts of other kinds beside them are left out of the link.
 * @example answerPagePath(answer) // "what is 5432" → '/ports/5432'; "22 and 80" → '/search?q=22%2080'
 */
export function answerPagePath(answer: Answer): string | null {
  const parts = answer.parts.filter(hasPage);
  const [only] = parts;
  if (!only) return null;
  if (parts.length === 1) return partPath(only);
  const words = parts.map(partWords).filter((word) => word !== '');
  return words.length > 0 ? `/search?q=${encodeURIComponent(words.join(' '))}` : null;
}

/**
 * The absolute link to an answer's page on the site at `origin` ("https://portbot.example.com",
 * no trailing slash), in the answer's language; null when the answer has no page.
 * @example answerPageUrl(answer, 'https://portbot.example.com', 'ko') // 'https://portbot.example.com/ko/ports/22'
 */
export function answerPageUrl(answer: Answer, origin: string, lang: Lang): string | null {
  const path = answerPagePath(answer);
  return path === null ? null : `${origin.replace(/\/+$/, '')}${inLang(path, lang)}`;
}
