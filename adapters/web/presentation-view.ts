/**
 * Answer → PageView through the core's presentation: the page is one more renderer of the same
 * model the CLI, Slack and Discord map. Korean pages use the Korean catalog once the core has one,
 * and English words until then.
 */
import {
  type Answer,
  LANGS as CATALOG_LANGS,
  type Lang as CatalogLang,
  type CheckOs,
  type Detail,
  type KoreanUseTexts,
  presentAnswer,
} from '../../src/index.js';
import type { PageView } from './page-model.js';
import type { Lang } from './paths.js';

export interface PageViewOptions {
  lang: Lang;
  os: CheckOs | null;
  detail: Detail;
  /** The validated query token; the feedback form and "show everything" need it. */
  token: string;
  feedback: boolean;
  /** The curated texts in Korean (loaded once at start), for Korean pages. */
  koreanTexts: KoreanUseTexts;
}

/** The catalog a page's words come from: its own language when the core has that catalog. */
export function catalogLang(lang: Lang): CatalogLang {
  return ((CATALOG_LANGS as readonly string[]).includes(lang) ? lang : 'en') as CatalogLang;
}

export function toPageView(answer: Answer, options: PageViewOptions): PageView {
  const presentation = presentAnswer(answer, {
    lang: catalogLang(options.lang),
    ...(options.lang === 'ko' ? { koreanTexts: options.koreanTexts } : {}),
    detail: options.detail,
    os: options.os,
    ...(options.token ? { token: options.token } : {}),
    actions: { feedback: options.feedback },
  });
  const osChoices = presentation.actions.flatMap((action) =>
    action.kind === 'os' ? [{ os: action.os, label: action.label, selected: action.selected }] : [],
  );
  const up = presentation.actions.find((action) => action.id === 'feedback.up');
  const down = presentation.actions.find((action) => action.id === 'feedback.down');
  const showAll = presentation.actions.find((action) => action.kind === 'detail');
  return {
    title: presentation.title,
    summary: presentation.summary,
    sections: presentation.sections,
    data: presentation.data,
    osChoices,
    ...(showAll ? { showAll: showAll.label } : {}),
    ...(up && down ? { feedback: { up: up.label, down: down.label } } : {}),
  };
}
