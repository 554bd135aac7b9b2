/**
 * One byte per port saying what is known about it: assigned by IANA (per transport), reserved,
 * used by curated software, inside a curated range. Built once per Knowledge on first use (a
 * pass over the registry rows and the curated uses), then shared: port advice, suggestions and
 * range summaries read it instead of looking every port up.
 */
import type { Knowledge } from './knowledge.js';

export const PORT_FLAG = {
  /** IANA assigned a service on TCP (or on every protocol). */
  tcp: 1,
  /** IANA assigned a service on UDP (or on every protocol). */
  udp: 2,
  /** Assigned on SCTP or DCCP only, or reserved by IANA. */
  other: 4,
  /** A curated use names exactly this port. */
  use: 8,
  /** A curated use covers it as part of a narrow range (BitTorrent 6881–6889, Mosh 60000–61000). */
  inRange: 16,
} as const;

export interface PortMap {
  readonly flags: Uint8Array;
  /** How many ports in `from`–`to` IANA assigned on this transport. */
  assignedCount(from: number, to: number, transport: 'tcp' | 'udp' | 'any'): number;
  /** No assignment, no reservation, no curated use: free as far as portbot knows. */
  isFree(port: number): boolean;
}

/** Curated ranges this wide or wider do not mark their ports as used. */
export const WIDE_RANGE = 1024;

const maps = new WeakMap<Knowledge, PortMap>();

function prefixOf(flags: Uint8Array, mask: number): Int32Array {
  const prefix = new Int32Array(flags.length + 1);
  for (let port = 0; port < flags.length; port++)
    prefix[port + 1] = (prefix[port] as number) + (((flags[port] as number) & mask) !== 0 ? 1 : 0);
  return prefix;
}

/** The map for this knowledge, built on first call. */
export function portMapOf(knowledge: Knowledge): PortMap {
  const cached = maps.get(knowledge);
  if (cached) return cached;
  const flags = new Uint8Array(65536);
  for (const record of knowledge.registry.allRecords()) {
    if (record.status === 'unassigned') continue;
    let bit: number = PORT_FLAG.other;
    if (record.status === 'assigned' && record.names.length > 0) {
      if (record.transport === 'tcp') bit = PORT_FLAG.tcp;
      else if (record.transport === 'udp') bit = PORT_FLAG.udp;
      else if (record.transport === null) bit = PORT_FLAG.tcp | PORT_FLAG.udp;
    }
    for (let port = record.from; port <= record.to; port++) flags[port] = (flags[port] as number) | bit;
  }
  for (const use of knowledge.knownUses) {
    if (use.to === undefined) flags[use.port] = (flags[use.port] as number) | PORT_FLAG.use;
    // A wide range (a PBX's RTP media, Windows RPC dynamic) is where software picks ports as it
    // goes, not a port it claims: only narrow ranges mark their ports as used.
    else if (use.to - use.port < WIDE_RANGE)
      for (let port = use.port; port <= use.to; port++)
        flags[port] = (flags[port] as number) | PORT_FLAG.inRange;
  }
  const prefixes = new Map<string, Int32Array>();
  const prefixFor = (transport: 'tcp' | 'udp' | 'any'): Int32Array => {
    let prefix = prefixes.get(transport);
    if (!prefix) {
      const mask =
        transport === 'tcp'
          ? PORT_FLAG.tcp
          : transport === 'udp'
            ? PORT_FLAG.udp
            : PORT_FLAG.tcp | PORT_FLAG.udp;
      prefix = prefixOf(flags, mask);
      prefixes.set(transport, prefix);
    }
    return prefix;
  };
  const map: PortMap = {
    flags,
    assignedCount: (from, to, transport) => {
      const prefix = prefixFor(transport);
      return (prefix[to + 1] as number) - (prefix[from] as number);
    },
    isFree: (port) => flags[port] === 0,
  };
  maps.set(knowledge, map);
  return map;
}
