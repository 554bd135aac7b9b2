/**
 * Names → ports: the reverse lookup behind "which port does mysql use", "postgress" (typo) and
 * Discord's autocomplete. It joins curated names and terms, IANA service names and aliases, and
 * the synonym list. Built once, on first use.
 */
import type { Transport } from '../port/transport.js';
import { EVERYDAY_WORDS } from './everyday-words.js';
import type { KnownUse } from './known-use.js';
import type { Registry } from './registry.js';
import type { RegistryRecord } from './registry-record.js';
import { normalizeName, SYNONYMS } from './synonyms.js';
import { maxTypoEdits, mayBeTypo, typoDistance } from './typo.js';

export interface ServicePort {
  port: number;
  /** Last port of a range. */
  to?: number;
  protocols: Transport[];
  /** "broker", "web UI"; for IANA rows, the registered service name. */
  role?: string;
  source: 'curated' | 'iana';
  usage?: KnownUse['usage'];
  /** Set when the port belongs to related software rather than the service itself ("ZooKeeper" for Kafka). */
  software?: string;
}

export interface ServiceMeaning {
  name: string;
  source: 'curated' | 'iana';
  description?: string;
  ports: ServicePort[];
}

export interface NameLookup {
  /** The meaning people intend, with curated ports first and IANA's registration merged in. */
  primary: ServiceMeaning;
  /** Other, unrelated meanings of the same word (IANA's "rdp" is the Reliable Data Protocol). */
  also: ServiceMeaning[];
  matchedBy: 'name' | 'synonym' | 'fuzzy';
  /** The curated entries behind the main meaning, for their notes. */
  entries: readonly KnownUse[];
}

export interface Completion {
  /** What to show: "PostgreSQL (5432/tcp)". */
  label: string;
  /** What to put in the question: "postgresql" or "5432". */
  value: string;
}

export interface NameIndex {
  lookup(word: string): NameLookup | undefined;
  /** Names close to a word that has no exact match, best first. */
  suggest(word: string, limit?: number): { best?: NameLookup; suggestions: string[] };
  /** Autocomplete: names starting with the text typed so far, best first. */
  complete(prefix: string, limit?: number): Completion[];
  /** Number of distinct names known. */
  readonly size: number;
  /** Every name known, sorted: what the names table (name-table.ts) is written from. */
  readonly keys: readonly string[];
}

interface IanaMeaning {
  name: string;
  description: string;
  ports: ServicePort[];
}

/**
 * What one normalised name points at. The registry's part is kept as references to its records
 * (`ianaRefs`: record index × MAX_NAMES_PER_RECORD + the name's position in the record) and
 * turned into meanings only when the name is looked up: the registry has some 12,000 names, and
 * holding their meanings as objects from the start cost megabytes of an idle service's memory.
 */
interface Target {
  curated: KnownUse[];
  ianaRefs: number[];
  nameOnly: string[];
}

/** Names one registry record may carry (its name and aliases); positions past it are not indexed. */
const MAX_NAMES_PER_RECORD = 1024;

const NONE: never[] = [];
/**
 * Targets share one empty list until something is added, and a first item makes a list of exactly
 * one (most names have one meaning; a list grown by push keeps room for 16 more).
 */
const emptyTarget = (): Target => ({ curated: NONE, ianaRefs: NONE, nameOnly: NONE });

function add<K extends keyof Target>(target: Target, list: K, item: Target[K][number]): void {
  if (target[list] === NONE) target[list] = [item] as Target[K];
  else (target[list] as Target[K][number][]).push(item);
}

