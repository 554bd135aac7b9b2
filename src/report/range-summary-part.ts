/**
 * A range too large for a table (1–1023, 30000–32767, 49152–65535, 1–65535) as a summary: the
 * IANA classes it spans, the ephemeral ranges it overlaps, the notable ranges inside it, how many
 * of its ports IANA assigned, and the best-known uses inside it.
 */
import { z } from 'zod';
import type { Knowledge } from '../knowledge/knowledge.js';
import { portMapOf } from '../knowledge/port-map.js';
import { EPHEMERAL_RANGES } from '../port/ephemeral.js';
import { IANA_RANGES } from '../port/iana-ranges.js';
import { NOTABLE_RANGES } from '../port/notable-ranges.js';
import { type Transport, TransportSchema } from '../port/transport.js';

const Port = z.number().int().min(0).max(65535);
const Span = z.strictObject({ from: Port, to: Port });

/** Best-known uses listed in a summary. */
export const SUMMARY_USES = 10;

export const RangeSummaryPartSchema = z.strictObject({
  type: z.literal('range-summary'),
  from: Port,
  to: Port,
  count: z.number().int(),
  transports: z.array(TransportSchema),
  /** IANA's classes the range touches, with the part of each it covers. */
  ianaRanges: z.array(
    z.strictObject({ kind: z.enum(['system', 'user', 'dynamic']), from: Port, to: Port, overlap: Span }),
  ),
  /** Every OS's default ephemeral range that overlaps it, with the overlap. */
  ephemeral: z.array(
    z.strictObject({ os: z.string(), label: z.string(), from: Port, to: Port, overlap: Span }),
  ),
  /** Notable ranges (Kubernetes NodePort, X11, Windows RPC dynamic) that overlap it. */
  notableRanges: z.array(z.strictObject({ id: z.string(), label: z.string(), from: Port, to: Port })),
  /** Ports with an IANA assignment, per transport and on either. */
  assigned: z.strictObject({ tcp: z.number().int(), udp: z.number().int(), any: z.number().int() }),
  /** The most prominent curated single-port uses inside, one line per port. */
  topUses: z.array(z.strictObject({ port: Port, names: z.array(z.string()), security: z.boolean() })),
  /** Curated uses of a range that overlaps it (RTP media, Mosh). */
  rangeUses: z.array(z.strictObject({ name: z.string(), from: Port, to: Port })),
  /** Ports with at least one curated use inside. */
  usedPorts: z.number().int(),
});
export type RangeSummaryPart = z.infer<typeof RangeSummaryPartSchema>;

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
