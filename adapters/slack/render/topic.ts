/** Answers about the ranges themselves: IANA's three ranges, the OS ephemeral ranges. */
import type { TopicPart } from '../../../src/index.js';
import type { SlackBlock } from '../block-kit-limits.js';
import { escapeMrkdwn } from '../escape.js';
import { code, packSections } from './blocks.js';
import type { Detail } from './detail.js';
import { rangeText } from './labels.js';

export function renderTopicPart(part: TopicPart, detail: Detail): SlackBlock[] {
  const lines = [`*${escapeMrkdwn(part.title)}*`];
  for (const range of part.ianaRanges ?? []) {
    const meaning = detail === 'brief' ? '' : ` — ${escapeMrkdwn(range.meaning)}`;
    lines.push(
      `• ${code(rangeText(range.from, range.to))} *${escapeMrkdwn(range.name)}* (“${escapeMrkdwn(range.nickname)}”)${meaning}`,
    );
  }
  for (const range of part.ephemeralRanges ?? []) {
    const show = detail === 'brief' ? '' : ` · ${code(range.showCommand)}`;
    const note = detail === 'full' && range.note ? ` _${escapeMrkdwn(range.note)}_` : '';
    lines.push(`• *${escapeMrkdwn(range.label)}* ${code(rangeText(range.from, range.to))}${show}${note}`);
  }
  if (part.ephemeralRanges && detail !== 'brief')
    lines.push('_Defaults: admins and container runtimes change them; the command shows the real setting._');
  return packSections(lines);
}
