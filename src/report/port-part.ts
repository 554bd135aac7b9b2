/** Builds everything portbot says about one port. */
import { buildCheckCommands, WINDOWS_EXCLUDED_RANGES_COMMAND } from '../checks/commands.js';
import type { CheckOs } from '../checks/os.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { KnownUse } from '../knowledge/known-use.js';
import type { RegistryRecord } from '../knowledge/registry-record.js';
import { describeEphemeralUse, type EphemeralFact } from '../port/ephemeral.js';
import { classifyIanaRange, type IanaRange } from '../port/iana-ranges.js';
import { findNotableRanges } from '../port/notable-ranges.js';
import type { Port } from '../port/port-number.js';
import { CHECKABLE_TRANSPORTS, type CheckableTransport, type Transport } from '../port/transport.js';
import type { AssignedService, Assignment, KnownUseFact, PortPart } from './answer.js';
import { toReferences } from './references.js';

const PROTOCOL_LABEL: Record<Transport, string> = { tcp: 'TCP', udp: 'UDP', sctp: 'SCTP', dccp: 'DCCP' };

export function toKnownUseFact(entry: KnownUse): KnownUseFact {
  // Every key on every use, the optional ones left undefined (which JSON leaves out): one shape
  // for all of them, where spreading only the keys present gave the presenters a dozen shapes to
  // read through, the slow way.
  return {
    id: entry.id,
    name: entry.name,
    role: entry.role || undefined,
    category: entry.category,
    protocols: [...entry.protocols],
    range: entry.to !== undefined ? { from: entry.port, to: entry.to } : undefined,
    note: entry.note,
    security: entry.security || undefined,
    tip: entry.tip || undefined,
    homepage: entry.homepage || undefined,
    usage: entry.usage || undefined,
    prominence: entry.prominence,
  };
}

function toAssignedService(record: RegistryRecord): AssignedService {
  const [name = '', ...aliases] = record.names;
  return {
    name,
    aliases,
    description: record.description,
    ...(record.from !== record.to ? { range: { from: record.from, to: record.to } } : {}),
    references: toReferences(record.references),
    ...(record.registered ? { registered: record.registered } : {}),
    ...(record.modified ? { modified: record.modified } : {}),
    ...(record.unauthorizedUse ? { unauthorizedUse: record.unauthorizedUse } : {}),
    ...(record.assignmentNotes ? { assignmentNotes: record.assignmentNotes } : {}),
  };
}

export function assignmentFor(
  transport: Transport,
  records: readonly RegistryRecord[],
  range: IanaRange,
): Assignment {
  const rows = records.filter((record) => record.transport === transport || record.transport === null);
  const assigned = rows.filter((record) => record.status === 'assigned' && record.names.length > 0);
  if (assigned.length > 0)
    return { transport, status: 'assigned', services: assigned.map(toAssignedService) };
  if (!range.assignable) {
    return {
      transport,
      status: 'never-assigned',
      services: [],
      explanation: 'IANA never assigns ports in the Dynamic/Private range (49152–65535).',
    };
  }
  const reserved = rows.find((record) => record.status === 'reserved');
  if (reserved) {
    return {
      transport,
      status: 'reserved',
      services: [],
      explanation:
        reserved.transport === null
          ? 'Reserved by IANA for every protocol: it will not be assigned to a service.'
          : `Reserved by IANA for ${PROTOCOL_LABEL[transport]}: it will not be assigned to a service.`,
    };
  }
  return {
    transport,
    status: 'unassigned',
    services: [],
    explanation: `No service is registered with IANA for ${PROTOCOL_LABEL[transport]} on this port; it is free to request.`,
  };
}

/** TCP and UDP always; SCTP and DCCP only when the registry has something for them. */
function answeredTransports(asked: readonly Transport[], records: readonly RegistryRecord[]): Transport[] {
  if (asked.length > 0) return [...asked];
  const extra = (['sctp', 'dccp'] as const).filter((transport) =>
    records.some((record) => record.transport === transport),
  );
  return ['tcp', 'udp', ...extra];
}

