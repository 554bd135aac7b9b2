/** Usage with examples: `/port` alone, `/port help`, or "help" in a mention or DM. */
import type { HelpPart } from '../../../src/index.js';
import type { SlackBlock } from '../block-kit-limits.js';
import { escapeMrkdwn } from '../escape.js';
import { code, packSections } from './blocks.js';

/** `command` ("/port") prefixes the examples when the help answers a slash command. */
export function renderHelpPart(part: HelpPart, command: string | undefined): SlackBlock[] {
  const prefix = command ? `${command} ` : '';
  const examples = part.examples.map(
    (example) => `• ${code(`${prefix}${example.question}`)} — ${escapeMrkdwn(example.meaning)}`,
  );
  return packSections([
    '*Ask me about a port, a range or a service:*',
    ...examples,
    `_Also: mention me in a channel, send me a direct message, or use “Explain ports” on any message._`,
  ]);
}
