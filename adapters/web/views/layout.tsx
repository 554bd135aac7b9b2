/**
 * The frame of every page: head (title, description, canonical and hreflang links, OpenGraph and
 * Twitter cards, the stylesheet), the header with the search form and the language switch, the
 * main landmark and the footer. Rendered by preact-render-to-string, which escapes every text and
 * attribute value; no markup is built by hand.
 */
import type { Child } from 'hono/jsx';
import { ICON, SCRIPT, STYLESHEET } from '../assets/static-files.js';
import { inLang, type Lang } from '../paths.js';
import { WEB_TEXT } from '../web-text.js';

export interface PageMeta {
  lang: Lang;
  /** The document title, also og:title. */
  title: string;
  /** One line for search results and link previews. */
  description: string;
  /** This page's path in English, e.g. "/ports/22"; null for pages that must not be indexed. */
  path: string | null;
  /** Absolute origin ("https://ports.example.com") when PUBLIC_URL is set. */
  publicUrl?: string;
  /** The question to show in the search box. */
  query?: string;
}

function absolute(meta: PageMeta, path: string): string {
  return `${meta.publicUrl ?? ''}${path}`;
}

export function SearchForm({ lang, query, id }: { lang: Lang; query?: string; id: string }) {
  const t = WEB_TEXT[lang];
  return (
    <form class="search" method="get" action={inLang('/search', lang)}>
      <label for={id}>{t.searchLabel}</label>
      <input
        id={id}
        name="q"
        type="search"
        value={query ?? ''}
        placeholder={t.searchPlaceholder}
        maxLength={500}
        autocomplete="off"
        aria-describedby={`${id}-hint`}
        required
      />
      <button type="submit">{t.searchButton}</button>
      <p class="hint" id={`${id}-hint`}>
        {t.searchHint}
      </p>
    </form>
  );
}

export function Layout({ meta, children }: { meta: PageMeta; children: Child }) {
  const t = WEB_TEXT[meta.lang];
  const other: Lang = meta.lang === 'en' ? 'ko' : 'en';
  const here = meta.path === null ? null : inLang(meta.path, meta.lang);
  const canonical = here === null ? null : absolute(meta, here);
  return (
    <html lang={meta.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        {meta.path === null ? <meta name="robots" content="noindex" /> : null}
        {canonical !== null ? <link rel="canonical" href={canonical} /> : null}
        {meta.path !== null
          ? (['en', 'ko'] as const).map((lang) => (
              <link
                key={lang}
                rel="alternate"
                hreflang={lang}
                href={absolute(meta, inLang(meta.path ?? '/', lang))}
              />
            ))
          : null}
        {meta.path !== null ? (
          <link rel="alternate" hreflang="x-default" href={absolute(meta, inLang(meta.path, 'en'))} />
        ) : null}
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content="portbot" />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:locale" content={meta.lang === 'ko' ? 'ko_KR' : 'en_US'} />
        {canonical !== null && meta.publicUrl ? <meta property="og:url" content={canonical} /> : null}
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={meta.title} />
        <meta name="twitter:description" content={meta.description} />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href={ICON.path} type="image/svg+xml" />
        <link rel="stylesheet" href={STYLESHEET.path} />
        <script src={SCRIPT.path} defer />
      </head>
      <body data-copy={t.copy} data-copied={t.copied}>
        <a class="skip" href="#main">
          {t.skipToContent}
        </a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href={inLang('/', meta.lang)}>
              {t.siteName}
            </a>
            <nav class="lang" aria-label={t.otherLanguageName}>
              <a href={inLang(meta.path ?? '/', other)} hreflang={other} lang={other}>
                {t.otherLanguage}
              </a>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="site">
          <div class="wrap">
            <p>{t.footer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
