/**
 * A range too large for a table (1–1023, 30000–32767, 49152–65535, 1–65535) as a summary: the
 * IANA classes it spans, the ephemeral ranges it overlaps, the notable ranges inside it, how many
 * of its ports IANA assigned, and the best-known uses inside it.
 */
import type { Knowledge } from '../knowledge/knowledge.js';
import { portMapOf } from '../knowledge/port-map.js';
import { EPHEMERAL_RANGES } from '../port/ephemeral.js';
import { IANA_RANGES } from '../port/iana-ranges.js';
import { NOTABLE_RANGES } from '../port/notable-ranges.js';
import type { Transport } from '../port/transport.js';
import type { RangeSummaryPart } from './next-parts-schema.js';

/** Best-known uses listed in a summary. */
export const SUMMARY_USES = 10;

const overlapOf = (a: { from: number; to: number }, from: number, to: number) =>
  a.from <= to && a.to >= from ? { from: Math.max(a.from, from), to: Math.min(a.to, to) } : undefined;

export function buildRangeSummaryPart(
  from: number,
  to: number,
  asked: readonly Transport[],
  knowledge: Knowledge,
): RangeSummaryPart {
  const map = portMapOf(knowledge);
  const ianaRanges = IANA_RANGES.flatMap((range) => {
    const overlap = overlapOf(range, from, to);
    return overlap ? [{ kind: range.kind, from: range.from, to: range.to, overlap }] : [];
  });
  const ephemeral = EPHEMERAL_RANGES.flatMap((range) => {
    const overlap = overlapOf(range, from, to);
    return overlap ? [{ os: range.os, label: range.label, from: range.from, to: range.to, overlap }] : [];
  });
  const notableRanges = NOTABLE_RANGES.filter((range) => overlapOf(range, from, to)).map((range) => ({
    id: range.id,
    label: range.label,
    from: range.from,
    to: range.to,
  }));
  const matches = (protocols: readonly Transport[]) =>
    asked.length === 0 || protocols.some((protocol) => asked.includes(protocol));
  const byPort = new Map<number, { names: string[]; security: boolean }>();
  const rangeUses: RangeSummaryPart['rangeUses'] = [];
  let usedPorts = 0;
  // knownUses is already most prominent first.
  for (const use of knowledge.knownUses) {
    if (!matches(use.protocols)) continue;
    if (use.to !== undefined) {
      if (use.port <= to && use.to >= from && rangeUses.length < SUMMARY_USES)
        if (!rangeUses.some((entry) => entry.name === use.name))
          rangeUses.push({ name: use.name, from: use.port, to: use.to });
      continue;
    }
    if (use.port < from || use.port > to) continue;
    const entry = byPort.get(use.port);
    if (entry) {
      if (!entry.names.includes(use.name)) entry.names.push(use.name);
      entry.security ||= use.security !== undefined;
    } else {
      usedPorts++;
      byPort.set(use.port, { names: [use.name], security: use.security !== undefined });
    }
  }
  const topUses = [...byPort.entries()]
    .slice(0, SUMMARY_USES)
    .map(([port, entry]) => ({ port, names: entry.names.slice(0, 3), security: entry.security }));
  return {
    type: 'range-summary',
    from,
    to,
    count: to - from + 1,
    transports: asked.length > 0 ? [...asked] : ['tcp', 'udp'],
    ianaRanges,
    ephemeral,
    notableRanges,
    assigned: {
      tcp: map.assignedCount(from, to, 'tcp'),
      udp: map.assignedCount(from, to, 'udp'),
      any: map.assignedCount(from, to, 'any'),
    },
    topUses,
    rangeUses,
    usedPorts,
  };
}
