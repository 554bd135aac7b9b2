/** Colours and drop levels shared by the part renderers, so every embed of a message agrees. */

export const EMBED_COLORS = {
  /** Discord's blurple: an ordinary answer. */
  answer: 0x5865f2,
  /** Amber: the answer carries security notes. */
  security: 0xf0b232,
  /** Red: a problem with the question. */
  problem: 0xed4245,
} as const;

/**
 * Which fields go first when a message runs over Discord's 6000 characters (higher goes first).
 * Check commands and IANA facts have none: they are what people asked for.
 */
export const DROP = {
  tips: 5,
  extraUses: 4,
  notableRanges: 3,
  ephemeral: 2,
  moreNames: 1,
} as const;

/** "6000–6063", or "22" when both ends are the same. */
export function spanText(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

export function protocolText(protocols: readonly string[]): string {
  return protocols.map((protocol) => protocol.toUpperCase()).join('+');
}
