/**
 * The CLI's start-up read of the imported IANA registry. Returns nothing when there is no cache
 * (the embedded data answers), and a warning instead of an error when the cache is damaged: a bad
 * file must never stop portbot from answering.
 */
import type { Registry } from '../../src/index.js';
import type { Env } from '../shared/env.js';
import { resolveDataDir } from '../shared/registry/data-dir.js';
import { readCachedRegistry } from '../shared/registry/store.js';

export interface LoadedRegistry {
  /** The imported registry, when a valid cache exists. */
  registry?: Registry;
  /** One line for stderr when a cache exists but cannot be used. */
  warning?: string;
}

/**
 * Synchronous and cheap (a read, a hash, one header parse): records are parsed only when an
 * answer asks for them.
 * @example
 * const { registry, warning } = loadCachedRegistry(process.env);
 * if (warning) console.error(warning);
 * const knowledge = createKnowledge(registry ? { registry } : {});
 */
export function loadCachedRegistry(env: Env): LoadedRegistry {
  const read = readCachedRegistry(resolveDataDir(env));
  if (read.status === 'ok') return { registry: read.registry };
  if (read.status === 'missing') return {};
  return {
    warning: `ignoring the cached IANA registry at ${read.file}: ${read.reason}. Answering from the embedded data; run "portbot data update" to fetch a fresh copy.`,
  };
}
