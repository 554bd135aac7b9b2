/**
 * Pure helpers for `npm run data:coverage`: parse nmap's port-frequency list (the `nmap-services`
 * format: `name<TAB>port/protocol<TAB>open-frequency[<TAB># comment]`), rank its ports, and measure
 * how many of the top ones a predicate covers. No I/O here, so the test can feed a tiny fixture.
 */

export type ScannedProtocol = 'tcp' | 'udp' | 'sctp';

export interface NmapService {
  /** nmap's service name; "unknown" when nmap has none for the port. */
  readonly name: string;
  readonly port: number;
  readonly protocol: ScannedProtocol;
  /** The share of scanned hosts that had the port open, 0–1. */
  readonly frequency: number;
}

const PROTOCOLS: readonly string[] = ['tcp', 'udp', 'sctp'];
const LINE = /^(\S+)\s+(\d+)\/([a-z]+)\s+([0-9.eE+-]+)(?:\s|$)/;

/** Every well-formed line; comments, blanks and lines it cannot read are skipped. */
export function parseNmapServices(text: string): NmapService[] {
  const services: NmapService[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const [, name, portText, protocol, frequencyText] = match;
    if (name === undefined || portText === undefined || protocol === undefined) continue;
    const port = Number(portText);
    const frequency = Number(frequencyText);
    if (!PROTOCOLS.includes(protocol) || port > 65535 || !Number.isFinite(frequency)) continue;
    services.push({ name, port, protocol: protocol as ScannedProtocol, frequency });
  }
  return services;
}

/** The `count` most often open ports of one protocol: highest frequency first, ties by port number. */
export function topPorts(
  services: readonly NmapService[],
  protocol: ScannedProtocol,
  count: number,
): NmapService[] {
  return services
    .filter((service) => service.protocol === protocol)
    .sort((a, b) => b.frequency - a.frequency || a.port - b.port)
    .slice(0, count);
}

/** True when nmap gives the port a real service name. */
export function isNamed(service: NmapService): boolean {
  return service.name !== 'unknown';
}

export interface CoverageShare {
  readonly total: number;
  readonly covered: number;
  /** Covered ÷ total as a percentage, rounded down to one decimal (100 only when nothing is missing). */
  readonly percent: number;
  /** Port numbers not covered, in rank order. */
  readonly missing: readonly number[];
}

export function measureCoverage(
  services: readonly NmapService[],
  isCovered: (service: NmapService) => boolean,
): CoverageShare {
  const missing = services.filter((service) => !isCovered(service)).map((service) => service.port);
  const total = services.length;
  const covered = total - missing.length;
  const percent = total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10;
  return { total, covered, percent, missing };
}
