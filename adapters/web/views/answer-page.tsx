/**
 * An answer as a page: the headline, the summary, a choice of OS for the commands (plain links,
 * so it works without JavaScript), each section under its heading, commands grouped by OS, the
 * data line and the "was this page helpful?" form.
 */
import { CHECK_OSES, type CheckOs } from '../../../src/index.js';
import type { Block, CommandBlock, PageView } from '../page-model.js';
import { inLang, type Lang } from '../paths.js';
import { WEB_TEXT } from '../web-text.js';
import { BlockView, Command, Spans } from './blocks.js';
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
  feedback?: FeedbackForm | undefined;
}

type Group = { kind: 'block'; block: Block } | { kind: 'commands'; os: CheckOs; blocks: CommandBlock[] };

/** Consecutive commands for one OS become one group under that OS's name. */
function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'code') {
      if (last?.kind === 'commands' && last.os === block.os) last.blocks.push(block);
      else groups.push({ kind: 'commands', os: block.os, blocks: [block] });
    } else groups.push({ kind: 'block', block });
  }
  return groups;
}

function osHref(props: AnswerPageProps, os: CheckOs | null): string {
  const base = inLang(props.pagePath ?? '/search', props.lang);
  const params = new URLSearchParams();
  if (props.pagePath === null) params.set('q', props.question);
  if (os) params.set('os', os);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

export function AnswerPage(props: AnswerPageProps) {
  const { view, lang } = props;
  const t = WEB_TEXT[lang];
  return (
    <Layout meta={props.meta}>
      <h1>{view.title}</h1>
      {view.summary ? <p class="summary">{view.summary}</p> : null}
      {view.osMatters ? (
        <nav class="os" aria-label={t.osChoice}>
          <ul>
            <li>
              <a href={osHref(props, null)} aria-current={props.os === null ? 'page' : undefined}>
                {t.allSystems}
              </a>
            </li>
            {CHECK_OSES.map((os) => (
              <li key={os}>
                <a href={osHref(props, os)} aria-current={props.os === os ? 'page' : undefined}>
                  {view.osLabels[os]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {view.sections.map((section) => {
        const content = groupBlocks(section.blocks).map((group, index) =>
          group.kind === 'block' ? (
            <BlockView key={String(index)} block={group.block} />
          ) : (
            <div key={String(index)} class="os-commands">
              <h3>{view.osLabels[group.os]}</h3>
              {group.blocks.map((block, blockIndex) => (
                <Command key={String(blockIndex)} block={block} />
              ))}
            </div>
          ),
        );
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
              {t.helpfulYes}
            </button>
            <button type="submit" name="vote" value="down">
              {t.helpfulNo}
            </button>
          </fieldset>
        </form>
      ) : null}
    </Layout>
  );
}