/** The registry's meanings of one name, in record order, merged as they always were. */
function ianaMeaningsOf(target: Target, records: readonly RegistryRecord[]): IanaMeaning[] {
  const meanings: IanaMeaning[] = [];
  for (const ref of target.ianaRefs) {
    const record = records[Math.floor(ref / MAX_NAMES_PER_RECORD)];
    const position = ref % MAX_NAMES_PER_RECORD;
    const name = record?.names[position];
    if (!record || name === undefined) continue;
    const displayName = record.names[0] ?? name;
    let meaning = meanings.find((candidate) => candidate.name === displayName);
    if (!meaning) {
      meaning = { name: displayName, description: record.description, ports: [] };
      meanings.push(meaning);
    }
    const protocols = record.transport ? [record.transport] : [];
    const existing = meaning.ports.find(
      (port) => port.port === record.from && port.to === (record.from === record.to ? undefined : record.to),
    );
    if (existing) {
      for (const protocol of protocols)
        if (!existing.protocols.includes(protocol)) existing.protocols.push(protocol);
    } else {
      meaning.ports.push({
        port: record.from,
        ...(record.from !== record.to ? { to: record.to } : {}),
        protocols,
        role: position === 0 ? name : `${displayName} (alias ${name})`,
        source: 'iana',
      });
    }
  }
  return meanings;
}

function curatedPort(entry: KnownUse): ServicePort {
  return {
    port: entry.port,
    ...(entry.to !== undefined ? { to: entry.to } : {}),
    protocols: [...entry.protocols],
    ...(entry.role ? { role: entry.role } : {}),
    source: 'curated',
    ...(entry.usage ? { usage: entry.usage } : {}),
  };
}

/**
 * The software a word means: an entry named exactly so, else one whose name starts with it
 * ("postgres" → PostgreSQL), else the most frequent name, so "kafka" reads "Apache Kafka" and not
 * "ZooKeeper", whose entry lists "kafka" among its terms.
 */
function dominantName(entries: readonly KnownUse[], key: string): string {
  const exact = entries.find((entry) => normalizeName(entry.name) === key);
  if (exact) return exact.name;
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
  const rank = (name: string) => {
    const normalized = normalizeName(name);
    return (
      (normalized.includes(key) ? 100 : 0) +
      (counts.get(name) ?? 0) * 2 +
      (normalized.startsWith(key) ? 1 : 0)
    );
  };
  return [...counts.keys()].sort((a, b) => rank(b) - rank(a) || a.length - b.length)[0] ?? key;
}

/** A curated port; entries of related software carry their own name in the role ("ZooKeeper"). */
function curatedPortOf(entry: KnownUse, primaryName: string): ServicePort {
  const port = curatedPort(entry);
  return entry.name === primaryName ? port : { ...port, software: entry.name };
}

function samePortSet(a: readonly ServicePort[], b: readonly ServicePort[]): boolean {
  return a.some((x) => b.some((y) => x.port <= (y.to ?? y.port) && y.port <= (x.to ?? x.port)));
}

function toLookup(
  key: string,
  target: Target,
  records: readonly RegistryRecord[],
  matchedBy: NameLookup['matchedBy'],
): NameLookup | undefined {
  const iana = ianaMeaningsOf(target, records);
  const ianaPorts = iana.flatMap((meaning) => meaning.ports);
  const ianaMeaning = (): ServiceMeaning[] =>
    iana.map((meaning) => ({
      name: meaning.name,
      source: 'iana',
      description: meaning.description,
      ports: meaning.ports,
    }));
  const nameOnly = target.nameOnly.map(
    (description): ServiceMeaning => ({ name: key, source: 'iana', description, ports: [] }),
  );
  if (target.curated.length > 0) {
    const name = dominantName(target.curated, key);
    const ordered = [...target.curated].sort((a, b) => Number(b.name === name) - Number(a.name === name));
    const curatedPorts = ordered.map((entry) => curatedPortOf(entry, name));
    const related = ianaPorts.length > 0 && samePortSet(curatedPorts, ianaPorts);
    const primary: ServiceMeaning = {
      name,
      source: 'curated',
      ports: related ? mergePorts(curatedPorts, ianaPorts) : curatedPorts,
    };
    return {
      primary,
      also: [...(related ? [] : ianaMeaning()), ...nameOnly],
      matchedBy,
      entries: target.curated,
    };
  }
  const [first] = ianaMeaning();
  if (first)
    return {
      primary: { ...first, ports: mergePorts([], ianaPorts) },
      also: nameOnly,
      matchedBy,
      entries: [],
    };
  return undefined;
}

