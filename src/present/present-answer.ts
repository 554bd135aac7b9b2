/**
 * Answer → Presentation: the one place that decides what an answer says on every surface — its
 * title and summary, the sections in order with their headings and priorities, what is shown in
 * full and what is folded, the buttons, the data line. Pure; renderers only map the result.
 */
import type { CheckOs } from '../checks/os.js';
import { CHECK_OSES } from '../checks/os.js';
import type { KoreanUseTexts } from '../knowledge/korean-texts.js';
import { formatNoteScope } from '../question/note-scope.js';
import type { Answer, AnswerPart } from '../report/answer.js';
import { neutraliseNoteText } from '../team/note-text.js';
import { createTranslator, type Lang, type Translator } from './catalog/index.js';
import { answerSummary, answerTitle, partSummary, partTitle } from './headline.js';
import { line, muted, strong, text, userText } from './inline.js';
import { createLocalizer, type Localizer } from './localize.js';
import type {
  Action,
  Detail,
  Inline,
  Presentation,
  PresentationPart,
  Section,
  TeamNoteInput,
  Tone,
} from './model.js';
import { answerPageUrl } from './page-path.js';
import {
  adviceSections,
  intentSections,
  productSections,
  rangeSummarySections,
  suggestionSections,
} from './present-next.js';
import { problemText } from './present-notice.js';
import {
  aboutSections,
  helpSections,
  rangeSections,
  serviceSections,
  topicSections,
} from './present-parts.js';
import { portSections } from './present-port.js';
import type { SectionDraft } from './section-draft.js';
import { SECTIONS } from './sections.js';

export interface PresentOptions {
  lang?: Lang;
  /** `default` is short (the first uses and tips in full, the rest named); `full` shows everything. */
  detail?: Detail;
  /** Commands for this OS only; otherwise the answer's own OS, or every OS when it has none. */
  os?: CheckOs | null;
  /** The validated query token: without it there are no buttons that re-ask the question. */
  token?: string;
  /**
   * Which optional actions to offer (OS buttons and "show everything" come with a token).
   * `publicUrl` is the site's origin ("https://portbot.example.com"): with it an answer about a
   * port, range or service gets "Open in browser", linking to its page in the presentation's
   * language; `openUrl` names the link itself instead.
   */
  actions?: {
    share?: boolean;
    feedback?: boolean;
    addNote?: boolean;
    openUrl?: string;
    publicUrl?: string;
  };
  /** Team notes about these ports, shown right after the headline. */
  teamNotes?: readonly TeamNoteInput[];
  /** The team's notes could not be read (a database outage): the section says so instead. */
  teamNotesUnavailable?: boolean;
  /** Prefix of the help's examples ("/port "). */
  commandPrefix?: string;
  /**
   * Korean curated texts (`await loadKoreanUseTexts()`), used when `lang` is 'ko'. Without them a
   * Korean presentation shows curated texts in English, marked "(영문)".
   */
  koreanTexts?: KoreanUseTexts;
}

/** Whether the OS changes the answer: check commands, or the ephemeral ranges. */
export function osMatters(answer: Answer): boolean {
  return answer.parts.some(
    (part) =>
      part.type === 'port' ||
      (part.type === 'intent' && part.commands.length > 0) ||
      (part.type === 'topic' && part.topic === 'ephemeral-ranges'),
  );
}

function partTone(part: AnswerPart): Tone {
  if (part.type === 'port') return part.hasSecurityNotes ? 'security' : 'answer';
  if (part.type === 'service') return part.knownUses.some((use) => use.security) ? 'security' : 'answer';
  if (part.type === 'range') return part.rows.some((row) => row.security) ? 'security' : 'answer';
  if (part.type === 'product') return part.security.length > 0 ? 'security' : 'answer';
  if (part.type === 'intent') return part.security.length > 0 ? 'security' : 'answer';
  return 'answer';
}

