/**
 * sitemap.xml and robots.txt. The sitemap lists the home page, every port IANA assigns (ranges up
 * to a few dozen ports, port by port), every port a curated use names and every product, in both
 * languages. Built once per knowledge value: an imported registry gives a new sitemap.
 */
import type { Knowledge } from '../../src/index.js';
import { CURATED_PORTS } from './curated.js';
import { inLang, LANGS, serviceSlug } from './paths.js';

/** Registry ranges wider than this get no page per port (x11's 6000–6063 does). */
const MAX_RANGE_EXPANSION = 64;

/** Paths in English; the caller adds the Korean ones. */
export function sitemapPaths(knowledge: Knowledge): string[] {
  const ports = new Set<number>();
  for (const record of knowledge.registry.allRecords()) {
    if (record.status !== 'assigned') continue;
    if (record.to - record.from >= MAX_RANGE_EXPANSION) continue;
    for (let port = record.from; port <= record.to; port++) ports.add(port);
  }
  for (const use of knowledge.knownUses) if (use.to === undefined) ports.add(use.port);
  const products = new Map<string, string>();
  const names = knowledge.names();
  for (const use of knowledge.knownUses) {
    const slug = serviceSlug(use.name);
    if (slug === '' || products.has(slug)) continue;
    // Only slugs that lead back to the product: the page must exist and be about it.
    if (names.lookup(slug)?.primary.name === use.name) products.set(slug, use.name);
  }
  return [
    ...new Set([
      '/',
      ...CURATED_PORTS.map((entry) => `/ports/${entry.path}`),
      ...[...ports].sort((a, b) => a - b).map((port) => `/ports/${port}`),
      ...[...products.keys()].sort().map((slug) => `/services/${encodeURIComponent(slug)}`),
    ]),
  ];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The XML of a sitemap (sitemaps.org 0.9). Written as text because it is one repeated element
 * whose only variable part is escaped here; the HTML pages go through the template library.
 */
export function sitemapXml(origin: string, paths: readonly string[]): string {
  const seen = new Set<string>();
  const urls: string[] = [];
  for (const path of paths) {
    for (const lang of LANGS) {
      const url = `${origin}${inLang(path, lang)}`;
      if (seen.has(url)) continue;
      seen.add(url);
      urls.push(`<url><loc>${escapeXml(url)}</loc></url>`);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /ko/search\nDisallow: /api/\nSitemap: ${origin}/sitemap.xml\n`;
}
