/**
 * The site's URLs, both ways: a request path → which page it asks for here, and a question → its
 * canonical path (the core's `canonicalPathOf`, which the chat adapters link to as well). Ports are
 * read from digits only; a service name from letters, digits and `.+_-`, so nothing else a visitor
 * typed ever reaches a page or a link.
 */
import { serviceWord, TRANSPORTS, type Transport } from '../../src/index.js';

export { canonicalPathOf, inLang, serviceSlug, serviceWord } from '../../src/index.js';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

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