function draftsFor(
  t: Translator,
  part: AnswerPart,
  detail: Detail,
  os: CheckOs | null,
  commandPrefix: string,
  fold: () => void,
  l: Localizer,
): SectionDraft[] {
  const c = { t, detail, commandPrefix, fold, l };
  switch (part.type) {
    case 'port':
      return portSections({ t, detail, os, fold, l }, part);
    case 'range':
      return rangeSections(c, part);
    case 'service':
      return serviceSections(c, part);
    case 'topic':
      return topicSections(c, part);
    case 'help':
      return helpSections(c, part);
    case 'about':
      return aboutSections(c, part);
    case 'product':
      return productSections({ t, detail, os, fold, l }, part);
    case 'intent':
      return intentSections({ t, detail, os, fold, l }, part);
    case 'advice':
      return adviceSections({ t, detail, os, fold, l }, part);
    case 'suggestion':
      return suggestionSections({ t, detail, os, fold, l }, part);
    case 'range-summary':
      return rangeSummarySections({ t, detail, os, fold, l }, part);
  }
}

/** Turns a draft into a section: heading by the registry's rule, key unique in the message. */
export function toSection(
  t: Translator,
  draft: SectionDraft,
  part: number | null,
  partCount: number,
  partTitleText?: string,
): Section | undefined {
  const entry = SECTIONS[draft.id];
  let heading: string | undefined;
  if (entry.headed === 'always') heading = draft.heading ?? t.textOf(entry.heading);
  else if (entry.headed === 'several-parts' && partCount > 1) heading = partTitleText;
  if (draft.blocks.length === 0 && heading === undefined) return undefined;
  return {
    id: draft.id,
    key: part === null || partCount === 1 ? draft.id : `${draft.id}#${part}`,
    part,
    ...(heading !== undefined ? { heading } : {}),
    priority: entry.priority,
    blocks: draft.blocks,
  };
}

function byline(t: Translator, note: TeamNoteInput): string {
  const author = userText(note.author, 80) || '?';
  const date = userText(note.date, 40);
  return note.scope
    ? t.text('teamNote.bylineScope', { scope: formatNoteScope(note.scope), author, date })
    : t.text('teamNote.byline', { author, date });
}

/** The team's notes as a section (answers and the `notes` list share it). */
export function teamNotesDraft(
  t: Translator,
  notes: readonly TeamNoteInput[],
  unavailable = false,
): SectionDraft | undefined {
  if (unavailable)
    return {
      id: 'team-notes',
      blocks: [{ kind: 'lines', lines: [line([muted(t.text('teamNote.unavailable'))])] }],
    };
  const kept = notes.filter((note) => neutraliseNoteText(note.text).length > 0);
  if (kept.length === 0) return undefined;
  return {
    id: 'team-notes',
    blocks: [
      {
        kind: 'fields',
        fields: kept.map((note) => ({
          label: [strong(byline(t, note))],
          value: neutraliseNoteText(note.text)
            .split('\n')
            .filter((piece) => piece.trim() !== '')
            .map((piece) => line([text(piece)])),
        })),
      },
    ],
  };
}

function warningsDraft(t: Translator, answer: Answer): SectionDraft | undefined {
  if (answer.warnings.length === 0) return undefined;
  // Problem messages quote user text only through quoteUserText (plain word characters).
  const lines = answer.warnings.map((warning) =>
    line(t.rich('warning.line', { message: userText(problemText(t, warning), 400) })),
  );
  return { id: 'warnings', blocks: [{ kind: 'lines', lines }] };
}

/** "Data: …", and which OS the commands are for when they were narrowed to one. */
function dataLine(t: Translator, answer: Answer, os: CheckOs | null): Inline[] {
  const data = answer.data;
  const labelled =
    data.version && !data.label.includes(data.version)
      ? t.text('data.version', { label: data.label, version: data.version })
      : data.label;
  const source = data.updated ? t.text('data.updated', { source: labelled, date: data.updated }) : labelled;
  const line = [muted(t.text('data.line', { source }))];
  const narrowed =
    os !== null &&
    answer.parts.some(
      (part) =>
        (part.type === 'port' && part.checks.length > 0) ||
        (part.type === 'intent' && part.commands.length > 0),
    );
  if (narrowed)
    line.push(muted(t.text('join.pieces')), muted(t.text('footer.commandsFor', { os: t.text(`os.${os}`) })));
  return line;
}

