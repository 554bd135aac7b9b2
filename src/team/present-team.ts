/**
 * The replies to the team's commands and votes, as presentations: a saved or removed note, a
 * page of notes with "More", a note's history (who and when), the language choice, the feedback
 * report, a counted vote, and every refusal with its reason. Same model as answers, so each chat
 * surface renders them with the renderer it already has; every word comes from the catalog.
 */
import { createTranslator, type Lang, type Translator } from '../present/catalog/index.js';
import { code, line, muted, strong, text, userText } from '../present/inline.js';
import type { Action, Inline, Presentation, Section, TeamNoteInput, Tone } from '../present/model.js';
import { teamNotesDraft, toSection } from '../present/present-answer.js';
import { SECTIONS } from '../present/sections.js';
import { formatNoteScope, type NoteScope } from '../question/note-scope.js';
import { MAX_NOTE_LENGTH, neutraliseNoteText } from './note-text.js';
import { MAX_NOTES_PAGE, type TeamLang, type TeamProblemCode } from './team-command.js';

/** The most notes a workspace keeps. */
export const MAX_NOTES_PER_WORKSPACE = 2000;
/** The longest "what was missing?" text. */
export const MAX_MISSING_LENGTH = 500;

export interface TeamNoteView {
  scope: NoteScope;
  text: string;
  /** A display name: shown as plain text, never a mention. */
  author: string;
  /** Milliseconds since the epoch. */
  at: number;
}

export interface NoteChangeView {
  action: 'set' | 'forget';
  text?: string;
  author: string;
  at: number;
}

export interface FeedbackRowView {
  /** The normalised question (a query token), never the raw text. */
  question: string;
  up: number;
  down: number;
  missing: readonly string[];
}

export type TeamRefusal =
  | TeamProblemCode
  | 'notes_off'
  | 'not_editor'
  | 'admins_only'
  | 'report_admins_only'
  | 'too_many_notes'
  | 'note_not_found'
  | 'comment_too_long'
  | 'bad_vote'
  | 'unavailable'
  | 'rate_limited';

export type TeamOutcome =
  | { kind: 'note.saved'; scope: NoteScope; replaced: boolean }
  | { kind: 'note.forgotten'; scope: NoteScope }
  | { kind: 'note.list'; notes: readonly TeamNoteView[]; page: number; total: number; pageSize: number }
  | { kind: 'note.history'; scope: NoteScope; changes: readonly NoteChangeView[] }
  | { kind: 'lang.saved'; lang: TeamLang }
  | { kind: 'lang.usage' }
  | { kind: 'feedback.report'; rows: readonly FeedbackRowView[] }
  | { kind: 'vote.saved'; changed: boolean; askMissing: boolean }
  | { kind: 'missing.saved' }
  | {
      kind: 'refused';
      reason: TeamRefusal;
      scope?: NoteScope;
      /** note_too_long: the note's length. */
      length?: number;
      /** rate_limited: seconds to wait. */
      retryAfterSeconds?: number;
    };

/**
 * How the platform's people type the team's commands, for the examples in replies: `words` after
 * a slash command (Slack's `/port note 8443 …`, prefixed by `command`), or Discord's own command
 * with named `options` (`/port-note set port:8443 text:…`, its names as the client's language shows them).
 */
export type TeamSyntax = 'words' | 'options';

export interface TeamPresentOptions {
  lang?: Lang;
  /** The chat command that prefixes `words` examples ("/port"); empty for none. */
  command?: string;
  /** How examples are written (default `words`). */
  syntax?: TeamSyntax;
}

/** One example of each command a reply may point to, in the platform's own syntax. */
interface Examples {
  note(): Inline[];
  forget(scope: string): Inline[];
  history(scope: string): Inline[];
  langs(): Inline[];
  page(page: number): Inline[];
}

function examplesFor(t: Translator, options: TeamPresentOptions): Examples {
  const prefix = options.command ? `${options.command} ` : '';
  const one = (command: string) => [code(command)];
  if (options.syntax === 'options')
    return {
      note: () => one(t.text('team.example.options.note')),
      forget: (scope) => one(t.text('team.example.options.forget', { scope })),
      history: (scope) => one(t.text('team.example.options.history', { scope })),
      langs: () => joined(['ko', 'en', 'auto'].map((lang) => t.text('team.example.options.lang', { lang }))),
      page: (page) => one(t.text('team.example.options.page', { page })),
    };
  return {
    note: () => one(t.text('team.example.words.note', { prefix })),
    forget: (scope) => one(t.text('team.example.words.forget', { prefix, scope })),
    history: (scope) => one(t.text('team.example.words.history', { prefix, scope })),
    langs: () =>
      joined(['ko', 'en', 'auto'].map((lang) => t.text('team.example.words.lang', { prefix, lang }))),
    page: (page) => one(t.text('team.example.words.page', { prefix, page })),
  };
}

