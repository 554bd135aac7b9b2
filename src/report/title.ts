/** One line that heads an answer: built from validated numbers and our own names only. */
import type { AnswerPart, PortPart } from './answer.js';

const MAX_TITLE = 150;

/**
 * A port's title: the verdict's lead, that is its first uses by prominence (or IANA's name when
 * nobody uses it). Every surface heads a port with this, so the CLI, Slack and Discord agree.
 *
 * @example portTitle(part) // "Port 443: HTTPS, HTTP/3, DNS over HTTPS"
 */
export function portTitle(part: PortPart): string {
  const lead = part.verdict.split(' · ')[0] ?? '';
  const suffix = part.transports.length === 1 ? `/${part.transports[0]}` : '';
  return `Port ${part.port}${suffix}: ${lead}`;
}

function titleOf(part: AnswerPart): string {
  switch (part.type) {
    case 'port':
      return portTitle(part);
    case 'range':
      return `Ports ${part.from}–${part.to}`;
    case 'service': {
      const ports = part.ports
        .slice(0, 3)
        .map((port) => (port.to !== undefined ? `${port.port}–${port.to}` : String(port.port)));
      const more = part.ports.length > 3 ? ', …' : '';
      return ports.length > 0
        ? `${part.name}: port${part.ports.length > 1 ? 's' : ''} ${ports.join(', ')}${more}`
        : part.name;
    }
    case 'topic':
      return part.title;
    case 'help':
      return 'How to ask portbot';
    case 'about':
      return `About portbot ${part.version}`;
    case 'product':
      return `${part.name}: ${part.firewall}`;
    case 'intent':
      return part.port === undefined
        ? INTENT_TITLES[part.intent]
        : `${INTENT_TITLES[part.intent]}: port ${part.port}`;
    case 'advice':
      return `Port ${part.port} for your own service: ${part.verdict.replace('-', ' ')}`;
    case 'suggestion':
      return part.asked ? `Free ports in ${part.from}–${part.to}` : 'Free ports for your own service';
    case 'range-summary':
      return `Ports ${part.from}–${part.to}`;
  }
}

const INTENT_TITLES: Record<Extract<AnswerPart, { type: 'intent' }>['intent'], string> = {
  stop: 'Stop what holds a port',
  'firewall-open': 'Open a port in the firewall',
  'firewall-close': 'Close a port in the firewall',
  reach: 'Test a port from another machine',
  'in-use': 'Address already in use',
  permission: 'Permission denied',
};

export function titleFor(parts: readonly AnswerPart[]): string {
  if (parts.length === 1 && parts[0]) return clip(titleOf(parts[0]));
  const ports = parts.filter((part) => part.type === 'port');
  if (ports.length === parts.length) return clip(`Ports ${ports.map((part) => part.port).join(', ')}`);
  return clip(
    parts
      .map(titleOf)
      .map((title) => title.split(':')[0])
      .join(' · '),
  );
}

function clip(text: string): string {
  return text.length <= MAX_TITLE ? text : `${text.slice(0, MAX_TITLE - 1)}…`;
}