function actionsFor(
  t: Translator,
  answer: Answer,
  options: PresentOptions,
  os: CheckOs | null,
  showAll: Action | undefined,
): Action[] {
  const actions: Action[] = [];
  const { token } = options;
  if (token && options.actions?.share)
    actions.push({ id: 'share', kind: 'share', label: t.text('action.share'), token });
  if (token && osMatters(answer))
    for (const candidate of CHECK_OSES) {
      const name = t.text(`os.${candidate}`);
      actions.push({
        id: `os.${candidate}`,
        kind: 'os',
        os: candidate,
        selected: candidate === os,
        label: candidate === os ? t.text('action.osSelected', { os: name }) : name,
        token,
      });
    }
  if (showAll) actions.push(showAll);
  if (token && options.actions?.feedback) {
    actions.push({
      id: 'feedback.up',
      kind: 'feedback',
      vote: 'up',
      label: t.text('action.feedbackUp'),
      token,
    });
    actions.push({
      id: 'feedback.down',
      kind: 'feedback',
      vote: 'down',
      label: t.text('action.feedbackDown'),
      token,
    });
  }
  if (token && options.actions?.addNote)
    actions.push({ id: 'note.add', kind: 'note', label: t.text('action.addNote'), token });
  const origin = options.actions?.publicUrl;
  const url = options.actions?.openUrl ?? (origin ? answerPageUrl(answer, origin, t.lang) : null);
  if (url && /^https?:\/\/[^\s<>"]+$/.test(url))
    actions.push({ id: 'open', kind: 'open', label: t.text('action.open'), url });
  return actions;
}

function sectionsFor(
  t: Translator,
  l: Localizer,
  answer: Answer,
  detail: Detail,
  os: CheckOs | null,
  options: PresentOptions,
  titles: readonly string[],
  fold: () => void,
): Section[] {
  const count = answer.parts.length;
  const top = [
    teamNotesDraft(t, options.teamNotes ?? [], options.teamNotesUnavailable === true),
    warningsDraft(t, answer),
  ]
    .filter((draft): draft is SectionDraft => draft !== undefined)
    .flatMap((draft) => toSection(t, draft, null, count) ?? []);
  const parts = answer.parts.flatMap((part, index) =>
    draftsFor(t, part, detail, os, options.commandPrefix ?? '', fold, l).flatMap(
      (draft) => toSection(t, draft, index, count, titles[index]) ?? [],
    ),
  );
  return [...top, ...parts];
}

/**
 * @example
 * const p = presentAnswer(answer, { detail: 'default', token: 'p22' });
 * p.title    // "Port 22 — OpenSSH, Dropbear · System port (0–1023)"
 * p.sections.map((s) => s.id) // ['port.range', 'port.ephemeral', 'port.assignments', …]
 */
export function presentAnswer(answer: Answer, options: PresentOptions = {}): Presentation {
  const t = createTranslator(options.lang ?? 'en');
  const l = createLocalizer(t, options.koreanTexts);
  const detail = options.detail ?? 'default';
  const os = options.os ?? answer.os;
  const filtered = answer.os !== null;
  const titles = answer.parts.map((part) => partTitle(t, l, part, filtered));
  const parts: PresentationPart[] = answer.parts.map((part, index) => ({
    kind: part.type,
    title: titles[index] ?? '',
    summary: partSummary(t, l, part, filtered),
    tone: partTone(part),
  }));
  let folded = false;
  const sections = sectionsFor(t, l, answer, detail, os, options, titles, () => {
    folded = true;
  });
  const showAll: Action | undefined = options.token
    ? {
        id: 'detail.full',
        kind: 'detail',
        detail: 'full',
        label: t.text('action.showAll'),
        token: options.token,
      }
    : undefined;
  const actions = actionsFor(t, answer, options, os, folded ? showAll : undefined);
  return {
    lang: t.lang,
    kind: 'answer',
    detail,
    title: answerTitle(t, l, answer.parts, titles),
    summary: answerSummary(
      parts.map((part) => part.summary),
      t.text('join.pieces'),
    ),
    tone: parts.some((part) => part.tone === 'security') ? 'security' : 'answer',
    parts,
    sections,
    actions,
    data: dataLine(t, answer, os),
    trimNote: [muted(showAll ? t.text('trim.note', { action: showAll.label }) : t.text('trim.noteNoAction'))],
    ...(showAll ? { showAll } : {}),
  };
}
