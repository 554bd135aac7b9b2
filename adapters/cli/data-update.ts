/**
 * `portbot data update [--from FILE]`: imports IANA's official port registry into the per-user
 * cache that answers then prefer over the embedded data. Prints what it imported; on any failure it
 * says why, keeps the current data and returns exit code 1.
 */
import { createEmbeddedRegistry, type RegistryImportStats } from '../../src/index.js';
import {
  ensureDataDir,
  importRegistryFile,
  readCachedRegistry,
  readRegistrySettings,
  readStoredDownload,
  type UpdateOutcome,
  updateRegistryFromUrl,
} from '../shared/registry/index.js';

export interface DataUpdateIo {
  env: Record<string, string | undefined>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** The download's fetch (tests and proxies); the global one otherwise. */
  fetch?: typeof fetch;
}

export const DATA_UPDATE_USAGE = `Usage: portbot data update [--from FILE]

Downloads IANA's Service Name and Transport Protocol Port Number Registry (CSV) and stores it
in portbot's cache; answers then use it instead of the embedded data and say how old it is.

Options:
  --from FILE   import a local copy of the CSV instead of downloading it
  -h, --help    show this help

Environment:
  PORTBOT_REGISTRY_URL   where to download from (default: IANA's official CSV); https, or plain
                         http to a loopback host (127.0.0.1, ::1, localhost) only
  PORTBOT_DATA_DIR       the cache directory (default: $XDG_CACHE_HOME/portbot or ~/.cache/portbot)`;

type Command =
  | { kind: 'help' }
  | { kind: 'download' }
  | { kind: 'file'; file: string }
  | { kind: 'bad'; problem: string };

/** Reads the arguments after `data update`. */
export function parseDataUpdateArgs(args: readonly string[]): Command {
  let file: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--from' || arg.startsWith('--from=')) {
      const value = arg === '--from' ? args[++index] : arg.slice('--from='.length);
      if (!value) return { kind: 'bad', problem: '--from needs a file: portbot data update --from FILE' };
      if (file !== undefined) return { kind: 'bad', problem: '--from is given twice' };
      file = value;
      continue;
    }
    return { kind: 'bad', problem: `unknown argument "${arg.slice(0, 40)}"` };
  }
  return file === undefined ? { kind: 'download' } : { kind: 'file', file };
}

const count = (value: number) => value.toLocaleString('en-US');

function describeImport(stats: RegistryImportStats): string[] {
  return [
    `  ${count(stats.rows)} rows → ${count(stats.records)} port records (${count(stats.multiName)} with aliases)`,
    `  ${count(stats.ports)} ports with a service, ${count(stats.ranges)} ranges, ${count(stats.names)} service names (${count(stats.nameOnly)} without a port)`,
    `  ${count(stats.unauthorizedUseRows)} rows report unauthorized use${stats.skipped > 0 ? `; ${count(stats.skipped)} rows with an unknown protocol left out` : ''}`,
    ...(stats.newest ? [`  newest registration or change in the file: ${stats.newest}`] : []),
    ...(stats.historicalNames > 0
      ? [
          `  ${count(stats.historicalNames)} service names from before RFC 6335 kept as IANA lists them (with _ . / + or *)`,
        ]
      : []),
    ...describeRefused(stats),
  ];
}

/** Rows left out for their service name, each with its line, so the file can be checked. */
function describeRefused(stats: RegistryImportStats): string[] {
  if (stats.refused === 0) return [];
  const listed = stats.refusedRows.map(
    // JSON quoting shows control characters as escapes, never raw on the terminal.
    (row) => `    line ${row.line} ${JSON.stringify(row.name)}: ${row.reason}`,
  );
  const more = stats.refused - stats.refusedRows.length;
  return [
    `  ${count(stats.refused)} rows left out for a service name IANA would not register:`,
    ...listed,
    ...(more > 0 ? [`    … and ${count(more)} more`] : []),
  ];
}

/** The data answers use right now, for "kept the current data: …". */
function currentLabel(dataDir: string): string {
  const current = readCachedRegistry(dataDir);
  return current.status === 'ok' ? current.registry.source.label : createEmbeddedRegistry().source.label;
}

