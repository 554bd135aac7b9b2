/** A service name resolved to its ports ("postgres" → 5432/tcp), with its security notes. */
import type { ServicePart, ServicePortFact } from '../../../src/index.js';
import type { SlackBlock } from '../block-kit-limits.js';
import { clip, escapeMrkdwn } from '../escape.js';
import { code, packSections, withinBudget } from './blocks.js';
import type { Detail } from './detail.js';
import { knownUseName, rangeText, WARNING } from './labels.js';

function portSpec(port: ServicePortFact): string {
  const number = port.to !== undefined ? rangeText(port.port, port.to) : String(port.port);
  return port.protocols.length > 0 ? `${number}/${port.protocols.join('+')}` : number;
}

function portLine(port: ServicePortFact): string {
  const role = port.role ? ` ${escapeMrkdwn(port.role)}` : '';
  const source = port.source === 'iana' ? 'IANA' : escapeMrkdwn(port.usage ?? 'known use');
  return `• ${code(portSpec(port))}${role} _(${source})_`;
}

function matchedText(part: ServicePart): string {
  // `asked` is the core's plain-character form of what the user typed; it is escaped all the same.
  if (part.matchedBy === 'fuzzy') return ` _(you typed “${escapeMrkdwn(part.asked)}”)_`;
  return '';
}

function securityLines(part: ServicePart, count: number, length: number): string[] {
  return part.knownUses
    .filter((use) => use.security)
    .slice(0, count)
    .map(
      (use) => `${WARNING} ${knownUseName(use, false)}: ${escapeMrkdwn(clip(use.security ?? '', length))}`,
    );
}

function alsoLines(part: ServicePart, count: number): string[] {
  const also = part.also.slice(0, count).map((meaning) => {
    const ports =
      meaning.ports.length > 0 ? meaning.ports.slice(0, 4).map(portSpec).map(code).join(', ') : 'no port';
    const description = meaning.description ? ` ${escapeMrkdwn(clip(meaning.description, 100))}` : '';
    return `“${escapeMrkdwn(meaning.name)}”${description} (${ports})`;
  });
  const more = part.also.length > count ? ` and ${part.also.length - count} more` : '';
  return also.length > 0 ? [`_Also:_ ${also.join('; ')}${more}`] : [];
}

export function renderServicePart(part: ServicePart, detail: Detail): SlackBlock[] {
  const title = `*${escapeMrkdwn(part.name)}*${matchedText(part)}`;
  if (detail === 'brief') {
    const ports = withinBudget(part.ports.map(portSpec).map(code), 240, (left) => `+${left} more`);
    return packSections([`${title} — ${ports.join(', ') || 'no port'}`]);
  }
  const lines = [title];
  if (part.description) lines.push(escapeMrkdwn(clip(part.description, detail === 'full' ? 600 : 200)));
  const portBudget = detail === 'full' ? 1500 : 500;
  lines.push(...withinBudget(part.ports.map(portLine), portBudget, (left) => `_…and ${left} more ports_`));
  lines.push(...securityLines(part, detail === 'full' ? 4 : 2, detail === 'full' ? 400 : 200));
  lines.push(...alsoLines(part, detail === 'full' ? 4 : 2));
  return packSections(lines);
}
