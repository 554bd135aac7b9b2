/**
 * Everything portbot knows, in one value handed to `answerQuestion`: the registry (embedded or
 * imported), the curated uses, and the names index built from both on first use.
 */
import { createEmbeddedRegistry } from './embedded-registry.js';
import { compareKnownUses, type KnownUse } from './known-use.js';
import { loadKnownUses } from './load-known-uses.js';
import { createNameIndex, type NameIndex } from './name-index.js';
import type { Registry } from './registry.js';

/**
 * What portbot says about itself in an `about` answer. The core cannot read package.json or the
 * environment, so the edge hands these in: the CLI and the service pass the version the build
 * stamped, the service also the operator's published privacy note.
 */
export interface AboutFacts {
  /** The running portbot's version ("0.1.0"); "dev" when run from source. */
  readonly version: string;
  /** Where the operator published the privacy note (https); its path in the source otherwise. */
  readonly privacyUrl?: string;
}

export interface Knowledge {
  readonly registry: Registry;
  /** portbot's own facts, for `about` answers. */
  readonly about: AboutFacts;
  /** Every curated use, most prominent first (`compareKnownUses`), whatever order the files had. */
  readonly knownUses: readonly KnownUse[];
  /**
   * Curated entries whose port or range covers the port: uses of exactly this port by prominence,
   * then the ranges it falls in, also by prominence.
   */
  knownUsesFor(port: number): readonly KnownUse[];
  /** Names → ports; built on first call (a few milliseconds), then shared. */
  names(): NameIndex;
}

export interface KnowledgeOptions {
  /** An imported copy of IANA's registry; the embedded data otherwise. */
  registry?: Registry;
  knownUses?: readonly KnownUse[];
  /** The version (and privacy note URL) the edge runs; the version is "unknown" without it. */
  about?: AboutFacts;
}

export function createKnowledge(options: KnowledgeOptions = {}): Knowledge {
  const registry = options.registry ?? createEmbeddedRegistry();
  const knownUses = [...(options.knownUses ?? loadKnownUses())].sort(compareKnownUses);
  const singles = new Map<number, KnownUse[]>();
  const ranges: KnownUse[] = [];
  for (const entry of knownUses) {
    if (entry.to !== undefined) ranges.push(entry);
    else if (singles.has(entry.port)) singles.get(entry.port)?.push(entry);
    else singles.set(entry.port, [entry]);
  }
  let names: NameIndex | undefined;
  return {
    registry,
    about: options.about ?? { version: 'unknown' },
    knownUses,
    knownUsesFor: (port) => [
      ...(singles.get(port) ?? []),
      ...ranges.filter((entry) => port >= entry.port && port <= (entry.to ?? entry.port)),
    ],
    names: () => {
      names ??= createNameIndex(registry, knownUses);
      return names;
    },
  };
}
