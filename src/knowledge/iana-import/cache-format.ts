/**
 * The on-disk form of an imported registry, built so that the CLI, which reads it on every run,
 * pays a few milliseconds instead of a full `JSON.parse` of ~1 MB (measured at 12–16 ms in a cold
 * process, most of a run's budget). JSON Lines:
 *
 *   line 1        header: format, version, DataSource, import stats, counts, the range records
 *   next N lines  one record each, as an array, sorted by first port (registry order otherwise):
 *                 [from, to, transport|null, names[], description, status "a"|"r"|"u",
 *                  references[], registered, modified, unauthorizedUse, assignmentNotes]
 *                 (trailing empty fields are left off)
 *   next M lines  one name-only entry each: [name, transport|null, description]
 *
 * A lookup finds single-port records by binary search over the sorted lines and range records
 * from the header, and parses only those lines. Pure: the adapter reads the file (and checks its
 * integrity) and hands the text over.
 */
import type { Transport } from '../../port/transport.js';
import { fail, ok, type Result } from '../../result.js';
import type { Registry } from '../registry.js';
import type {
  DataSource,
  NameOnlyRecord,
  RegistryData,
  RegistryRecord,
  RegistryStatus,
} from '../registry-record.js';
import { ianaDataSource, isRegistryDate, type RegistryImportStats } from './parse-iana-csv.js';

export const REGISTRY_CACHE_FORMAT = 'portbot-iana-registry';
export const REGISTRY_CACHE_VERSION = 1;

const STATUS_CODE: Record<RegistryStatus, 'a' | 'r' | 'u'> = {
  assigned: 'a',
  reserved: 'r',
  unassigned: 'u',
};

type CompactRecord = (string | number | null | string[])[];
type RangeEntry = [from: number, to: number, index: number];

interface CacheHeader {
  format: typeof REGISTRY_CACHE_FORMAT;
  version: typeof REGISTRY_CACHE_VERSION;
  source: DataSource;
  stats: RegistryImportStats;
  records: number;
  nameOnly: number;
  ranges: RangeEntry[];
}

function toCompact(record: RegistryRecord): CompactRecord {
  const row: CompactRecord = [
    record.from,
    record.to,
    record.transport,
    record.names,
    record.description,
    STATUS_CODE[record.status],
    record.references ?? [],
    record.registered ?? '',
    record.modified ?? '',
    record.unauthorizedUse ?? '',
    record.assignmentNotes ?? '',
  ];
  // Bounded by the row's fixed length.
  while (row.length > 6) {
    const last = row.at(-1);
    if (last === '' || (Array.isArray(last) && last.length === 0)) row.pop();
    else break;
  }
  return row;
}

/**
 * Cache text for the data. Records are sorted by first port (a stable sort, so IANA's order within
 * a port is kept); IANA's own order is already by port, so this changes nothing for a real copy.
 */
export function encodeRegistryCache(data: RegistryData, stats: RegistryImportStats): string {
  const records = data.records.toSorted((a, b) => a.from - b.from);
  const ranges: RangeEntry[] = [];
  for (const [index, record] of records.entries())
    if (record.from !== record.to) ranges.push([record.from, record.to, index]);
  const header: CacheHeader = {
    format: REGISTRY_CACHE_FORMAT,
    version: REGISTRY_CACHE_VERSION,
    source: data.source,
    stats,
    records: records.length,
    nameOnly: data.nameOnly.length,
    ranges,
  };
  const lines = [
    JSON.stringify(header),
    ...records.map((record) => JSON.stringify(toCompact(record))),
    ...data.nameOnly.map((entry) => JSON.stringify([entry.name, entry.transport, entry.description])),
  ];
  return `${lines.join('\n')}\n`;
}

export type RegistryCacheErrorCode = 'not_json' | 'wrong_format' | 'newer_format' | 'bad_record';

export type RegistryCacheResult = Result<
  { registry: Registry; stats: RegistryImportStats },
  { code: RegistryCacheErrorCode; message: string }
>;

type OptionalTextKey = 'registered' | 'modified' | 'unauthorizedUse' | 'assignmentNotes';
const OPTIONAL_TEXT: readonly OptionalTextKey[] = [
  'registered',
  'modified',
  'unauthorizedUse',
  'assignmentNotes',
];

