/**
 * Port advice, as a senior engineer gives it: "is 5000 a good port for my app?" gets a verdict
 * (good choice / think twice / avoid) with its reasons, and "suggest a port" a deterministic list
 * of candidates with the rule that chose them. Reasons are codes with numbers and names as
 * parameters; the presentation words them in the reader's language.
 */
import type { Knowledge } from '../knowledge/knowledge.js';
import { PORT_FLAG, portMapOf } from '../knowledge/port-map.js';
import { EPHEMERAL_RANGES } from '../port/ephemeral.js';
import { classifyIanaRange } from '../port/iana-ranges.js';
import { NOTABLE_RANGES } from '../port/notable-ranges.js';
import type { Port } from '../port/port-number.js';
import type { Transport } from '../port/transport.js';
import type { AdvicePart, AdviceReason, SuggestionPart } from './next-parts-schema.js';

/** The ephemeral ranges that decide a verdict: what Linux, Windows and macOS hand out by default. */
const MAIN_EPHEMERAL = EPHEMERAL_RANGES.filter((range) => ['linux', 'windows', 'macos'].includes(range.os));
const BSD_EPHEMERAL = EPHEMERAL_RANGES.filter((range) => ['freebsd', 'openbsd'].includes(range.os));
/** Notable ranges that make a listening port collide (the privileged range is its own reason). */
const NOTABLE_FOR_ADVICE = NOTABLE_RANGES.filter((range) => range.id !== 'linux-privileged');

/** A curated use this prominent, as its software's default, makes the port taken. */
const TAKEN_PROMINENCE = 80;
export const SUGGESTION_COUNT = 8;
export const DEFAULT_SUGGEST_FROM = 1024;
/** Below Linux's ephemeral range, the lowest of the three main systems'. */
export const DEFAULT_SUGGEST_TO = 32767;

/**
 * Why a port would not be suggested, or 0 when it would: a system port, in a main OS's ephemeral
 * range, assigned or reserved by IANA, used by curated software, in a notable range.
 */
function exclusion(port: number, flags: Uint8Array): keyof SuggestionPart['excluded'] | null {
  if (port < 1024) return 'system';
  if (MAIN_EPHEMERAL.some((range) => port >= range.from && port <= range.to)) return 'ephemeral';
  const flag = flags[port] as number;
  if ((flag & (PORT_FLAG.tcp | PORT_FLAG.udp | PORT_FLAG.other)) !== 0) return 'assigned';
  if ((flag & (PORT_FLAG.use | PORT_FLAG.inRange)) !== 0) return 'curated';
  if (NOTABLE_FOR_ADVICE.some((range) => port >= range.from && port <= range.to)) return 'notable';
  return null;
}

/**
 * Candidates in `from`–`to`, rounder numbers first (easier to remember and to spot in a config),
 * then ascending: multiples of 1000, of 100, of 10, then the rest. Deterministic.
 */
function pickCandidates(from: number, to: number, flags: Uint8Array, count: number, near?: number): number[] {
  const chosen: number[] = [];
  const taken = new Set<number>();
  for (const step of [1000, 100, 10, 1]) {
    const start = Math.ceil(from / step) * step;
    const ports: number[] = [];
    for (let port = start; port <= to; port += step) ports.push(port);
    if (near !== undefined) ports.sort((a, b) => Math.abs(a - near) - Math.abs(b - near) || a - b);
    for (const port of ports) {
      if (chosen.length >= count) return ascending(chosen);
      if (taken.has(port) || exclusion(port, flags) !== null) continue;
      taken.add(port);
      chosen.push(port);
    }
  }
  return ascending(chosen);
}

const ascending = (ports: number[]) => ports.sort((a, b) => a - b);

/**
 * @example buildSuggestionPart(knowledge, 8000, 8100).candidates // free ports of 8000–8100, roundest first
 */
const REASONS = ['system', 'ephemeral', 'assigned', 'curated', 'notable'] as const;

/** Per reason, how many ports below each port it excludes: counts over any range in O(1). */
const exclusionCounts = new WeakMap<Uint8Array, Record<(typeof REASONS)[number], Int32Array>>();

function countsOf(flags: Uint8Array): Record<(typeof REASONS)[number], Int32Array> {
  let counts = exclusionCounts.get(flags);
  if (!counts) {
    const built = Object.fromEntries(REASONS.map((reason) => [reason, new Int32Array(65537)])) as Record<
      (typeof REASONS)[number],
      Int32Array
    >;
    for (let port = 0; port <= 65535; port++) {
      const reason = exclusion(port, flags);
      for (const key of REASONS)
        built[key][port + 1] = (built[key][port] as number) + (reason === key ? 1 : 0);
    }
    exclusionCounts.set(flags, built);
    counts = built;
  }
  return counts;
}

