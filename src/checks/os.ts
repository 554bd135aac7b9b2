/** Operating systems we write "who holds this port" commands for. */
export const CHECK_OSES = ['linux', 'macos', 'windows'] as const;
export type CheckOs = (typeof CHECK_OSES)[number];

/** The OS a word names exactly (`linux`, `macos`, `windows`), or undefined. */
export function toCheckOs(word: string | null | undefined): CheckOs | undefined {
  return (CHECK_OSES as readonly (string | null | undefined)[]).includes(word)
    ? (word as CheckOs)
    : undefined;
}

export const CHECK_OS_LABELS: Record<CheckOs, string> = {
  linux: 'Linux',
  macos: 'macOS',
  windows: 'Windows',
};