/** IANA ports that the curated list does not already give, grouped by port and registered name. */
function mergePorts(curated: ServicePort[], iana: readonly ServicePort[]): ServicePort[] {
  const merged = [...curated];
  for (const port of iana) {
    const existing = merged.find(
      (candidate) =>
        candidate.source === 'iana' &&
        candidate.port === port.port &&
        candidate.to === port.to &&
        candidate.role === port.role,
    );
    if (existing) {
      for (const protocol of port.protocols)
        if (!existing.protocols.includes(protocol)) existing.protocols.push(protocol);
      continue;
    }
    const coveredByCurated = curated.some(
      (candidate) =>
        candidate.port === port.port &&
        port.protocols.every((protocol) => candidate.protocols.includes(protocol)),
    );
    if (!coveredByCurated) merged.push({ ...port, protocols: [...port.protocols] });
  }
  return merged;
}

export function createNameIndex(registry: Registry, knownUses: readonly KnownUse[]): NameIndex {
  const targets = new Map<string, Target>();
  const targetFor = (key: string): Target => {
    let target = targets.get(key);
    if (!target) {
      target = emptyTarget();
      targets.set(key, target);
    }
    return target;
  };

  for (const entry of knownUses) {
    const keys = new Set([entry.name, ...(entry.terms ?? [])].map(normalizeName).filter(Boolean));
    for (const key of keys) add(targetFor(key), 'curated', entry);
  }
  const records = registry.allRecords();
  records.forEach((record, index) => {
    record.names.forEach((name, position) => {
      const key = normalizeName(name);
      if (!key || position >= MAX_NAMES_PER_RECORD) return;
      add(targetFor(key), 'ianaRefs', index * MAX_NAMES_PER_RECORD + position);
    });
  });
  for (const record of registry.nameOnlyRecords()) {
    const key = normalizeName(record.name);
    if (key) add(targetFor(key), 'nameOnly', record.description);
  }

  const keys = [...targets.keys()].sort();
  const byLength = new Map<number, string[]>();
  for (const key of keys) {
    const bucket = byLength.get(key.length);
    if (bucket) bucket.push(key);
    else byLength.set(key.length, [key]);
  }
  for (const synonym of Object.keys(SYNONYMS)) {
    if (!targets.has(synonym)) {
      targets.set(synonym, emptyTarget());
      keys.push(synonym);
      const bucket = byLength.get(synonym.length);
      if (bucket) bucket.push(synonym);
      else byLength.set(synonym.length, [synonym]);
    }
  }
  keys.sort();
  const hasPorts = (key: string): boolean => {
    const synonym = SYNONYMS[key];
    if (synonym && synonym !== key && targets.has(synonym)) return hasPorts(synonym);
    const target = targets.get(key);
    return target !== undefined && (target.curated.length > 0 || target.ianaRefs.length > 0);
  };

  /**
   * A curated entry named exactly so wins ("smb" → SMB); otherwise a hand-chosen synonym wins over
   * curated terms that several programs share ("postgres" → PostgreSQL, not Pgpool-II).
   */
  // Lookups are pure, and autocomplete asks for the same few hundred names on every keystroke.
  const memo = new Map<string, NameLookup | undefined>();
  function lookupKey(key: string, matchedBy: NameLookup['matchedBy']): NameLookup | undefined {
    const memoKey = `${matchedBy}:${key}`;
    if (memo.has(memoKey)) return memo.get(memoKey);
    const result = resolveKey(key, matchedBy);
    memo.set(memoKey, result);
    return result;
  }

  function resolveKey(key: string, matchedBy: NameLookup['matchedBy']): NameLookup | undefined {
    const synonym = SYNONYMS[key];
    const named = targets.get(key)?.curated.some((entry) => normalizeName(entry.name) === key) ?? false;
    // "time", "signal", "connect": an everyday word means a service only when it is the name itself.
    if (EVERYDAY_WORDS.has(key) && !named && synonym === undefined) return undefined;
    if (!named && synonym && synonym !== key && hasPorts(synonym)) {
      const target = targets.get(synonym);
      return target
        ? toLookup(synonym, target, records, matchedBy === 'name' ? 'synonym' : matchedBy)
        : undefined;
    }
    const target = targets.get(key);
    return target ? toLookup(key, target, records, matchedBy) : undefined;
  }

  function lookup(word: string): NameLookup | undefined {
    const key = normalizeName(word);
    return key ? lookupKey(key, 'name') : undefined;
  }

  /**
   * Typo tolerance, only where a typo is the likely story: the word is not an everyday word
   * ("version" is not "reversion"), it has five letters or more, it starts with the same letter as
   * the name (people slip inside a word, rarely on its first key: "night" is not "light"), it is one
   * edit away (two from eight letters on: "elasticsearh", "kubernets"), and the name is one people
   * know, a curated name, term or synonym, never a bare registry entry ("after" is not "acter").
   */
  function suggest(word: string, limit = 5): { best?: NameLookup; suggestions: string[] } {
    const key = normalizeName(word);
    if (!mayBeTypo(key)) return { suggestions: [] };
    const maxDistance = maxTypoEdits(key.length);
    const scored: { key: string; score: number }[] = [];
    for (let length = key.length - maxDistance; length <= key.length + maxDistance; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        const known = (targets.get(candidate)?.curated.length ?? 0) > 0 || SYNONYMS[candidate] !== undefined;
        if (!known || !hasPorts(candidate)) continue;
        const d = typoDistance(key, candidate);
        if (d !== undefined) {
          // A name the word merely extends or shortens wins ties ("postgress" → "postgres").
          const prefix = key.startsWith(candidate) || candidate.startsWith(key);
          scored.push({ key: candidate, score: d * 4 - (prefix ? 1 : 0) });
        }
      }
    }
    scored.sort((a, b) => a.score - b.score || a.key.localeCompare(b.key));
    const lookups = scored.map((item) => ({ item, result: lookupKey(item.key, 'fuzzy') }));
    const names = [
      ...new Set(lookups.map(({ result }) => result?.primary.name).filter((name): name is string => !!name)),
    ];
    const top = lookups[0];
    const bestScore = top?.item.score;
    const bestNames = new Set(
      lookups.filter(({ item }) => item.score === bestScore).map(({ result }) => result?.primary.name),
    );
    const best = top && bestNames.size === 1 ? top.result : undefined;
    return { ...(best ? { best } : {}), suggestions: names.slice(0, limit) };
  }

  function complete(prefix: string, limit = 25): Completion[] {
    const key = normalizeName(prefix);
    if (!key) return [];
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((keys[middle] as string) < key) low = middle + 1;
      else high = middle;
    }
    const matches: { key: string; curated: boolean }[] = [];
    for (let index = low; index < keys.length && matches.length < 400; index++) {
      const candidate = keys[index] as string;
      if (!candidate.startsWith(key)) break;
      if (!hasPorts(candidate)) continue;
      matches.push({ key: candidate, curated: (targets.get(candidate)?.curated.length ?? 0) > 0 });
    }
    matches.sort(
      (a, b) =>
        Number(b.curated) - Number(a.curated) || a.key.length - b.key.length || a.key.localeCompare(b.key),
    );
    const seen = new Set<string>();
    const completions: Completion[] = [];
    for (const match of matches) {
      if (completions.length >= limit) break;
      const result = lookupKey(match.key, 'name');
      if (!result) continue;
      const own = result.primary.ports.filter((port) => port.software === undefined);
      const label = `${result.primary.name} (${describePorts(own.length > 0 ? own : result.primary.ports)})`;
      if (seen.has(label)) continue;
      seen.add(label);
      completions.push({ label: label.slice(0, 100), value: match.key });
    }
    return completions;
  }

  return { lookup, suggest, complete, size: keys.length, keys };
}

/** "5432/tcp, 5433/tcp": short enough for an autocomplete label. */
export function describePorts(ports: readonly ServicePort[], max = 3): string {
  const shown = ports.slice(0, max).map((port) => {
    const number = port.to !== undefined ? `${port.port}-${port.to}` : String(port.port);
    return port.protocols.length > 0 ? `${number}/${port.protocols.join('+')}` : number;
  });
  return ports.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}
