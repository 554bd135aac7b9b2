/**
 * Transport protocols the IANA registry assigns ports for.
 * TCP and UDP are what people ask about; SCTP and DCCP are listed when IANA has them.
 */
export const TRANSPORTS = ['tcp', 'udp', 'sctp', 'dccp'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** The transports an answer covers when the question names none. */
export const DEFAULT_TRANSPORTS: readonly Transport[] = TRANSPORTS;

/** Transports for which operating systems have "who holds this port" tooling. */
export const CHECKABLE_TRANSPORTS = ['tcp', 'udp'] as const;
export type CheckableTransport = (typeof CHECKABLE_TRANSPORTS)[number];

export function isTransport(word: string): word is Transport {
  return (TRANSPORTS as readonly string[]).includes(word);
}
