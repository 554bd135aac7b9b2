/**
 * IANA's three port ranges (RFC 6335 §6). Only the first two are ever assigned.
 * https://www.rfc-editor.org/rfc/rfc6335#section-6
 */
import type { Port } from './port-number.js';

export type IanaRangeKind = 'system' | 'user' | 'dynamic';

export interface IanaRange {
  kind: IanaRangeKind;
  /** IANA's own name for the range. */
  name: string;
  /** The name people use for it. */
  nickname: string;
  from: number;
  to: number;
  /** Whether IANA assigns ports in this range at all. */
  assignable: boolean;
  meaning: string;
}

export const IANA_RANGES: readonly IanaRange[] = [
  {
    kind: 'system',
    name: 'System Ports',
    nickname: 'well-known ports',
    from: 0,
    to: 1023,
    assignable: true,
    meaning:
      'Assigned by IANA through IETF review or IESG approval to core Internet services. ' +
      'Most systems require administrator rights to listen on them.',
  },
  {
    kind: 'user',
    name: 'User Ports',
    nickname: 'registered ports',
    from: 1024,
    to: 49151,
    assignable: true,
    meaning:
      'Assigned by IANA on request to applications and vendors. A registration does not stop other ' +
      'software from using the port, and traffic on it is not necessarily the registered service.',
  },
  {
    kind: 'dynamic',
    name: 'Dynamic and/or Private Ports',
    nickname: 'ephemeral ports',
    from: 49152,
    to: 65535,
    assignable: false,
    meaning:
      'Never assigned by IANA. Free for private or temporary use, and handed out by many operating ' +
      'systems as source ports for outgoing connections, so a service listening here can collide ' +
      'with client traffic.',
  },
];

/**
 * @example classifyIanaRange(60140).kind // 'dynamic'
 */
export function classifyIanaRange(port: Port): IanaRange {
  const range = IANA_RANGES.find((candidate) => port >= candidate.from && port <= candidate.to);
  // The three ranges cover 0–65535 without gaps, and a Port is always in 0–65535.
  if (!range) throw new Error(`no IANA range covers ${port}`);
  return range;
}
