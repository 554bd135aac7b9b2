/**
 * What an answer page shows, taken from the core's presentation: its title, summary, sections
 * (headings, blocks, in order) and data line, plus the actions a page offers as links and
 * buttons. The words are the presentation's; the page only decides how they look.
 */
import type { CheckOs, Inline, Section } from '../../src/index.js';

export interface PageView {
  title: string;
  summary: string;
  sections: Section[];
  data: Inline[];
  /** The OS choices ("Linux", "macOS", "Windows"), when the OS changes the answer. */
  osChoices: { os: CheckOs; label: string; selected: boolean }[];
  /** "Show everything", when the page left something out. */
  showAll?: string;
  /** The feedback buttons' words, when feedback is offered. */
  feedback?: { up: string; down: string };
}
