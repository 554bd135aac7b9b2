/**
 * The curated knowledge of real-world port uses: what people actually run on a port, whether IANA
 * agrees or not. Every entry is written in our own words; its shape is the schema in
 * known-use-schema.ts, checked by the build and by a test.
 */
import type { z } from 'zod';
import type { KnownUseSchema } from './known-use-schema.js';

export const KNOWN_USE_CATEGORIES = [
  'database',
  'cache',
  'messaging',
  'web',
  'dev-server',
  'infrastructure',
  'kubernetes',
  'container',
  'monitoring',
  'observability',
  'ci-cd',
  'remote-access',
  'remote-management',
  'file-sharing',
  'directory',
  'mail',
  'dns',
  'network',
  'vpn',
  'voip',
  'media',
  'gaming',
  'iot',
  'ai',
  'security',
  'windows',
  'printing',
  'time',
  'chat',
  'storage',
  'malware',
  'other',
] as const;
export type KnownUseCategory = (typeof KNOWN_USE_CATEGORIES)[number];

export type KnownUse = z.infer<typeof KnownUseSchema>;

/**
 * The one order of curated uses: most prominent first; equal values (only ever on different
 * ports) by port, then id, so that no answer depends on the order of the data files.
 *
 * @example [...uses].sort(compareKnownUses)[0]?.id // "https" among the uses of 443
 */
export function compareKnownUses(a: KnownUse, b: KnownUse): number {
  return (
    b.prominence - a.prominence ||
    a.port - b.port ||
    (a.to ?? a.port) - (b.to ?? b.port) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
