/** A compact per-port table for a range question ("8000-8010"). */
import type { Knowledge } from '../knowledge/knowledge.js';
import { classifyIanaRange, IANA_RANGES } from '../port/iana-ranges.js';
import { toPort } from '../port/port-number.js';
import type { Transport } from '../port/transport.js';
import type { RangePart, RangeRow } from './answer.js';
import { assignmentFor } from './port-part.js';

export function buildRangePart(
  from: number,
  to: number,
  asked: readonly Transport[],
  knowledge: Knowledge,
): RangePart {
  const transports: Transport[] = asked.length > 0 ? [...asked] : ['tcp', 'udp'];
  const rows: RangeRow[] = [];
  const registryRanges = new Map<string, RangePart['registryRanges'][number]>();
  for (let port = from; port <= to; port++) {
    const range = classifyIanaRange(toPort(port));
    const records = knowledge.registry.recordsFor(port);
    for (const record of records) {
      if (record.from === record.to || record.status !== 'assigned') continue;
      const key = `${record.from}-${record.to}/${record.transport}`;
      registryRanges.set(key, {
        from: record.from,
        to: record.to,
        transport: record.transport,
        names: [...record.names],
        description: record.description,
      });
    }
    const assignments = transports.map((transport) => assignmentFor(transport, records, range));
    const names: RangeRow['names'] = {};
    for (const assignment of assignments) {
      const name = assignment.services[0]?.name;
      if (name) names[assignment.transport] = name;
    }
    const uses = knowledge
      .knownUsesFor(port)
      .filter(
        (use) => use.to === undefined && (asked.length === 0 || use.protocols.some((p) => asked.includes(p))),
      );
    rows.push({
      port,
      iana:
        assignments.find((assignment) => assignment.status === 'assigned')?.status ??
        assignments[0]?.status ??
        'unassigned',
      names,
      knownUses: [...new Set(uses.map((use) => (use.role ? `${use.name} (${use.role})` : use.name)))],
      security: uses.some((use) => use.security !== undefined),
    });
  }
  return {
    type: 'range',
    from,
    to,
    transports,
    ianaRanges: IANA_RANGES.filter((range) => range.from <= to && range.to >= from),
    registryRanges: [...registryRanges.values()],
    rows,
  };
}

/** Rows grouped so that runs of ports with nothing on them print as one line ("8003–8007: —"). */
export type RangeRowGroup =
  | { kind: 'row'; row: RangeRow }
  | { kind: 'empty'; from: number; to: number; iana: RangeRow['iana'] };

export function groupRangeRows(rows: readonly RangeRow[]): RangeRowGroup[] {
  const groups: RangeRowGroup[] = [];
  for (const row of rows) {
    const empty = Object.keys(row.names).length === 0 && row.knownUses.length === 0;
    const last = groups.at(-1);
    if (empty && last?.kind === 'empty' && last.iana === row.iana && last.to === row.port - 1)
      last.to = row.port;
    else if (empty) groups.push({ kind: 'empty', from: row.port, to: row.port, iana: row.iana });
    else groups.push({ kind: 'row', row });
  }
  return groups;
}
