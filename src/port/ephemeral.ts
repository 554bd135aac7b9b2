/**
 * Default ephemeral (temporary client source) port ranges per operating system. Admins and
 * container runtimes change these, so answers say "by default" and give the command that shows the
 * real setting. Sources: Linux ip-sysctl docs, Microsoft KB 929851, XNU in_pcb.c, FreeBSD and
 * OpenBSD netinet/in.h, illumos tcp tunables.
 */
import type { Port } from './port-number.js';

export const EPHEMERAL_OS_IDS = [
  'linux',
  'windows',
  'macos',
  'freebsd',
  'openbsd',
  'solaris',
  'windows-xp',
] as const;
export type EphemeralOsId = (typeof EPHEMERAL_OS_IDS)[number];

export interface EphemeralRange {
  os: EphemeralOsId;
  label: string;
  from: number;
  to: number;
  /** Command that prints the range actually configured on a machine. */
  showCommand: string;
  note?: string;
}

export const EPHEMERAL_RANGES: readonly EphemeralRange[] = [
  {
    os: 'linux',
    label: 'Linux',
    from: 32768,
    to: 60999,
    showCommand: 'sysctl net.ipv4.ip_local_port_range',
    note: 'Kernels before 4.2 used 32768–61000.',
  },
  {
    os: 'windows',
    label: 'Windows Vista / Server 2008 and later',
    from: 49152,
    to: 65535,
    showCommand: 'netsh int ipv4 show dynamicport tcp',
    note: 'Set per transport and IP version: also "udp" and "ipv6".',
  },
  {
    os: 'macos',
    label: 'macOS',
    from: 49152,
    to: 65535,
    showCommand: 'sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last',
  },
  {
    os: 'freebsd',
    label: 'FreeBSD',
    from: 10000,
    to: 65535,
    showCommand: 'sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last',
    note: 'Older releases used 49152–65535.',
  },
  {
    os: 'openbsd',
    label: 'OpenBSD',
    from: 1024,
    to: 49151,
    showCommand: 'sysctl net.inet.ip.portfirst net.inet.ip.portlast',
    note: 'Chosen at random; 49152–65535 only when a program asks for the high range.',
  },
  {
    os: 'solaris',
    label: 'Solaris / illumos',
    from: 32768,
    to: 65535,
    showCommand: 'ipadm show-prop -p smallest_anon_port,largest_anon_port tcp',
  },
  {
    os: 'windows-xp',
    label: 'Windows XP / Server 2003',
    from: 1025,
    to: 5000,
    showCommand: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters /v MaxUserPort',
    note: 'The upper bound is MaxUserPort; a missing value means the default of 5000.',
  },
];

export interface EphemeralFact extends EphemeralRange {
  /** Whether this OS hands out the port as a temporary client port by default. */
  includesPort: boolean;
}

export function describeEphemeralUse(port: Port): EphemeralFact[] {
  return EPHEMERAL_RANGES.map((range) => ({
    ...range,
    includesPort: port >= range.from && port <= range.to,
  }));
}
