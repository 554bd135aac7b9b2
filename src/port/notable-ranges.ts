/**
 * Other ranges a network engineer would mention: they explain why a port behaves the way it does
 * on common platforms, independent of IANA.
 */
import type { Port } from './port-number.js';

export interface NotableRange {
  id: string;
  label: string;
  from: number;
  to: number;
  note: string;
}

export const NOTABLE_RANGES: readonly NotableRange[] = [
  {
    id: 'linux-privileged',
    label: 'Linux privileged ports',
    from: 0,
    to: 1023,
    note:
      'On Linux, binding below net.ipv4.ip_unprivileged_port_start (1024 by default) needs root or ' +
      'CAP_NET_BIND_SERVICE; a dev server that fails with EACCES here just needs a higher port.',
  },
  {
    id: 'x11',
    label: 'X11 displays',
    from: 6000,
    to: 6063,
    note:
      'X servers listen on 6000 plus the display number (:0 is 6000); most desktops no longer accept ' +
      'TCP connections, but scanners still probe the range.',
  },
  {
    id: 'kubernetes-nodeport',
    label: 'Kubernetes NodePort range',
    from: 30000,
    to: 32767,
    note:
      'Kubernetes allocates NodePort services from 30000–32767 by default (kube-apiserver ' +
      '--service-node-port-range), opening the port on every node of the cluster.',
  },
  {
    id: 'windows-rpc-dynamic',
    label: 'Windows RPC dynamic range',
    from: 49152,
    to: 65535,
    note:
      'Windows gives RPC services (after the endpoint mapper on 135) ports from this range; ' +
      'Active Directory and WMI traffic to a domain controller often lands here.',
  },
];

export function findNotableRanges(port: Port): NotableRange[] {
  return NOTABLE_RANGES.filter((range) => port >= range.from && port <= range.to);
}
