/**
 * Answer → embeds, the one Discord rendering of the core's answer. The gateway and the HTTP
 * interactions endpoint both send what this returns, as plain API JSON.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer, AnswerPart, CheckOs } from '../../src/index.js';
import type { EmbedDraft } from './fit-embeds.js';
import { fitEmbeds } from './fit-embeds.js';
import { plain } from './markdown.js';
import { renderPortCompact, renderPortFull } from './render-port.js';
import { renderRange } from './render-range.js';
import { renderService } from './render-service.js';
import { renderAbout, renderHelp, renderTopic } from './render-topic.js';

function renderPart(part: AnswerPart, answer: Answer, single: boolean): EmbedDraft {
  switch (part.type) {
    case 'port':
      return single ? renderPortFull(part, answer.os, answer.title) : renderPortCompact(part, answer.os);
    case 'range':
      return renderRange(part);
    case 'service':
      return renderService(part);
    case 'topic':
      return renderTopic(part);
    case 'help':
      return renderHelp(part);
    case 'about':
      return renderAbout(part);
  }
}

function footerFor(answer: Answer, os: CheckOs | null): string {
  const pick = answer.parts.length > 1 && !os && answer.parts.some((part) => part.type === 'port');
  return [pick ? 'Pick an OS below for the commands' : '', `Data: ${answer.data.label}`]
    .filter(Boolean)
    .join(' · ');
}

/**
 * @example renderAnswerEmbeds(answer)[0].title // "Port 60140: Mosh"
 */
export function renderAnswerEmbeds(answer: Answer): APIEmbed[] {
  const single = answer.parts.length === 1;
  const drafts = answer.parts.map((part) => renderPart(part, answer, single));
  const [first] = drafts;
  if (first && answer.warnings.length > 0) {
    const value = answer.warnings.map((warning) => `• ${plain(warning.message)}`).join('\n');
    first.fields.unshift({ name: 'Not answered', value });
  }
  const last = drafts.at(-1);
  if (last) last.footer = footerFor(answer, answer.os);
  return fitEmbeds(drafts);
}
