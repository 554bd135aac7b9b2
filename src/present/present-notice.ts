/**
 * The messages that are not answers, as presentations: a problem with the question, the nudge
 * when a message holds no question, no ports found, an expired button, the apology for our own
 * failure, and the note to slow down. Same model, so every surface renders them like answers.
 */
import { type Problem, QUESTION_EXAMPLES } from '../problems.js';
import { CATALOGS, createTranslator, type Lang, type MessageKey, type Translator } from './catalog/index.js';
import { KO_QUESTION_EXAMPLES } from './catalog/ko-facts.js';
import { placeholdersIn } from './catalog/types.js';
import { code, line, muted, text, userText } from './inline.js';
import type { Inline, Presentation, Section, Tone } from './model.js';
import { SECTIONS } from './sections.js';

export type NoticeKind = 'hint' | 'no-ports' | 'expired-button' | 'apology' | 'rate-limited';

export interface NoticeOptions {
  lang?: Lang;
  /** The command to suggest ("/port"); examples are prefixed with it. */
  command?: string;
  /** The id that finds our log line (apology). Only letters, digits and dashes are kept. */
  correlationId?: string;
  /** Seconds to wait (rate-limited); shown as whole seconds, at least 1. */
  retryAfterSeconds?: number;
}

/** Examples shown under a problem or a hint. */
const NOTICE_EXAMPLES = 5;

function section(id: 'notice.body' | 'notice.examples', lines: Inline[][]): Section {
  return {
    id,
    key: id,
    part: null,
    priority: SECTIONS[id].priority,
    blocks: [{ kind: 'lines', lines: lines.map((spans) => line(spans)) }],
  };
}

function examples(t: Translator, command: string | undefined): Section {
  const prefix = command ? `${command} ` : '';
  const list = (t.lang === 'ko' ? KO_QUESTION_EXAMPLES : QUESTION_EXAMPLES)
    .slice(0, NOTICE_EXAMPLES)
    .map((example) => [code(`${prefix}${example.question}`)]);
  return section('notice.examples', [t.rich('notice.examples', { examples: t.richList(list) })]);
}

function notice(
  t: Translator,
  title: string,
  summary: string,
  tone: Tone,
  sections: Section[],
): Presentation {
  return {
    lang: t.lang,
    kind: 'notice',
    detail: 'default',
    title,
    summary,
    tone,
    parts: [{ kind: 'notice', title, summary, tone }],
    sections,
    actions: [],
    data: [],
    trimNote: [muted(t.text('trim.noteNoAction'))],
  };
}

/**
 * A problem in the translator's language. English shows `message` as it is (the JSON contract);
 * another language words `problem.<code>` from `params`, and falls back to the English message,
 * marked, when the params it needs are missing (a problem from an older core).
 */
export function problemText(t: Translator, problem: Problem): string {
  if (t.lang === 'en') return problem.message;
  const key: MessageKey =
    problem.code === 'unknown_service' && (problem.suggestions?.length ?? 0) > 0
      ? 'problem.unknown_serviceSuggest'
      : `problem.${problem.code}`;
  const params = problem.params ?? {};
  if (placeholdersIn(CATALOGS.en[key]).some((name) => params[name] === undefined))
    return `${t.text('fallback.english')} ${problem.message}`;
  return t.textOf(key, params);
}

/** A user mistake ("99999 is not a valid port"), with the hint and a few examples. */
export function presentProblem(problem: Problem, options: NoticeOptions = {}): Presentation {
  // Nothing to explain in a scanned message: the no-ports notice, which says what to try instead.
  if (problem.code === 'no_ports_found') return presentNotice('no-ports', options);
  const t = createTranslator(options.lang ?? 'en');
  const message = userText(problemText(t, problem), 400);
  return notice(t, t.text('notice.problem.title'), message, 'problem', [
    section('notice.body', [[text(message)], [muted(t.text('notice.hint'))]]),
    examples(t, options.command),
  ]);
}

/**
 * @example presentNotice('rate-limited', { retryAfterSeconds: 12 }).summary
 * // "You're asking faster than I can keep up — try again in 12 s."
 */
export function presentNotice(kind: NoticeKind, options: NoticeOptions = {}): Presentation {
  const t = createTranslator(options.lang ?? 'en');
  switch (kind) {
    case 'hint': {
      const body = t.text('notice.hint');
      return notice(t, t.text('notice.hint.title'), body, 'notice', [
        section('notice.body', [[text(body)]]),
        examples(t, options.command),
      ]);
    }
    case 'no-ports': {
      const body = t.text('notice.noPorts');
      return notice(t, t.text('notice.noPorts.title'), body, 'notice', [
        section('notice.body', [
          [text(body)],
          t.rich('notice.noPortsTry', { command: code(options.command ?? '/port') }),
        ]),
      ]);
    }
    case 'expired-button': {
      const body = t.text('notice.expired');
      return notice(t, t.text('notice.expired.title'), body, 'notice', [
        section('notice.body', [[text(body)]]),
      ]);
    }
    case 'apology': {
      const ref = (options.correlationId ?? '').replace(/[^A-Za-z0-9-]/g, '').slice(0, 64) || '-';
      const spans = t.rich('notice.apology', { ref: code(ref) });
      return notice(t, t.text('notice.apology.title'), t.text('notice.apology', { ref }), 'problem', [
        section('notice.body', [spans]),
      ]);
    }
    case 'rate-limited': {
      const count = Math.max(1, Math.ceil(options.retryAfterSeconds ?? 1));
      const body = t.text('notice.rateLimited', { count });
      return notice(t, t.text('notice.rateLimited.title'), body, 'notice', [
        section('notice.body', [[text(body)]]),
      ]);
    }
  }
}
