/**
 * Everything portbot knows, in one value handed to `answerQuestion`: the registry (embedded or
 * imported), the curated uses, and the names index built from both on first use.
 */
import { createEmbeddedRegistry } from './embedded-registry.js';
import { compareKnownUses, type KnownUse } from './known-use.js';
import { loadKnownUses } from './load-known-uses.js';
import { createNameIndex, type NameIndex } from './name-index.js';
import type { Registry } from './registry.js';

export interface Knowledge {
  readonly registry: Registry;
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
