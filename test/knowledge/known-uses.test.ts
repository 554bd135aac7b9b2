import { describe, expect, it } from 'vitest';
import { KNOWN_USE_CATEGORIES } from '../../src/knowledge/known-use.js';
import { KnownUseListSchema } from '../../src/knowledge/known-use-schema.js';
import { KNOWN_USE_FILES } from '../../src/knowledge/known-uses-data.js';
import { loadKnownUses } from '../../src/knowledge/load-known-uses.js';

const entries = loadKnownUses();

describe('curated known uses', () => {
  it.each(Object.entries(KNOWN_USE_FILES))('%s.json passes the schema', (_file, content) => {
    expect(KnownUseListSchema.safeParse(content).success).toBe(true);
  });

  it('has unique ids', () => {
    const seen = new Map<string, number>();
    for (const entry of entries) seen.set(entry.id, (seen.get(entry.id) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([id]) => id)).toEqual([]);
  });

  it('never lists the same software twice on the same port', () => {
    const keys = entries.map(
      (entry) => `${entry.port}-${entry.to ?? ''}:${entry.name.toLowerCase()}:${entry.role ?? ''}`,
    );
    const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(duplicates).toEqual([]);
  });

  it('never contradicts itself on the protocols of one software on one port', () => {
    const byPortAndName = new Map<string, string[]>();
    for (const entry of entries) {
      const key = `${entry.port}:${entry.name.toLowerCase()}`;
      byPortAndName.set(key, [...(byPortAndName.get(key) ?? []), entry.id]);
    }
    const conflicts = [...byPortAndName].filter(
      ([, ids]) => ids.length > 1 && new Set(ids).size !== ids.length,
    );
    expect(conflicts).toEqual([]);
  });

  it('uses only known categories and valid ports', () => {
    for (const entry of entries) {
      expect(KNOWN_USE_CATEGORIES).toContain(entry.category);
      expect(entry.port).toBeGreaterThanOrEqual(0);
      expect(entry.to ?? entry.port).toBeLessThanOrEqual(65535);
    }
  });

  it('has no protocol listed twice in one entry', () => {
    for (const entry of entries) expect(new Set(entry.protocols).size).toBe(entry.protocols.length);
  });
});
