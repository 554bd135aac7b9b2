/** "Which port does postgres use": the service, its ports, security notes and other meanings. */
import type { ServicePart, ServicePortFact } from '../../src/index.js';
import { DROP, EMBED_COLORS, spanText } from './embed-style.js';
import type { EmbedDraft, FieldDraft } from './fit-embeds.js';
import { plain } from './markdown.js';

/** Ports listed before "and N more". */
const MAX_PORT_LINES = 15;
const MAX_ALSO = 5;

function portLine(port: ServicePortFact): string {
  const where = `\`${spanText(port.port, port.to ?? port.port)}/${port.protocols.join('+')}\``;
  const role = port.role ? ` ${plain(port.role)}` : '';
  const usage =
    port.usage === 'unofficial' ? ' (unofficial)' : port.usage === 'convention' ? ' (by convention)' : '';
  const source = port.source === 'iana' ? ' (IANA registration)' : '';
  return `${where}${role}${usage}${source}`;
}

function portLines(ports: readonly ServicePortFact[]): string[] {
  const lines = ports.slice(0, MAX_PORT_LINES).map(portLine);
  if (ports.length > MAX_PORT_LINES) lines.push(`… and ${ports.length - MAX_PORT_LINES} more`);
  return lines;
}

export function serviceTitle(part: ServicePart): string {
  const ports = part.ports.slice(0, 3).map((port) => spanText(port.port, port.to ?? port.port));
  const unique = [...new Set(ports)];
  const more = part.ports.length > 3 ? ', …' : '';
  if (unique.length === 0) return part.name;
  return `${part.name}: port${unique.length > 1 || more ? 's' : ''} ${unique.join(', ')}${more}`;
}

function matchLine(part: ServicePart): string | undefined {
  if (part.matchedBy === 'fuzzy') return `Closest match for “${part.asked}”.`;
  if (part.matchedBy === 'synonym') return `“${part.asked}” is known as ${plain(part.name)}.`;
  return undefined;
}

function securityFields(part: ServicePart): FieldDraft[] {
  return part.knownUses
    .filter((use) => use.security)
    .map((use, index) => ({
      name: `⚠️ ${use.name}${use.role ? ` — ${use.role}` : ''}`,
      value: plain(use.security ?? ''),
      ...(index > 0 ? { drop: DROP.extraUses } : {}),
    }));
}

function alsoField(part: ServicePart): FieldDraft | undefined {
  if (part.also.length === 0) return undefined;
  const lines = part.also.slice(0, MAX_ALSO).map((meaning) => {
    const ports = meaning.ports.map((port) => spanText(port.port, port.to ?? port.port));
    const description = meaning.description ? ` — ${plain(meaning.description)}` : '';
    const source = meaning.source === 'iana' ? ' (IANA)' : '';
    return `**${plain(meaning.name)}**${source}: ${[...new Set(ports)].join(', ') || 'no port'}${description}`;
  });
  return { name: 'Other meanings of the name', value: lines.join('\n'), drop: DROP.moreNames };
}

export function renderService(part: ServicePart): EmbedDraft {
  const description = [
    matchLine(part),
    part.description ? plain(part.description) : undefined,
    portLines(part.ports).join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
  const fields = [...securityFields(part), alsoField(part)].filter(
    (field): field is FieldDraft => field !== undefined,
  );
  const security = part.knownUses.some((use) => use.security);
  return {
    title: serviceTitle(part),
    description: description || plain(part.name),
    fields,
    color: security ? EMBED_COLORS.security : EMBED_COLORS.answer,
  };
}
