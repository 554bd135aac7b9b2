/**
 * The site's URLs, both ways: a request path → which page it asks for, and a question → its
 * canonical path. Ports are read from digits only; a service name from letters, digits and
 * `.+_-`, so nothing else a visitor typed ever reaches a page or a link.
 */
import { type Query, TRANSPORTS, type Transport } from '../../src/index.js';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** Longest service name a URL may carry (the core's own limit on one word). */
export const MAX_SERVICE_SLUG = 64;

export type PagePath =
  | { kind: 'home' }
  | { kind: 'search' }
  | { kind: 'thanks' }
  /** `text` is the question rebuilt from digits and a transport name, never the URL's own text. */
  | { kind: 'ports'; text: string }
  | { kind: 'service'; word: string }
  | { kind: 'not-found' };

export interface SitePath {
  lang: Lang;
  page: PagePath;
}

const PORT_PATH = /^\/ports\/(\d{1,7})(?:-(\d{1,7}))?(?:\/([a-z]{3,4}))?\/?$/;
const SERVICE_PATH = /^\/services\/([^/]{1,400})\/?$/;

function isTransport(text: string): text is Transport {
  return (TRANSPORTS as readonly string[]).includes(text);
}

/**
 * Reduces a service word from a URL to what a name may contain; empty when nothing is left.
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
 * @example parseSitePath('/ko/ports/53/udp') // → { lang: 'ko', page: { kind: 'ports', text: '53/udp' } }
 */
export function parseSitePath(pathname: string): SitePath {
  let lang: Lang = 'en';
  let path = pathname;
  if (path === '/ko' || path.startsWith('/ko/')) {
    lang = 'ko';
    path = path.slice(3) || '/';
  }
  if (path === '/') return { lang, page: { kind: 'home' } };
  if (path === '/search') return { lang, page: { kind: 'search' } };
  if (path === '/thanks') return { lang, page: { kind: 'thanks' } };
  const port = PORT_PATH.exec(path);
  if (port) {
    const [, from, to, transport] = port;
    if (transport !== undefined && !isTransport(transport)) return { lang, page: { kind: 'not-found' } };
    const range = to !== undefined ? `${from}-${to}` : (from as string);
    return { lang, page: { kind: 'ports', text: transport ? `${range}/${transport}` : range } };
  }
  const service = SERVICE_PATH.exec(path);
  if (service) {
    const word = serviceWord(service[1] as string);
    return { lang, page: word ? { kind: 'service', word } : { kind: 'not-found' } };
  }
  return { lang, page: { kind: 'not-found' } };
}

/** The same page in another language: "/ports/22" ↔ "/ko/ports/22". */
export function inLang(path: string, lang: Lang): string {
  const bare = path === '/ko' ? '/' : path.startsWith('/ko/') ? path.slice(3) : path;
  if (lang === 'en') return bare;
  return bare === '/' ? '/ko/' : `/ko${bare}`;
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

export function portPath(port: number, transport?: Transport): string {
  return transport ? `/ports/${port}/${transport}` : `/ports/${port}`;
}

/**
 * Where a question has a page of its own: one port (with at most one transport), one range or one
 * service, and nothing else asked. Null for everything else (it is answered on /search).
 */
export function canonicalPathOf(query: Query): string | null {
  if (query.items.length !== 1 || query.problems.length > 0 || query.os !== null) return null;
  const [item] = query.items;
  if (!item) return null;
  if (item.type === 'port' || item.type === 'range') {
    if (item.transports.length > 1) return null;
    const [transport] = item.transports;
    const number = item.type === 'port' ? String(item.port) : `${item.from}-${item.to}`;
    return transport ? `/ports/${number}/${transport}` : `/ports/${number}`;
  }
  if (item.type === 'service' && !item.joinsNext) {
    const word = serviceWord(item.words[0] ?? '');
    return word ? `/services/${word}` : null;
  }
  return null;
}
