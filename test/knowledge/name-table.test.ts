/** The names table answers every exact lookup as the names index it was written from. */
import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../src/knowledge/knowledge.js';
import { createKnownUseLines, encodeKnownUseLines } from '../../src/knowledge/known-use-lines.js';
import { loadKnownUses } from '../../src/knowledge/load-known-uses.js';
import { encodeNameTable } from '../../src/knowledge/name-table.js';

const source = createKnowledge();
const full = source.names();
const table = encodeNameTable(full);
const fromTable = () =>
  createKnowledge({ knownUses: createKnownUseLines(encodeKnownUseLines(loadKnownUses())), nameTable: table });

describe('names table', () => {
  it('is ASCII, so the CLI can search its bytes', () => {
    expect(/[\u0080-\uffff]/.test(table)).toBe(false);
  });

  it('gives every name the index knows the same lookup, entries included', () => {
    const names = fromTable().names();
    const mismatched = full.keys.filter(
      (key) => JSON.stringify(names.lookup(key)) !== JSON.stringify(full.lookup(key)),
    );
    expect(full.keys.length).toBeGreaterThan(5_000);
    expect(mismatched).toEqual([]);
  });

  it.each(['Redis', 'SQL Server', 'postgres', 'PostgreSQL', 'k8s', 'time', 'nosuchthing', ''])(
    'reads "%s" as the index does',
    (word) => {
      expect(fromTable().names().lookup(word)).toEqual(full.lookup(word));
    },
  );

  it('leaves typos and completion to the whole index, built when first asked', () => {
    const names = fromTable().names();
    expect(names.suggest('postgress')).toEqual(full.suggest('postgress'));
    expect(names.complete('post')).toEqual(full.complete('post'));
    expect(names.size).toBe(full.size);
  });
});
