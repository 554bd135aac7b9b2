/**
 * Every section a presentation can hold, in display order, with the catalog key of its heading and
 * its priority. Adding a section is one row here, one builder in present-*.ts and one heading in
 * each catalog: renderers map blocks, so they need no change.
 */
import type { MessageKey } from './catalog/index.js';

/**
 * How long a section stays when a surface is short of room: fitPresentation drops the lowest
 * first. ESSENTIAL sections are only shortened, never dropped before everything else is gone.
 */
export const PRIORITY = {
  essential: 100,
  high: 80,
  medium: 60,
  low: 40,
  extra: 20,
} as const;

/**
 * `heading`: the catalog key of the heading. `headed`: `always` shows it; `several-parts` only when
 * the answer has more than one part (with one part, the message title already says it).
 */
export const SECTIONS = {
  /** Reserved: team notes come right after the headline, before anything else. */
  'team-notes': { heading: 'section.teamNotes', headed: 'always', priority: PRIORITY.essential - 5 },
  warnings: { heading: 'section.warnings', headed: 'always', priority: PRIORITY.essential - 5 },
  'port.overview': { heading: 'title.port', headed: 'several-parts', priority: PRIORITY.essential },
  'port.range': { heading: 'section.port.range', headed: 'always', priority: PRIORITY.low },
  'port.ephemeral': { heading: 'section.port.ephemeral', headed: 'always', priority: PRIORITY.medium },
  'port.assignments': { heading: 'section.port.assignments', headed: 'always', priority: PRIORITY.high + 5 },
  'port.uses': { heading: 'section.port.uses', headed: 'always', priority: PRIORITY.high },
  'port.tips': { heading: 'section.port.tips', headed: 'always', priority: PRIORITY.extra },
  'port.checks': { heading: 'section.port.checks', headed: 'always', priority: PRIORITY.high + 10 },
  'range.overview': { heading: 'title.range', headed: 'several-parts', priority: PRIORITY.essential },
  'range.table': { heading: 'section.range.table', headed: 'always', priority: PRIORITY.high },
  'service.overview': { heading: 'title.service', headed: 'several-parts', priority: PRIORITY.essential },
  'service.ports': { heading: 'section.service.ports', headed: 'always', priority: PRIORITY.high + 10 },
  'service.security': { heading: 'section.service.security', headed: 'always', priority: PRIORITY.medium },
  'service.also': { heading: 'section.service.also', headed: 'always', priority: PRIORITY.extra },
  'topic.overview': { heading: 'title.topic.iana', headed: 'several-parts', priority: PRIORITY.essential },
  'topic.ranges': { heading: 'section.topic.ranges', headed: 'always', priority: PRIORITY.high },
  'help.examples': { heading: 'title.help', headed: 'several-parts', priority: PRIORITY.essential },
  'help.more': { heading: 'section.help.more', headed: 'always', priority: PRIORITY.low },
  'about.overview': { heading: 'title.about', headed: 'several-parts', priority: PRIORITY.essential },
  'about.facts': { heading: 'section.about.facts', headed: 'never', priority: PRIORITY.high },
  'product.overview': { heading: 'title.service', headed: 'several-parts', priority: PRIORITY.essential },
  'product.firewall': { heading: 'section.product.firewall', headed: 'always', priority: PRIORITY.high + 10 },
  'product.ports': { heading: 'section.product.ports', headed: 'always', priority: PRIORITY.high + 5 },
  'product.security': { heading: 'section.product.security', headed: 'always', priority: PRIORITY.medium },
  'intent.overview': { heading: 'title.port', headed: 'several-parts', priority: PRIORITY.essential },
  'intent.security': { heading: 'section.intent.security', headed: 'always', priority: PRIORITY.high + 15 },
  'intent.steps': { heading: 'section.intent.steps', headed: 'always', priority: PRIORITY.high + 10 },
  'intent.notes': { heading: 'section.intent.notes', headed: 'always', priority: PRIORITY.medium },
  'advice.verdict': { heading: 'title.port', headed: 'several-parts', priority: PRIORITY.essential },
  'advice.reasons': { heading: 'section.advice.reasons', headed: 'always', priority: PRIORITY.high + 10 },
  'advice.alternatives': {
    heading: 'section.advice.alternatives',
    headed: 'always',
    priority: PRIORITY.high,
  },
  'advice.check': { heading: 'section.advice.check', headed: 'always', priority: PRIORITY.low },
  'suggest.candidates': { heading: 'title.port', headed: 'several-parts', priority: PRIORITY.essential },
  'suggest.rule': { heading: 'section.suggest.rule', headed: 'always', priority: PRIORITY.high },
  'bigRange.overview': { heading: 'title.range', headed: 'several-parts', priority: PRIORITY.essential },
  'bigRange.facts': { heading: 'section.bigRange.facts', headed: 'always', priority: PRIORITY.high + 10 },
  'bigRange.uses': { heading: 'section.bigRange.uses', headed: 'always', priority: PRIORITY.high },
  'notice.body': { heading: 'section.notice.body', headed: 'never', priority: PRIORITY.essential },
  'notice.examples': { heading: 'section.notice.examples', headed: 'never', priority: PRIORITY.medium },
} as const satisfies Record<
  string,
  { heading: MessageKey; headed: 'always' | 'several-parts' | 'never'; priority: number }
>;

export type SectionId = keyof typeof SECTIONS;
export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];
