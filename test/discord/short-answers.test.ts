/**
 * A default Discord answer fits one screen: for every port of nmap's 300 most often open TCP
 * ports, the lines a reader sees (embed titles, descriptions, field names and values; fence
 * markers draw the code box and are not lines) stay at 25 or fewer, with the commands for one OS,
 * buttons for the others, and "Show everything" whenever something was left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { answerInteraction, type InteractionContext } from '../../adapters/discord/interaction-handler.js';
import { SCREEN_LINES, visibleLines } from '../../adapters/discord/render-embeds.js';
import type { DiscordMessage } from '../../adapters/discord/render-message.js';
import { parseNmapServices, topPorts } from '../../scripts/nmap-services.js';
import { testKnowledge } from '../support/discord/start-portbot.js';

const NMAP_SERVICES = '/usr/share/nmap/nmap-services';
const nmapText = existsSync(NMAP_SERVICES) ? readFileSync(NMAP_SERVICES, 'utf8') : undefined;
if (nmapText === undefined) {
  if (process.env.CI) throw new Error(`${NMAP_SERVICES} is missing: install nmap-common on the CI runner`);
  console.warn(
    `\n!!! ${NMAP_SERVICES} is missing (Debian/Ubuntu: apt-get install nmap-common): the length of default Discord answers is NOT measured.\n`,
  );
}

const context: InteractionContext = { knowledge: testKnowledge, replies: 'public' };

function ask(text: string): DiscordMessage {
  const result = answerInteraction({ kind: 'command', command: 'port', text }, context);
  if (result.type === 8 || result.type === 9) throw new Error('expected a message');
  return result.data;
}

function linesOf(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (sum, embed) =>
      sum +
      visibleLines(embed.title ?? '') +
      visibleLines(embed.description ?? '') +
      (embed.fields ?? []).reduce(
        (inner, field) => inner + visibleLines(field.name) + visibleLines(field.value),
        0,
      ),
    0,
  );
}

const customIds = (message: DiscordMessage) =>
  message.components.flatMap((row) =>
    row.components.map((button) => (button as { custom_id: string }).custom_id),
  );

describe('short Discord answers by default', () => {
  it.skipIf(nmapText === undefined)(
    `keeps every top-300 TCP port within ${SCREEN_LINES} visible lines`,
    () => {
      const ports = topPorts(parseNmapServices(nmapText ?? ''), 'tcp', 300).map((service) => service.port);
      expect(ports).toHaveLength(300);
      let largest = { port: 0, lines: 0 };
      for (const port of ports) {
        const message = ask(String(port));
        const lines = linesOf(message.embeds);
        expect(lines, String(port)).toBeLessThanOrEqual(SCREEN_LINES);
        if (lines > largest.lines) largest = { port, lines };
        // Commands for one OS, with buttons for the others.
        const ids = customIds(message);
        expect(
          ids.filter((id) => id.startsWith('os:')),
          String(port),
        ).toHaveLength(3);
      }
      console.info(`largest default answer: port ${largest.port}, ${largest.lines} visible lines`);
      expect(largest.lines).toBeGreaterThan(0);
    },
  );

  it('shows the first known uses in full, folds the rest, and offers everything a click away', () => {
    const message = ask('8080');
    const shown = JSON.stringify(message.embeds);
    expect(shown).toContain('Commands for Linux');
    expect(shown).not.toContain('Get-NetTCPConnection');
    expect(customIds(message)).toContain('all:linux:p8080');
    const click = answerInteraction({ kind: 'button', customId: 'all:linux:p8080' }, context);
    if (click.type !== 7) throw new Error('expected an update');
    expect(linesOf(click.data.embeds)).toBeGreaterThan(linesOf(message.embeds));
    const labels = click.data.components.flatMap((row) =>
      row.components.map((button) => (button as { label: string }).label),
    );
    expect(labels).not.toContain('Show everything');
    // In the full answer, another OS keeps the full detail.
    expect(customIds(click.data)).toContain('all:windows:p8080');
  });
});
