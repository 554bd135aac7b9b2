/**
 * What an answer page shows: a title, a summary, sections of blocks and the data line. The shape
 * follows the core's presentation model (title, summary, sections with headings and priorities,
 * blocks of lines, fields, tables and commands), so the page is one more renderer of it.
 */
import type { CheckOs } from '../../src/index.js';

export type Inline =
  | { kind: 'text' | 'strong' | 'code' | 'warning' | 'muted'; text: string }
  | { kind: 'link'; text: string; url: string }
  | { kind: 'icon'; icon: string; label: string };

export interface Line {
  spans: Inline[];
  bullet?: boolean;
  level?: 0 | 1;
}

export interface Field {
  label: Inline[];
  value: Line[];
}

export interface CommandBlock {
  kind: 'code';
  label: Inline[];
  note: Inline[];
  code: string;
  os: CheckOs;
}

export type Block =
  | { kind: 'lines'; lines: Line[] }
  | { kind: 'fields'; fields: Field[] }
  | { kind: 'table'; columns: { id: string; label: string }[]; rows: { cells: Inline[][] }[] }
  | CommandBlock
  | { kind: 'links'; links: { text: string; url: string }[] };

export interface PageSection {
  key: string;
  heading?: string;
  blocks: Block[];
}

export interface PageView {
  title: string;
  summary: string;
  sections: PageSection[];
  data: Inline[];
  /** Whether choosing an OS changes the page (check commands, ephemeral ranges). */
  osMatters: boolean;
  /** OS choices as the answer names them ("Linux", "macOS", "Windows"). */
  osLabels: Readonly<Record<CheckOs, string>>;
}
