/**
 * The core's Answer as a Slack message: a header, each part, a context line with the data source,
 * and (for ephemeral answers) the Share and OS buttons, with the core's plain text as fallback.
 * It tries the most detailed layout first and steps down until the message fits Block Kit's limits.
 */
import type { Answer, AnswerPart, CheckOs } from '../../../src/index.js';
import { renderAnswerText } from '../../../src/index.js';
import { BLOCK_KIT_LIMITS, fitsBlockKit, type SlackBlock, type SlackMessage } from '../block-kit-limits.js';
import { clip, escapeMrkdwn, userMention } from '../escape.js';
import { renderAboutPart } from './about.js';
import { actionsBlock } from './actions.js';
import { context, divider, header } from './blocks.js';
import { DETAILS, type Detail } from './detail.js';
import { renderHelpPart } from './help.js';
import { osLabel } from './labels.js';
import { renderPortPart } from './port.js';
import { renderRangePart } from './range.js';
import { renderServicePart } from './service.js';
import { renderTopicPart } from './topic.js';

export interface AnswerMessageOptions {
  /** Query token for the buttons; no buttons without it (shared and threaded answers). */
  token?: string | undefined;
  /** The slash command, shown in help examples ("/port 60140"). */
  command?: string | undefined;
  /** Who shared the answer into the channel (a Slack user id). */
  sharedBy?: string | undefined;
}

/** Plain-text fallback: long enough for a notification and a screen reader, never the whole table. */
const FALLBACK_LENGTH = 3000;
const DEFAULT_OS: CheckOs = 'linux';

function renderPart(
  part: AnswerPart,
  detail: Detail,
  os: CheckOs,
  command: string | undefined,
): SlackBlock[] {
  switch (part.type) {
    case 'port':
      return renderPortPart(part, detail, os);
    case 'range':
      return renderRangePart(part, detail);
    case 'service':
      return renderServicePart(part, detail);
    case 'topic':
      return renderTopicPart(part, detail);
    case 'help':
      return renderHelpPart(part, command);
    case 'about':
      return renderAboutPart(part);
  }
}

function warningsBlock(answer: Answer): SlackBlock[] {
  if (answer.warnings.length === 0) return [];
  const text = answer.warnings
    .slice(0, 3)
    .map((warning) => `:information_source: ${escapeMrkdwn(clip(warning.message, 300))}`)
    .join('\n');
  return [context([text])];
}

function footer(answer: Answer, detail: Detail, options: AnswerMessageOptions): SlackBlock {
  const data = answer.data;
  const version = data.version && !data.label.includes(data.version) ? ` ${data.version}` : '';
  const updated = data.updated ? ` · updated ${data.updated}` : '';
  const pieces = [`Data: ${escapeMrkdwn(`${data.label}${version}${updated}`)}`];
  const hasPorts = answer.parts.some((part) => part.type === 'port');
  if (hasPorts && (answer.os || detail !== 'full')) {
    const shown = osLabel(answer.os ?? DEFAULT_OS);
    pieces.push(
      options.token
        ? `Commands for ${shown}`
        : `Commands for ${shown}: add “on windows” or “on mac” to ask for another OS`,
    );
  }
  const sharer = userMention(options.sharedBy);
  if (sharer) pieces.push(`Shared by ${sharer}`);
  return context([pieces.join(' · ')]);
}

function hasOsChoice(answer: Answer): boolean {
  return answer.parts.some(
    (part) => part.type === 'port' || (part.type === 'topic' && part.topic === 'ephemeral-ranges'),
  );
}

function layout(answer: Answer, detail: Detail, options: AnswerMessageOptions): SlackBlock[] {
  const os = answer.os ?? DEFAULT_OS;
  const parts = answer.parts.flatMap((part, index) => [
    ...(index > 0 ? [divider()] : []),
    ...renderPart(part, detail, os, options.command),
  ]);
  const actions = options.token ? [actionsBlock(options.token, answer.os, hasOsChoice(answer))] : [];
  return [
    header(answer.title),
    ...warningsBlock(answer),
    ...parts,
    footer(answer, detail, options),
    ...actions,
  ];
}

/**
 * Last resort if even the brief layout were too long: keep what fits and say so. The renderer
 * contract test shows it is never needed for the core's answers; it keeps a surprise from turning
 * into a refused message.
 */
function shorten(blocks: SlackBlock[], text: string): SlackMessage {
  const kept: SlackBlock[] = [];
  const note = context(['_This answer was shortened to fit in Slack: ask about fewer ports._']);
  for (const block of blocks) {
    const next = { text, blocks: [...kept, block, note] };
    if (kept.length + 2 > BLOCK_KIT_LIMITS.blocks || !fitsBlockKit(next)) break;
    kept.push(block);
  }
  return { text, blocks: [...kept, note] };
}

export function fallbackText(answer: Answer): string {
  return escapeMrkdwn(clip(renderAnswerText(answer), FALLBACK_LENGTH));
}

/**
 * @example toSlackMessage(answer, { token: 'p60140' }).blocks[0] // header "Port 60140: …"
 */
export function toSlackMessage(answer: Answer, options: AnswerMessageOptions = {}): SlackMessage {
  const text = fallbackText(answer);
  let blocks: SlackBlock[] = [];
  for (const detail of DETAILS) {
    blocks = layout(answer, detail, options);
    const message = { text, blocks };
    if (fitsBlockKit(message)) return message;
  }
  return shorten(blocks, text);
}