/** Which transports to print commands for: what the question asked, else what the port is used with. */
function checkTransportsFor(asked: readonly Transport[], uses: readonly KnownUse[]): CheckableTransport[] {
  const pick = (list: readonly Transport[]) =>
    CHECKABLE_TRANSPORTS.filter((transport) => list.includes(transport)) as CheckableTransport[];
  if (asked.length > 0) return pick(asked);
  // Range entries (Mosh's 60000–61000) say little about one port: only single-port uses narrow.
  const used = pick(uses.filter((use) => use.to === undefined).flatMap((use) => use.protocols));
  return used.length > 0 ? used : ['tcp', 'udp'];
}

const RANGE_WORD: Record<IanaRange['kind'], string> = {
  system: 'System port (0–1023)',
  user: 'User port (1024–49151)',
  dynamic: 'Dynamic/Private port (49152–65535)',
};

function listOses(facts: readonly EphemeralFact[]): string {
  const names = facts.map((fact) => fact.label.replace(/ \/.*$/, '').replace(' Vista', ''));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** How many uses the headline names; the answer lists them all, most prominent first. */
export const HEADLINE_USES = 3;

/**
 * The headline after "Port N": the first uses by prominence (or what IANA says when nobody uses
 * the port), the IANA range, and whether common systems hand it out as a client port.
 *
 * @example verdictFor(...) // "HTTPS, HTTP/3, DNS over HTTPS · System port (0–1023)"
 */
export function verdictFor(
  range: IanaRange,
  assignments: readonly Assignment[],
  uses: readonly KnownUseFact[],
  ephemeral: readonly EphemeralFact[],
): string {
  const pieces: string[] = [];
  const names = [...new Set(uses.filter((use) => !use.range).map((use) => use.name))];
  // The narrowest ranges say the most about one port: Mosh's 60000–61000 before a whole-range use.
  const inRanges = [
    ...new Set(
      uses
        .flatMap((use) => (use.range ? [{ use, width: use.range.to - use.range.from }] : []))
        .sort((a, b) => a.width - b.width)
        .map(({ use }) => `${use.name} (${use.range?.from}–${use.range?.to})`),
    ),
  ];
  const registered = assignments.flatMap((assignment) => assignment.services)[0];
  if (names.length > 0) pieces.push(names.slice(0, HEADLINE_USES).join(', '));
  else if (registered)
    pieces.push(
      registered.description
        ? `${registered.description} (IANA: ${registered.name})`
        : `${registered.name} (IANA)`,
    );
  else if (assignments.every((assignment) => assignment.status === 'never-assigned'))
    pieces.push('never assigned by IANA');
  else if (assignments.some((assignment) => assignment.status === 'reserved'))
    pieces.push('reserved by IANA');
  else pieces.push('no IANA assignment');
  pieces.push(RANGE_WORD[range.kind]);
  const common = ephemeral.filter(
    (fact) => fact.includesPort && ['linux', 'windows', 'macos'].includes(fact.os),
  );
  if (common.length > 0) pieces.push(`a temporary client port on ${listOses(common)} by default`);
  if (names.length === 0 && inRanges.length > 0)
    pieces.push(`in the range of ${inRanges.slice(0, 2).join(' and ')}`);
  return pieces.join(' · ');
}

/** Words that carry a tip's meaning: lowercase, letters and digits, longer than two characters. */
function tipWords(tip: string): Set<string> {
  let words = tipWordCache.get(tip);
  if (!words) {
    words = new Set(
      tip
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .split(' ')
        .filter((word) => word.length > 2),
    );
    // Tips come from the curated data: a bounded set, so the cache stays small.
    tipWordCache.set(tip, words);
  }
  return words;
}
const tipWordCache = new Map<string, Set<string>>();

/** Share of the shorter tip's words the other tip also has. */
export function tipOverlap(a: string, b: string): number {
  const first = tipWords(a);
  const second = tipWords(b);
  const smaller = first.size <= second.size ? first : second;
  const larger = smaller === first ? second : first;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const word of smaller) if (larger.has(word)) shared++;
  return shared / smaller.size;
}