const isTransportOrNull = (value: unknown): value is Transport | null =>
  value === null || value === 'tcp' || value === 'udp' || value === 'sctp' || value === 'dccp';

function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

const isPortPair = (from: unknown, to: unknown): boolean =>
  typeof from === 'number' &&
  typeof to === 'number' &&
  Number.isInteger(from) &&
  Number.isInteger(to) &&
  from >= 0 &&
  from <= to &&
  to <= 65535;

function statusOf(code: unknown): RegistryStatus | undefined {
  if (code === 'a') return 'assigned';
  if (code === 'r') return 'reserved';
  return code === 'u' ? 'unassigned' : undefined;
}

/** A compact record → RegistryRecord, or undefined when its shape is wrong. */
function toRecord(row: unknown): RegistryRecord | undefined {
  if (!Array.isArray(row) || row.length < 6 || row.length > 11) return undefined;
  const [from, to, transport, names, description, status, references] = row as unknown[];
  const statusName = statusOf(status);
  if (!isPortPair(from, to) || !isTransportOrNull(transport) || !isStringList(names)) return undefined;
  if (typeof description !== 'string' || statusName === undefined) return undefined;
  if (references !== undefined && !isStringList(references)) return undefined;
  const record: RegistryRecord = {
    from: from as number,
    to: to as number,
    transport,
    names,
    description,
    status: statusName,
  };
  if (references !== undefined && references.length > 0) record.references = references;
  for (let at = 7; at < row.length; at++) {
    const text: unknown = row[at];
    if (typeof text !== 'string') return undefined;
    if (text !== '') record[OPTIONAL_TEXT[at - 7] as OptionalTextKey] = text;
  }
  return record;
}

function toNameOnly(row: unknown): NameOnlyRecord | undefined {
  if (!Array.isArray(row) || row.length !== 3) return undefined;
  const [name, transport, description] = row as unknown[];
  if (typeof name !== 'string' || name === '' || typeof description !== 'string') return undefined;
  return isTransportOrNull(transport) ? { name, transport, description } : undefined;
}

/** Offsets where each line starts; the text ends with a line break. */
function lineStarts(text: string): number[] {
  const starts: number[] = [];
  // Each turn moves past one line break, so the loop ends at the end of the text.
  for (let at = 0; at < text.length; ) {
    starts.push(at);
    const end = text.indexOf('\n', at);
    if (end === -1) break;
    at = end + 1;
  }
  return starts;
}

function parseLine(text: string, starts: readonly number[], line: number): unknown {
  const start = starts[line] ?? text.length;
  const end = (starts[line + 1] ?? text.length + 1) - 1;
  try {
    return JSON.parse(text.slice(start, end));
  } catch {
    return undefined;
  }
}

interface Layout {
  text: string;
  starts: number[];
  header: CacheHeader;
}

/** First port of record `index`, read from the digits after "[" without parsing the line. */
function firstPortAt(layout: Layout, index: number): number {
  const start = (layout.starts[index + 1] ?? 0) + 1;
  return Number.parseInt(layout.text.slice(start, start + 6), 10);
}

