/**
 * `npm run data:coverage [-- --json] [-- --file PATH]`: how well the curated known uses cover the
 * ports nmap finds open most often. nmap's frequency list is read at run time only (Debian and
 * Ubuntu ship it in the `nmap-common` package); portbot itself never needs it. Without the file
 * the script says so and exits 0.
 *
 * - Curated coverage: the top 300 TCP / top 100 UDP ports by open frequency that have a curated
 *   entry for that protocol (target 100%).
 * - Named coverage: the top 1000 TCP / top 200 UDP ports nmap gives a service name, covered by a
 *   curated entry or an IANA assignment for that protocol (target ≥ 98%).
 */
import { readFileSync } from 'node:fs';
import { createKnowledge } from '../src/knowledge/knowledge.js';
import {
  type CoverageShare,
  isNamed,
  measureCoverage,
  type NmapService,
  parseNmapServices,
  type ScannedProtocol,
  topPorts,
} from './nmap-services.js';

const DEFAULT_FILE = '/usr/share/nmap/nmap-services';
const CURATED_TARGET = 100;
const NAMED_TARGET = 98;

interface Options {
  json: boolean;
  file: string;
}

const USAGE = `Usage: npm run data:coverage -- [--json] [--file PATH]

  --json       machine-readable output
  --file PATH  nmap's port-frequency list (default ${DEFAULT_FILE}, from the nmap-common package)`;

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { json: false, file: DEFAULT_FILE };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--file') {
      const value = args[++index];
      if (value === undefined || value === '') return '--file needs a path';
      options.file = value;
    } else if (arg.startsWith('--file=')) options.file = arg.slice('--file='.length);
    else if (arg === '--help' || arg === '-h') return '';
    else return `unknown argument: ${arg}`;
  }
  return options;
}

function readList(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

interface Measure {
  readonly label: string;
  readonly protocol: ScannedProtocol;
  readonly top: number;
  readonly namedOnly: boolean;
  readonly target: number;
  readonly share: CoverageShare;
}

function main(): number {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed !== '') console.error(`data:coverage: ${parsed}`);
    console.error(USAGE);
    return parsed === '' ? 0 : 2;
  }
  const { json, file } = parsed;
  const text = readList(file);
  if (text === undefined) {
    const message = `nmap's port-frequency list was not found at ${file}; nothing to measure. Install it with \`apt-get install nmap-common\` (Debian/Ubuntu) or pass --file PATH.`;
    if (json) console.log(JSON.stringify({ available: false, file, message }, null, 2));
    else console.log(message);
    return 0;
  }
  const services = parseNmapServices(text);
  if (services.length === 0) {
    console.error(`data:coverage: no port lines found in ${file}; is it nmap-services?`);
    return 1;
  }

  const knowledge = createKnowledge();
  const curated = (service: NmapService): boolean =>
    knowledge.knownUsesFor(service.port).some((entry) => entry.protocols.includes(service.protocol));
  const assigned = (service: NmapService): boolean =>
    knowledge.registry
      .recordsFor(service.port)
      .some((record) => record.status === 'assigned' && record.transport === service.protocol);

  const measure = (protocol: ScannedProtocol, top: number, namedOnly: boolean): Measure => {
    const ranked = topPorts(services, protocol, top);
    const list = namedOnly ? ranked.filter(isNamed) : ranked;
    const share = measureCoverage(list, namedOnly ? (s) => curated(s) || assigned(s) : curated);
    const label = namedOnly
      ? `named ports in the top ${top} ${protocol.toUpperCase()}, curated or IANA`
      : `top ${top} ${protocol.toUpperCase()}, curated`;
    return { label, protocol, top, namedOnly, target: namedOnly ? NAMED_TARGET : CURATED_TARGET, share };
  };
  const measures = [
    measure('tcp', 300, false),
    measure('udp', 100, false),
    measure('tcp', 1000, true),
    measure('udp', 200, true),
  ];

  if (json) {
    console.log(
      JSON.stringify(
        {
          available: true,
          file,
          curatedEntries: knowledge.knownUses.length,
          measures: measures.map(({ label, protocol, top, namedOnly, target, share }) => ({
            label,
            protocol,
            top,
            namedOnly,
            target,
            met: share.percent >= target,
            ...share,
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }

  console.log(`Curated data coverage against nmap's port-frequency list (${file})`);
  console.log(`Curated entries: ${knowledge.knownUses.length}\n`);
  for (const { label, target, share } of measures) {
    const mark = share.percent >= target ? 'ok' : 'below target';
    console.log(
      `${label}: ${share.covered}/${share.total} = ${share.percent.toFixed(1)}% (target ${target === 100 ? '' : '≥ '}${target}%, ${mark})`,
    );
    if (share.missing.length > 0)
      console.log(`  missing (${share.missing.length}): ${share.missing.join(', ')}`);
  }
  return 0;
}

process.exitCode = main();
