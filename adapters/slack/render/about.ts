/** "/port about": version, data source and the privacy note, as the core words them. */
import { type AboutPart, aboutFacts } from '../../../src/index.js';
import type { SlackBlock } from '../block-kit-limits.js';
import { escapeMrkdwn, mrkdwnLink } from '../escape.js';
import { packSections } from './blocks.js';

export function renderAboutPart(part: AboutPart): SlackBlock[] {
  const facts = aboutFacts(part).map((fact) => {
    const link = fact.link ? ` ${mrkdwnLink(fact.link.url, fact.link.text)}` : '';
    return `*${fact.label}:* ${escapeMrkdwn(fact.text)}${link}`;
  });
  return packSections([escapeMrkdwn(part.summary), ...facts]);
}