function report(outcome: UpdateOutcome, dataDir: string, from: string, io: DataUpdateIo): number {
  if (outcome.status === 'updated') {
    io.stdout(`Imported IANA's port registry from ${from}:`);
    for (const line of describeImport(outcome.stats)) io.stdout(line);
    io.stdout(`Saved to ${outcome.file}`);
    io.stdout(`Answers now say: "${outcome.source.label}".`);
    return 0;
  }
  if (outcome.status === 'not-modified') {
    io.stdout(`The registry has not changed since the last download; kept ${currentLabel(dataDir)}.`);
    return 0;
  }
  io.stderr(`portbot data update: ${outcome.reason}`);
  io.stderr(`Kept the current data: ${currentLabel(dataDir)}.`);
  return 1;
}

/**
 * Runs `portbot data update`; `args` are the words after "data update". Returns the exit code.
 * @example
 * process.exitCode = await runDataUpdate(argv.slice(2), {
 *   env: process.env,
 *   stdout: (line) => console.log(line),
 *   stderr: (line) => console.error(line),
 * });
 */
export async function runDataUpdate(args: string[], io: DataUpdateIo): Promise<number> {
  const command = parseDataUpdateArgs(args);
  if (command.kind === 'help') {
    io.stdout(DATA_UPDATE_USAGE);
    return 0;
  }
  if (command.kind === 'bad') {
    io.stderr(`portbot data update: ${command.problem}`);
    io.stderr('Try: portbot data update --help');
    return 1;
  }
  const read = readRegistrySettings(io.env);
  if (!read.ok) {
    io.stderr(
      `portbot data update: the environment has problems:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 1;
  }
  const { settings } = read;
  // Before any download or read: a data directory that cannot be written makes both pointless.
  const unusable = await ensureDataDir(settings.dataDir);
  if (unusable) {
    io.stderr(`portbot data update: ${unusable.reason}`);
    io.stderr('Set PORTBOT_DATA_DIR to a directory portbot can write to. Kept the current data.');
    return 1;
  }
  const target = { dataDir: settings.dataDir, minRows: settings.minRows };
  if (command.kind === 'file') {
    return report(await importRegistryFile(command.file, target), settings.dataDir, command.file, io);
  }
  io.stdout(`Downloading ${settings.url} …`);
  // A manual update always takes a fresh copy, so "updated <date>" means what it says.
  const outcome = await updateRegistryFromUrl({
    ...target,
    url: settings.url,
    conditional: false,
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
  return report(outcome, settings.dataDir, settings.url, io);
}

/**
 * `portbot data status`: which data answers now, the registry's own date, when it was imported
 * and where it is. Exit 0, or 1 when the environment is wrong.
 */
export async function runDataStatus(io: DataUpdateIo): Promise<number> {
  const read = readRegistrySettings(io.env);
  if (!read.ok) {
    io.stderr(
      `portbot data status: the environment has problems:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 1;
  }
  const { dataDir, url } = read.settings;
  const cached = readCachedRegistry(dataDir);
  if (cached.status !== 'ok') {
    io.stdout(`Answers use: ${createEmbeddedRegistry().source.label}`);
    io.stdout(
      cached.status === 'missing'
        ? `  no imported registry in ${dataDir}; run "portbot data update" to import IANA's`
        : `  the imported registry at ${cached.file} is not used: ${cached.reason}`,
    );
    return 0;
  }
  const source = cached.registry.source;
  const download = await readStoredDownload(dataDir, url, cached.sha256);
  io.stdout(`Answers use: ${source.label}`);
  io.stdout(
    `  the registry's own date (its newest registration or change): ${source.version ?? 'none in the file'}`,
  );
  io.stdout(
    download?.fetchedAt
      ? `  downloaded from ${url} at ${download.fetchedAt}`
      : `  imported on ${source.updated ?? 'an unknown day'}`,
  );
  io.stdout(`  ${count(cached.stats.rows)} rows, stored in ${cached.file}`);
  return 0;
}
