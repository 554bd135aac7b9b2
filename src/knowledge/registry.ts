/**
 * Port → registry rows. One interface over the embedded data and an imported copy of IANA's
 * official registry, so answers never care which one they got.
 */
import type { DataSource, NameOnlyRecord, RegistryData, RegistryRecord } from './registry-record.js';

export interface Registry {
  readonly source: DataSource;
  /** Rows covering the port, single-port rows first, each group in registry order. */
  recordsFor(port: number): readonly RegistryRecord[];
  /** Every row, for building the names → ports index. */
  allRecords(): readonly RegistryRecord[];
  /** Service names the registry lists without a port. */
  nameOnlyRecords(): readonly NameOnlyRecord[];
}

/** Indexes already-validated registry data: a map for single ports, a short list for ranges. */
export function createRegistry(data: RegistryData): Registry {
  const singles = new Map<number, RegistryRecord[]>();
  const ranges: RegistryRecord[] = [];
  for (const record of data.records) {
    if (record.from === record.to) {
      const list = singles.get(record.from);
      if (list) list.push(record);
      else singles.set(record.from, [record]);
    } else {
      ranges.push(record);
    }
  }
  return {
    source: data.source,
    recordsFor: (port) => {
      const covering = ranges.filter((record) => port >= record.from && port <= record.to);
      const single = singles.get(port) ?? [];
      return covering.length === 0 ? single : [...single, ...covering];
    },
    allRecords: () => data.records,
    nameOnlyRecords: () => data.nameOnly,
  };
}