/** 2026-12-05 */
export function formatNoteDate(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** 2026-12-05 14:03 UTC */
function formatWhen(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A stored note as the presentation's TeamNoteInput (answers and the list). */
export function toTeamNoteInput(note: TeamNoteView, withScope = true): TeamNoteInput {
  return {
    text: note.text,
    author: note.author,
    date: formatNoteDate(note.at),
    ...(withScope ? { scope: note.scope } : {}),
  };
}

function bodySection(lines: Inline[][], id: 'notice.body' | 'notice.examples' = 'notice.body'): Section {
  return {
    id,
    key: id,
    part: null,
    priority: SECTIONS[id].priority,
    blocks: [{ kind: 'lines', lines: lines.map((spans) => line(spans)) }],
  };
}

function reply(
  t: Translator,
  title: string,
  tone: Tone,
  sections: Section[],
  actions: Action[] = [],
  summary?: string,
): Presentation {
  const first = sections[0]?.blocks[0];
  const lead =
    summary ??
    (first?.kind === 'lines'
      ? (first.lines[0]?.spans.map((span) => ('text' in span ? span.text : '')).join('') ?? '')
      : '');
  return {
    lang: t.lang,
    kind: 'notice',
    detail: 'default',
    title,
    summary: lead || title,
    tone,
    parts: [{ kind: 'notice', title, summary: lead || title, tone }],
    sections,
    actions,
    data: [],
    trimNote: [muted(t.text('trim.noteNoAction'))],
  };
}

function joined(commands: readonly string[]): Inline[] {
  return commands.flatMap((command, index) => [...(index > 0 ? [text(', ')] : []), code(command)]);
}

function refusal(
  t: Translator,
  outcome: Extract<TeamOutcome, { kind: 'refused' }>,
  examples: Examples,
): Presentation {
  const scope = outcome.scope ? formatNoteScope(outcome.scope) : '8443';
  let spans: Inline[];
  switch (outcome.reason) {
    case 'bad_note_scope':
    case 'note_empty':
      spans = t.rich(`team.refused.${outcome.reason}`, {
        example: examples.note(),
      });
      break;
    case 'note_too_long':
      spans = t.rich('team.refused.note_too_long', {
        max: MAX_NOTE_LENGTH,
        length: outcome.length ?? MAX_NOTE_LENGTH + 1,
      });
      break;
    case 'too_many_notes':
      spans = t.rich('team.refused.too_many_notes', {
        max: MAX_NOTES_PER_WORKSPACE,
        example: examples.forget('8443'),
      });
      break;
    case 'note_not_found':
      spans = t.rich('team.refused.note_not_found', { scope: code(scope) });
      break;
    case 'bad_lang':
      spans = t.rich('team.refused.bad_lang', {
        example: examples.langs(),
      });
      break;
    case 'bad_page':
      spans = t.rich('team.refused.bad_page', { max: MAX_NOTES_PAGE, example: examples.page(2) });
      break;
    case 'comment_too_long':
      spans = t.rich('team.refused.comment_too_long', { max: MAX_MISSING_LENGTH });
      break;
    case 'rate_limited':
      spans = t.rich('team.refused.rate_limited', {
        count: Math.max(1, Math.ceil(outcome.retryAfterSeconds ?? 1)),
      });
      break;
    default:
      spans = t.rich(`team.refused.${outcome.reason}`);
  }
  return reply(t, t.text('team.refused.title'), 'problem', [bodySection([spans])]);
}

function noteList(
  t: Translator,
  outcome: Extract<TeamOutcome, { kind: 'note.list' }>,
  examples: Examples,
): Presentation {
  const title = t.text('team.list.title');
  if (outcome.total === 0 || outcome.notes.length === 0) {
    const empty = t.rich('team.list.empty', { example: examples.note() });
    return reply(t, title, 'notice', [bodySection([empty])]);
  }
  const pages = Math.max(1, Math.ceil(outcome.total / outcome.pageSize));
  const draft = teamNotesDraft(
    t,
    outcome.notes.map((note) => toTeamNoteInput(note)),
  );
  const notes = draft ? toSection(t, { ...draft, heading: title }, null, 1) : undefined;
  const pageLine = [muted(t.text('team.list.page', { count: outcome.total, page: outcome.page, pages }))];
  const actions: Action[] =
    outcome.page < pages
      ? [{ id: 'notes.more', kind: 'more', label: t.text('action.more'), page: outcome.page + 1 }]
      : [];
  const summary = t.text('team.list.page', { count: outcome.total, page: outcome.page, pages });
  return reply(t, title, 'notice', [...(notes ? [notes] : []), bodySection([pageLine])], actions, summary);
}

function history(t: Translator, outcome: Extract<TeamOutcome, { kind: 'note.history' }>): Presentation {
  const scope = formatNoteScope(outcome.scope);
  const title = t.text('team.history.title', { scope });
  if (outcome.changes.length === 0)
    return reply(t, title, 'notice', [bodySection([t.rich('team.history.empty', { scope: code(scope) })])]);
  const lines = outcome.changes.map((change) => {
    const author = strong(userText(change.author, 80) || '?');
    const when = muted(formatWhen(change.at));
    return change.action === 'set'
      ? t.rich('team.history.set', { when, author, text: text(neutraliseNoteText(change.text ?? '')) })
      : t.rich('team.history.forget', { when, author });
  });
  return reply(t, title, 'notice', [bodySection(lines)]);
}

function feedbackReport(
  t: Translator,
  outcome: Extract<TeamOutcome, { kind: 'feedback.report' }>,
): Presentation {
  const title = t.text('team.feedback.title');
  if (outcome.rows.length === 0)
    return reply(t, title, 'notice', [bodySection([[text(t.text('team.feedback.empty'))]])]);
  const lines: Inline[][] = [];
  for (const row of outcome.rows) {
    lines.push(
      t.rich('team.feedback.row', { question: code(userText(row.question, 80)), down: row.down, up: row.up }),
    );
    for (const missing of row.missing.slice(0, 5))
      lines.push(
        t.rich('team.feedback.missing', { text: text(neutraliseNoteText(missing, MAX_MISSING_LENGTH + 20)) }),
      );
  }
  return reply(t, title, 'notice', [bodySection(lines)]);
}

/**
 * @example presentTeamOutcome({ kind: 'note.saved', scope: { port: 8443 }, replaced: false }, { command: '/port' }).summary
 * // → "Saved the team note on 8443: everyone here sees it first in answers about it."
 */
export function presentTeamOutcome(outcome: TeamOutcome, options: TeamPresentOptions = {}): Presentation {
  const t = createTranslator(options.lang ?? 'en');
  const examples = examplesFor(t, options);
  switch (outcome.kind) {
    case 'note.saved': {
      const scope = code(formatNoteScope(outcome.scope));
      const body = t.rich(outcome.replaced ? 'team.replaced' : 'team.saved', { scope });
      return reply(t, t.text('team.saved.title'), 'notice', [bodySection([body])]);
    }
    case 'note.forgotten': {
      const scope = formatNoteScope(outcome.scope);
      const body = t.rich('team.forgotten', {
        scope: code(scope),
        command: examples.history(scope),
      });
      return reply(t, t.text('team.forgotten.title'), 'notice', [bodySection([body])]);
    }
    case 'note.list':
      return noteList(t, outcome, examples);
    case 'note.history':
      return history(t, outcome);
    case 'lang.saved': {
      const body =
        outcome.lang === 'auto'
          ? [text(t.text('team.lang.auto'))]
          : t.rich('team.lang.saved', { language: t.text(`team.language.${outcome.lang}`) });
      return reply(t, t.text('team.lang.title'), 'notice', [bodySection([body])]);
    }
    case 'lang.usage':
      return reply(t, t.text('team.lang.title'), 'notice', [
        bodySection([t.rich('team.lang.usage', { examples: examples.langs() })]),
      ]);
    case 'feedback.report':
      return feedbackReport(t, outcome);
    case 'vote.saved': {
      const lines: Inline[][] = [[text(t.text(outcome.changed ? 'team.vote.changed' : 'team.vote.saved'))]];
      if (outcome.askMissing) lines.push([muted(t.text('team.vote.askMissing'))]);
      return reply(t, t.text('team.vote.title'), 'notice', [bodySection(lines)]);
    }
    case 'missing.saved':
      return reply(t, t.text('team.vote.title'), 'notice', [
        bodySection([[text(t.text('team.missing.saved'))]]),
      ]);
    case 'refused':
      return refusal(t, outcome, examples);
  }
}
