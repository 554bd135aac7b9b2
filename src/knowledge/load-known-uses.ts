/** Validates the curated data files and flattens them into one list. */
import type { KnownUse } from './known-use.js';
import { KnownUseListSchema } from './known-use-schema.js';
import { KNOWN_USE_FILES } from './known-uses-data.js';

export class KnownUseDataError extends Error {
  readonly code = 'known_use_data_invalid';
}

export function loadKnownUses(files: Readonly<Record<string, unknown>> = KNOWN_USE_FILES): KnownUse[] {
  return Object.entries(files).flatMap(([file, content]) => {
    const parsed = KnownUseListSchema.safeParse(content);
    if (!parsed.success) {
      throw new KnownUseDataError(`known-uses/${file}.json is invalid: ${parsed.error.message}`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  });
}

/**
 * The same list without validation, for a bundle whose build already ran `loadKnownUses` on this
 * exact data (the CLI: zod's first pass over every entry would cost more than the rest of a cold
 * start).
 */
export function flattenPrevalidatedKnownUses(
  files: Readonly<Record<string, unknown>> = KNOWN_USE_FILES,
): KnownUse[] {
  return Object.values(files).flat() as KnownUse[];
}
