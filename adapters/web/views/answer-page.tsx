/**
 * An answer as a page: the headline, the summary, a choice of OS for the commands (plain links,
 * so it works without JavaScript), each section under its heading, commands grouped by OS, the
 * data line and the "was this page helpful?" form.
 */
import type { CheckOs } from '../../../src/index.js';
import type { PageView } from '../page-model.js';
import { inLang, type Lang } from '../paths.js';
import { WEB_TEXT } from '../web-text.js';
import { BlockView, Spans } from './blocks.js';
import { Layout, type PageMeta } from './layout.js';

export interface FeedbackForm {
  action: string;
  csrf: string;
  /** The validated query token the vote is about. */
  token: string;
  /** Where the thanks page links back to. */
  back: string;
}

export interface AnswerPageProps {
  lang: Lang;
  view: PageView;
  meta: PageMeta;
  os: CheckOs | null;
  /** The page's own path without the language prefix (OS links keep it); null on /search. */
  pagePath: string | null;
  /** The question, for the OS links of a /search page. */
  question: string;
  /** Whether the page shows everything (?detail=full). */
  full: boolean;
  feedback?: FeedbackForm | undefined;
}

function pageHref(props: AnswerPageProps, os: CheckOs | null, full: boolean): string {
  const base = inLang(props.pagePath ?? '/search', props.lang);
  const params = new URLSearchParams();
  if (props.pagePath === null) params.set('q', props.question);
  if (os) params.set('os', os);
  if (full) params.set('detail', 'full');
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

export function AnswerPage(props: AnswerPageProps) {
  const { view, lang } = props;
  const t = WEB_TEXT[lang];
  return (
    <Layout meta={props.meta}>
      <h1>{view.title}</h1>
      {view.osChoices.length > 0 ? (
        <nav class="os" aria-label={t.osChoice}>
          <ul>
            <li>
              <a
                href={pageHref(props, null, props.full)}
                aria-current={props.os === null ? 'page' : undefined}
              >
                {t.allSystems}
              </a>
            </li>
            {view.osChoices.map((choice) => (
              <li key={choice.os}>
                <a
                  href={pageHref(props, choice.os, props.full)}
                  aria-current={choice.selected ? 'page' : undefined}
                >
                  {choice.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {view.sections.map((section) => {
        const content = section.blocks.map((block, index) => (
          <BlockView key={String(index)} block={block} lang={lang} />
        ));
        const id = `s-${section.key.replace(/[^a-z0-9-]/gi, '-')}`;
        return section.heading ? (
          <section key={section.key} aria-labelledby={id}>
            <h2 id={id}>{section.heading}</h2>
            {content}
          </section>
        ) : (
          <div key={section.key}>{content}</div>
        );
      })}
      {view.showAll ? (
        <p>
          <a href={pageHref(props, props.os, true)}>{view.showAll}</a>
        </p>
      ) : null}
      {view.data.length > 0 ? (
        <p class="data">
          <Spans spans={view.data} />
        </p>
      ) : null}
      {props.feedback ? (
        <form class="feedback" method="post" action={props.feedback.action}>
          <input type="hidden" name="csrf" value={props.feedback.csrf} />
          <input type="hidden" name="answer" value={props.feedback.token} />
          <input type="hidden" name="back" value={props.feedback.back} />
          <fieldset>
            <legend>{t.helpfulQuestion}</legend>
            <button type="submit" name="vote" value="up">
              {view.feedback?.up ?? t.helpfulYes}
            </button>
            <button type="submit" name="vote" value="down">
              {view.feedback?.down ?? t.helpfulNo}
            </button>
          </fieldset>
        </form>
      ) : null}
    </Layout>
  );
}
