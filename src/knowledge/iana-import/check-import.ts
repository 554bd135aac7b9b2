/**
 * Is a parsed copy of the registry complete enough to replace the data portbot has? A download cut
 * short at a record boundary still parses, so these checks look for what every real copy holds:
 * enough rows, the well-known assignments, and the last registered port.
 */

import type { RegistryData } from '../registry-record.js';
import type { RegistryImportError, RegistryImportStats } from './parse-iana-csv.js';

/** IANA's registry has ~14,500 rows; a copy with far fewer was cut short or is something else. */
export const DEFAULT_MIN_REGISTRY_ROWS = 10_000;

/** Rows every complete copy has, from its beginning to the end of its port rows. */
export const WELL_KNOWN_ROWS = [
  { port: 22, transport: 'tcp', name: 'ssh' },
  { port: 53, transport: 'udp', name: 'domain' },
  { port: 80, transport: 'tcp', name: 'http' },
  { port: 443, transport: 'tcp', name: 'https' },
  { port: 49151, transport: null, name: null },
] as const;

export interface RegistryImportCheckOptions {
  /** Fewest data rows accepted; DEFAULT_MIN_REGISTRY_ROWS unless a mirror or test says otherwise. */
  minRows?: number;
  /** Rows of the data it would replace: a copy with less than half of them is refused. */
  previousRows?: number;
}

const describeRow = (row: (typeof WELL_KNOWN_ROWS)[number]) =>
  `${row.port}/${row.transport ?? 'any'}${row.name ? ` ${row.name}` : ''}`;

function hasRow(data: RegistryData, row: (typeof WELL_KNOWN_ROWS)[number]): boolean {
  return data.records.some(
    (record) =>
      record.from === row.port &&
      record.to === row.port &&
      record.transport === row.transport &&
      (row.name === null || record.names[0] === row.name),
  );
}

/**
 * How many rows with a refused service name a copy may have and still be imported (those rows
 * left out): 1% of its rows, at least 10. IANA's own registry has none under the rule of
 * service-name.ts; a few can come from a hand-edited mirror, but many mean a damaged or foreign
 * file (shifted columns, another format), which must not replace the data at all.
 */
export function maxRefusedNames(rows: number): number {
  return Math.max(10, Math.floor(rows / 100));
}

const quoteName = (name: string) => JSON.stringify(name);

/** Undefined when the copy may replace the current data, else why not. */
export function checkRegistryImport(
  data: RegistryData,
  stats: RegistryImportStats,
  options: RegistryImportCheckOptions = {},
): RegistryImportError | undefined {
  const minRows = options.minRows ?? DEFAULT_MIN_REGISTRY_ROWS;
  if (stats.refused > maxRefusedNames(stats.rows)) {
    const examples = stats.refusedRows
      .slice(0, 3)
      .map((row) => `line ${row.line} ${quoteName(row.name)}`)
      .join(', ');
    return {
      code: 'bad_service_names',
      ...(stats.refusedRows[0] ? { line: stats.refusedRows[0].line } : {}),
      message: `${stats.refused} rows have service names IANA would not register (${examples}, …): a damaged file or not the registry`,
    };
  }
  if (stats.rows < minRows) {
    return {
      code: 'too_few_rows',
      message: `only ${stats.rows} rows, fewer than the ${minRows} a complete registry has (cut short?)`,
    };
  }
  const missing = WELL_KNOWN_ROWS.filter((row) => !hasRow(data, row));
  if (missing.length > 0) {
    return {
      code: 'missing_well_known',
      message: `rows every registry has are missing: ${missing.map(describeRow).join(', ')} (cut short?)`,
    };
  }
  if (options.previousRows !== undefined && stats.rows * 2 < options.previousRows) {
    return {
      code: 'shrunk',
      message: `${stats.rows} rows where the current data has ${options.previousRows} (cut short?)`,
    };
  }
  return undefined;
}