/** Two tips this alike say the same thing ("3000 is crowded: Grafana…" and "Shares 3000 with Grafana…"). */
export const SAME_TIP_OVERLAP = 0.66;

/** A tip that says other software wants the same port: "3000 is crowded", "clashes with AirPlay". */
const COLLISION_TIP =
  /\b(?:crowded|clash(?:es)?|collides?|shares \d+ with|also (?:defaults?|uses?|wants?|listens?)\b|(?:already )?holds \d+|is taken by)/i;

/**
 * The uses' tips, most prominent use first, with near-duplicates merged into the first of them:
 * tips with mostly the same words, and every tip after the first that only says the port is
 * crowded (eight uses of 3000 each saying so become one tip).
 */
export function mergeTips(tips: readonly string[]): string[] {
  const kept: string[] = [];
  let collision = false;
  for (const tip of tips) {
    if (kept.some((earlier) => earlier === tip || tipOverlap(earlier, tip) >= SAME_TIP_OVERLAP)) continue;
    const crowded = COLLISION_TIP.test(tip);
    if (crowded && collision) continue;
    collision ||= crowded;
    kept.push(tip);
  }
  return kept;
}

function tipsFor(port: Port, range: IanaRange, os: CheckOs | null, uses: readonly KnownUse[]): string[] {
  const tips = mergeTips(uses.flatMap((use) => (use.tip ? [use.tip] : [])));
  const mentionsExclusions = tips.some((tip) => tip.includes('excludedportrange'));
  if (
    !mentionsExclusions &&
    port >= 1024 &&
    (os === 'windows' || (os === null && range.kind === 'dynamic'))
  ) {
    tips.push(
      `On Windows, "access denied" while nothing listens means the port may be reserved for Hyper-V, WSL 2 or Docker: ${WINDOWS_EXCLUDED_RANGES_COMMAND}`,
    );
  }
  return [...new Set(tips)];
}

/** Conventions where the port number itself carries meaning. */
function derivedNotes(port: Port): string[] {
  const notes: string[] = [];
  if (port === 0)
    notes.push(
      'Port 0 is reserved and never used on the wire; a program that binds to port 0 asks the OS for any free port.',
    );
  if (port >= 6000 && port <= 6063)
    notes.push(`X11 display :${port - 6000} (X servers listen on 6000 + display number).`);
  if (port >= 5900 && port <= 5999)
    notes.push(`VNC display :${port - 5900} by convention (5900 + display number).`);
  return notes;
}

export function buildPortPart(
  port: Port,
  askedTransports: readonly Transport[],
  knowledge: Knowledge,
  os: CheckOs | null,
): PortPart {
  const range = classifyIanaRange(port);
  const records = knowledge.registry.recordsFor(port);
  const transports = answeredTransports(askedTransports, records);
  const assignments = transports.map((transport) => assignmentFor(transport, records, range));
  const uses = knowledge
    .knownUsesFor(port)
    .filter(
      (use) =>
        askedTransports.length === 0 || use.protocols.some((protocol) => askedTransports.includes(protocol)),
    );
  const knownUses = uses.map(toKnownUseFact);
  const ephemeral = describeEphemeralUse(port);
  const checkTransports = checkTransportsFor(askedTransports, uses);
  return {
    type: 'port',
    port,
    transports,
    verdict: verdictFor(range, assignments, knownUses, ephemeral),
    notes: derivedNotes(port),
    ianaRange: range,
    notableRanges: findNotableRanges(port),
    ephemeral,
    assignments,
    knownUses,
    hasSecurityNotes: knownUses.some((use) => use.security !== undefined),
    // Nothing ever listens on port 0: binding 0 picks a free port, so there is nothing to look up.
    checks: port === 0 ? [] : buildCheckCommands(port, { os: os ?? undefined, transports: checkTransports }),
    checkTransports,
    tips: tipsFor(port, range, os, uses),
  };
}
