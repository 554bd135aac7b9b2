/**
 * Everything portbot knows, in one value handed to `answerQuestion`: the registry (embedded or
 * imported), the curated uses, and the names index built from both on first use.
 */
import { createEmbeddedRegistry } from './embedded-registry.js';
import { compareKnownUses, type KnownUse } from './known-use.js';
import type { KnownUseSource } from './known-use-lines.js';
import { loadKnownUses } from './load-known-uses.js';
import { createNameIndex, type NameIndex } from './name-index.js';
import { createNameTableIndex } from './name-table.js';
import type { Registry } from './registry.js';
import type { SearchableText } from './searchable-text.js';

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
  /**
   * The curated uses: a list, or a source read one port at a time (the CLI's known-use lines);
   * by default the data files, validated.
   */
  knownUses?: readonly KnownUse[] | KnownUseSource;
  /** The version (and privacy note URL) the edge runs; the version is "unknown" without it. */
  about?: AboutFacts;
  /**
   * The names index's exact lookups written out (name-table.ts), for the CLI: written from the
   * embedded registry and the curated uses, so only with neither `registry` nor a list given.
   */
  nameTable?: SearchableText;
}

export function createKnowledge(options: KnowledgeOptions = {}): Knowledge {
  const registry = options.registry ?? createEmbeddedRegistry();
  const given = options.knownUses;
  const lines = given !== undefined && !Array.isArray(given) ? (given as KnownUseSource) : undefined;
  // Everything is read and ordered on first use; a one-port answer from `lines` never needs it.
  let all: KnownUse[] | undefined;
  const everything = (): KnownUse[] => {
    all ??= [...(lines ? lines.all() : ((given as readonly KnownUse[] | undefined) ?? loadKnownUses()))].sort(
      compareKnownUses,
    );
    return all;
  };
  let index: { singles: Map<number, KnownUse[]>; ranges: KnownUse[] } | undefined;
  const indexed = () => {
    if (index) return index;
    index = { singles: new Map(), ranges: [] };
    for (const entry of everything()) {
      if (entry.to !== undefined) index.ranges.push(entry);
      else if (index.singles.has(entry.port)) index.singles.get(entry.port)?.push(entry);
      else index.singles.set(entry.port, [entry]);
    }
    return index;
  };
  let lineRanges: KnownUse[] | undefined;
  const covering = (ranges: readonly KnownUse[], port: number) =>
    ranges.filter((entry) => port >= entry.port && port <= (entry.to ?? entry.port));
  let names: NameIndex | undefined;
  return {
    registry,
    about: options.about ?? { version: 'unknown' },
    get knownUses() {
      return everything();
    },
    knownUsesFor: (port) => {
      if (lines && !all) {
        lineRanges ??= lines.ranges().sort(compareKnownUses);
        return [...lines.forPort(port).sort(compareKnownUses), ...covering(lineRanges, port)];
      }
      const { singles, ranges } = indexed();
      return [...(singles.get(port) ?? []), ...covering(ranges, port)];
    },
    names: () => {
      const full = () => createNameIndex(registry, everything());
      if (!names && options.nameTable && lines) {
        let built: NameIndex | undefined;
        const entry = (port: number, id: string) => {
          lineRanges ??= lines.ranges().sort(compareKnownUses);
          return [...lines.forPort(port), ...lineRanges].find((use) => use.id === id);
        };
        names = createNameTableIndex(options.nameTable, entry, () => (built ??= full()));
      }
      names ??= full();
      return names;
    },
  };
}