/** Index of the first record whose first port is ≥ port (binary search: records are sorted). */
function lowerBound(layout: Layout, port: number): number {
  let low = 0;
  let high = layout.header.records;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (firstPortAt(layout, middle) < port) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A Registry over the cache lines, same answers and ordering as `createRegistry`: records become
 * objects when first asked for and are kept. A line that no longer parses is left out rather than
 * failing an answer (the adapter checks the file's integrity before opening it).
 */
function createCacheRegistry(layout: Layout): Registry {
  const { header } = layout;
  const built = new Map<number, RegistryRecord | undefined>();
  const recordAt = (index: number): RegistryRecord | undefined => {
    if (!built.has(index)) built.set(index, toRecord(parseLine(layout.text, layout.starts, index + 1)));
    return built.get(index);
  };
  const present = (record: RegistryRecord | undefined): record is RegistryRecord => record !== undefined;
  let all: RegistryRecord[] | undefined;
  let nameOnly: NameOnlyRecord[] | undefined;
  return {
    source: statedSource(header.source),
    recordsFor(port) {
      const singles: number[] = [];
      // Bounded: stops at the first record of a later port or at the end.
      for (let index = lowerBound(layout, port); index < header.records; index++) {
        if (firstPortAt(layout, index) !== port) break;
        singles.push(index);
      }
      const covering = header.ranges.filter(([from, to]) => port >= from && port <= to).map(([, , at]) => at);
      const single = singles.map(recordAt).filter(present);
      return [...single.filter((record) => record.to === port), ...covering.map(recordAt).filter(present)];
    },
    allRecords() {
      // Line by line: measured no slower than one JSON.parse over the joined lines.
      all ??= Array.from({ length: header.records }, (_, index) => recordAt(index)).filter(present);
      return all;
    },
    nameOnlyRecords() {
      nameOnly ??= Array.from({ length: header.nameOnly }, (_, index) =>
        toNameOnly(parseLine(layout.text, layout.starts, 1 + header.records + index)),
      ).filter((entry): entry is NameOnlyRecord => entry !== undefined);
      return nameOnly;
    },
  };
}

/**
 * The source as answers state it now. Caches written before the label carried the registry's own
 * date said the day of the import ("IANA registry, updated <import day>"); their `version` holds
 * the registry's date, so the label is stated again from it.
 */
function statedSource(source: DataSource): DataSource {
  if (source.kind !== 'iana' || !source.updated) return source;
  const registryDate = source.version && isRegistryDate(source.version) ? source.version : undefined;
  return ianaDataSource(source.updated, registryDate);
}

const refuse = (code: RegistryCacheErrorCode, message: string) => fail({ code, message });

function isDataSource(value: unknown): value is DataSource {
  if (typeof value !== 'object' || value === null) return false;
  const source = value as Record<string, unknown>;
  const optional = (key: string) => source[key] === undefined || typeof source[key] === 'string';
  return (
    source.kind === 'iana' && typeof source.label === 'string' && optional('version') && optional('updated')
  );
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

function isRangeList(value: unknown, records: number): value is RangeEntry[] {
  if (!Array.isArray(value)) return false;
  return value.every(
    (entry) =>
      Array.isArray(entry) &&
      entry.length === 3 &&
      isPortPair(entry[0], entry[1]) &&
      isCount(entry[2]) &&
      entry[2] < records,
  );
}

function checkHeader(value: unknown): CacheHeader | RegistryCacheResult {
  if (typeof value !== 'object' || value === null)
    return refuse('wrong_format', 'not a portbot registry file');
  const header = value as Record<string, unknown>;
  if (header.format !== REGISTRY_CACHE_FORMAT) return refuse('wrong_format', 'not a portbot registry file');
  if (header.version !== REGISTRY_CACHE_VERSION) {
    return refuse('newer_format', `written in format ${String(header.version)}; this portbot reads format 1`);
  }
  const stats = header.stats as Partial<RegistryImportStats> | undefined;
  const sound =
    isDataSource(header.source) &&
    isCount(stats?.rows) &&
    isCount(header.records) &&
    isCount(header.nameOnly) &&
    isRangeList(header.ranges, header.records);
  return sound ? (header as unknown as CacheHeader) : refuse('wrong_format', 'its header is damaged');
}

/**
 * Opens cache text as a Registry: checks the header and that every line it announces is there
 * (a file cut short is refused whole, so the caller can fall back to the embedded data).
 * @example
 * const opened = openRegistryCache(text);
 * const registry = opened.ok ? opened.value.registry : createEmbeddedRegistry();
 */
export function openRegistryCache(text: string): RegistryCacheResult {
  const starts = lineStarts(text);
  const header = checkHeader(parseLine(text, starts, 0));
  if ('ok' in header) return header;
  const expected = 1 + header.records + header.nameOnly;
  if (starts.length !== expected || !text.endsWith('\n')) {
    return refuse('bad_record', `it has ${starts.length} lines where its header announces ${expected}`);
  }
  const layout: Layout = { text, starts, header };
  // The first and last records are checked now, so a file with the wrong layout is caught at open.
  const ends = header.records === 0 ? [] : [0, header.records - 1];
  for (const index of ends) {
    if (
      toRecord(parseLine(text, starts, index + 1)) === undefined ||
      Number.isNaN(firstPortAt(layout, index))
    )
      return refuse('bad_record', `record ${index + 1} is damaged`);
  }
  return ok({ registry: createCacheRegistry(layout), stats: header.stats });
}
