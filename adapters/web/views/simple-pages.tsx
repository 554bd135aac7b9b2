/**
 * The pages that are not an answer: home (the search form and the hand-picked list), not found,
 * thanks, and the notices for refused or too many requests.
 */
import { CURATED_PORTS, CURATED_RANGES, CURATED_SERVICES } from '../curated.js';
import { inLang, type Lang } from '../paths.js';
import { WEB_TEXT } from '../web-text.js';
import { Layout, type PageMeta, SearchForm } from './layout.js';

export function HomePage({ lang, publicUrl }: { lang: Lang; publicUrl?: string }) {
  const t = WEB_TEXT[lang];
  const meta: PageMeta = { lang, title: t.homeTitle, description: t.homeDescription, path: '/', publicUrl };
  return (
    <Layout meta={meta}>
      <h1>{t.homeTitle}</h1>
      <p class="summary">{t.tagline}</p>
      <SearchForm lang={lang} id="q" />
      <section aria-labelledby="common-ports">
        <h2 id="common-ports">{t.commonPorts}</h2>
        <ul class="grid">
          {CURATED_PORTS.map((entry) => (
            <li key={entry.path}>
              <a href={inLang(`/ports/${entry.path}`, lang)}>
                <span class="num">{entry.path}</span>
                {entry.label[lang]}
              </a>
            </li>
          ))}
          {CURATED_RANGES.map((range) => (
            <li key={range}>
              <a href={inLang(`/ports/${range}`, lang)}>
                <span class="num">{range}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="common-services">
        <h2 id="common-services">{t.commonServices}</h2>
        <ul class="grid">
          {CURATED_SERVICES.map((name) => (
            <li key={name}>
              <a href={inLang(`/services/${name}`, lang)}>{name}</a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}

export interface NoticeProps {
  lang: Lang;
  title: string;
  /** Lines of plain text: why, and what to do. */
  lines: readonly string[];
  publicUrl?: string;
  /** A link back ("Back to the answer"). */
  back?: { href: string; text: string };
  /** Offer the search form (404s and refused questions). */
  search?: boolean;
  query?: string;
}

export function NoticePage(props: NoticeProps) {
  const meta: PageMeta = {
    lang: props.lang,
    title: `${props.title} — portbot`,
    description: props.lines[0] ?? props.title,
    path: null,
    publicUrl: props.publicUrl,
  };
  return (
    <Layout meta={meta}>
      <h1>{props.title}</h1>
      {props.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {props.back ? (
        <p>
          <a href={props.back.href}>{props.back.text}</a>
        </p>
      ) : null}
      {props.search ? <SearchForm lang={props.lang} id="q" query={props.query} /> : null}
    </Layout>
  );
}
