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
 * - Korean share: the curated uses on the top 300 TCP / top 100 UDP ports, and all curated uses,
 *   whose every text (note, security note, tip) has its Korean version; and the product map's
 *   texts (summaries, port roles and notes) in Korean (target 100% for the top ports and products).
 */
import { readFileSync } from 'node:fs';
import { createKnowledge } from '../src/knowledge/knowledge.js';
import type { KnownUse } from '../src/knowledge/known-use.js';
import { type KoreanUseTexts, loadKoreanUseTexts, productPortKey } from '../src/knowledge/korean-texts.js';
import { loadProducts } from '../src/knowledge/load-products.js';
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

interface KoreanShare {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly percent: number;
  readonly target?: number;
  /** What has no Korean yet: use ids, or "product-id" / "product-id port". */
  readonly missing: string[];
}

function share(label: string, results: readonly [string, boolean][], target?: number): KoreanShare {
  const done = results.filter(([, ok]) => ok).length;
  const total = results.length;
  const percent = total === 0 ? 100 : Math.floor((done / total) * 1000) / 10;
  const missing = results.filter(([, ok]) => !ok).map(([id]) => id);
  return { label, done, total, percent, ...(target === undefined ? {} : { target }), missing };
}

/** Whether every text a use has (note, security note, tip) has its Korean version. */
function useInKorean(use: KnownUse, korean: KoreanUseTexts): boolean {
  const texts = korean.get(use.id);
  return (
    texts !== undefined &&
    (['note', 'security', 'tip'] as const).every(
      (field) => use[field] === undefined || texts[field] !== undefined,
    )
  );
}

function koreanShares(topUses: readonly KnownUse[], allUses: readonly KnownUse[], korean: KoreanUseTexts) {
  const products = korean.labels?.products;
  const productTexts: [string, boolean][] = loadProducts().flatMap((product) => {
    const texts = products?.get(product.id);
    return [
      [product.id, product.summary === undefined || texts?.summary !== undefined] as [string, boolean],
      ...product.ports.map((port): [string, boolean] => {
        const words = texts?.ports.get(productPortKey(port));
        return [
          `${product.id} ${productPortKey(port)}`,
          words?.role !== undefined && (port.note === undefined || words.note !== undefined),
        ];
      }),
    ];
  });
  return [
    share(
      'curated uses on the top 300 TCP / top 100 UDP ports with Korean texts',
      topUses.map((use) => [use.id, useInKorean(use, korean)]),
      100,
    ),
    share(
      'all curated uses with Korean texts',
      allUses.map((use) => [use.id, useInKorean(use, korean)]),
    ),
    share('product map texts (summaries, port roles and notes) in Korean', productTexts, 100),
  ];
}

async function main(): Promise<number> {
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
  const topUses = [
    ...new Set(
      [...topPorts(services, 'tcp', 300), ...topPorts(services, 'udp', 100)].flatMap((service) =>
        knowledge.knownUsesFor(service.port).filter((entry) => entry.protocols.includes(service.protocol)),
      ),
    ),
  ];
  const korean = koreanShares(topUses, knowledge.knownUses, await loadKoreanUseTexts());

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
          korean: korean.map((entry) => ({
            ...entry,
            met: entry.target === undefined || entry.percent >= entry.target,
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
  console.log('\nKorean');
  for (const entry of korean) {
    const target =
      entry.target === undefined
        ? ''
        : ` (target ${entry.target}%, ${entry.percent >= entry.target ? 'ok' : 'below target'})`;
    console.log(`${entry.label}: ${entry.done}/${entry.total} = ${entry.percent.toFixed(1)}%${target}`);
    if (entry.target !== undefined && entry.missing.length > 0)
      console.log(`  missing (${entry.missing.length}): ${entry.missing.join(', ')}`);
  }
  return 0;
}

process.exitCode = await main();
