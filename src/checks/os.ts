/** Operating systems we write "who holds this port" commands for. */
import { z } from 'zod';

export const CHECK_OSES = ['linux', 'macos', 'windows'] as const;
export const CheckOsSchema = z.enum(CHECK_OSES);
export type CheckOs = z.infer<typeof CheckOsSchema>;

export const CHECK_OS_LABELS: Record<CheckOs, string> = {
  linux: 'Linux',
  macos: 'macOS',
  windows: 'Windows',
};