export function buildSuggestionPart(knowledge: Knowledge, from?: number, to?: number): SuggestionPart {
  const asked = from !== undefined && to !== undefined;
  const low = asked ? from : DEFAULT_SUGGEST_FROM;
  const high = asked ? to : DEFAULT_SUGGEST_TO;
  const { flags } = portMapOf(knowledge);
  const counts = countsOf(flags);
  const excluded = { system: 0, ephemeral: 0, assigned: 0, curated: 0, notable: 0 };
  for (const reason of REASONS)
    excluded[reason] = (counts[reason][high + 1] as number) - (counts[reason][low] as number);
  const candidates = pickCandidates(low, high, flags, SUGGESTION_COUNT);
  const part: SuggestionPart = { type: 'suggestion', from: low, to: high, asked, candidates, excluded };
  if (candidates.length === 0) {
    // Widen around the asked range within the ports a service can use everywhere.
    const widerFrom = Math.max(DEFAULT_SUGGEST_FROM, Math.min(low, DEFAULT_SUGGEST_TO) - 1000);
    const widerTo = Math.min(DEFAULT_SUGGEST_TO, Math.max(high, DEFAULT_SUGGEST_FROM) + 1000);
    part.wider =
      widerFrom <= widerTo && (widerFrom < low || widerTo > high)
        ? { from: widerFrom, to: widerTo }
        : { from: DEFAULT_SUGGEST_FROM, to: DEFAULT_SUGGEST_TO };
  }
  return part;
}

function osesContaining(port: number, ranges: typeof EPHEMERAL_RANGES): string[] {
  return ranges.filter((range) => port >= range.from && port <= range.to).map((range) => range.os);
}

/**
 * @example buildAdvicePart(5000, [], knowledge).verdict // 'think-twice' (AirPlay on macOS, Flask, Synology)
 */
export function buildAdvicePart(port: Port, asked: readonly Transport[], knowledge: Knowledge): AdvicePart {
  const reasons: AdviceReason[] = [];
  const range = classifyIanaRange(port);
  if (port === 0) reasons.push({ code: 'port-zero', weight: 'avoid' });
  else if (range.kind === 'system') reasons.push({ code: 'system', weight: 'avoid' });
  if (range.kind === 'dynamic') reasons.push({ code: 'dynamic', weight: 'avoid' });
  const main = osesContaining(port, MAIN_EPHEMERAL);
  if (main.length > 0) reasons.push({ code: 'ephemeral', weight: 'avoid', names: main });
  const bsd = osesContaining(port, BSD_EPHEMERAL);
  if (bsd.length > 0) reasons.push({ code: 'ephemeral-bsd', weight: 'info', names: bsd });
  const records = knowledge.registry
    .recordsFor(port)
    .filter((record) => asked.length === 0 || record.transport === null || asked.includes(record.transport));
  const assigned = [
    ...new Set(
      records
        .filter((record) => record.status === 'assigned' && record.names.length > 0)
        .map((r) => r.names[0] as string),
    ),
  ];
  if (assigned.length > 0) reasons.push({ code: 'assigned', weight: 'caution', names: assigned.slice(0, 3) });
  else if (records.some((record) => record.status === 'reserved'))
    reasons.push({ code: 'reserved', weight: 'caution' });
  else if (port !== 0 && range.kind !== 'dynamic') reasons.push({ code: 'unassigned', weight: 'good' });
  const uses = knowledge
    .knownUsesFor(port)
    .filter((use) => use.to === undefined)
    .filter((use) => asked.length === 0 || use.protocols.some((protocol) => asked.includes(protocol)));
  if (uses.length > 0) {
    const taken = uses.some((use) => use.prominence >= TAKEN_PROMINENCE && use.usage !== 'unofficial');
    reasons.push({
      code: 'collision',
      weight: taken ? 'avoid' : 'caution',
      names: [...new Set(uses.map((use) => use.name))].slice(0, 4),
    });
  } else if (port !== 0) reasons.push({ code: 'no-uses', weight: 'good' });
  const risky = [...new Set(uses.filter((use) => use.security).map((use) => use.name))];
  if (risky.length > 0) reasons.push({ code: 'security', weight: 'caution', names: risky.slice(0, 3) });
  for (const notable of NOTABLE_FOR_ADVICE)
    if (port >= notable.from && port <= notable.to && range.kind !== 'dynamic')
      reasons.push({ code: 'notable', weight: 'caution', names: [notable.id] });
  if (port >= 1024) reasons.push({ code: 'windows-excluded', weight: 'info' });
  const verdict = reasons.some((reason) => reason.weight === 'avoid')
    ? 'avoid'
    : reasons.some((reason) => reason.weight === 'caution')
      ? 'think-twice'
      : 'good';
  const { flags } = portMapOf(knowledge);
  const alternatives =
    verdict === 'good'
      ? []
      : pickCandidates(
          Math.max(DEFAULT_SUGGEST_FROM, Math.min(port, DEFAULT_SUGGEST_TO) - 100),
          Math.min(DEFAULT_SUGGEST_TO, Math.max(port, DEFAULT_SUGGEST_FROM) + 100),
          flags,
          3,
          Math.min(Math.max(port, DEFAULT_SUGGEST_FROM), DEFAULT_SUGGEST_TO),
        );
  return {
    type: 'advice',
    port,
    transports: asked.length > 0 ? [...asked] : ['tcp', 'udp'],
    verdict,
    reasons,
    alternatives,
  };
}
