import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeRegistryCache, openRegistryCache } from '../../src/knowledge/iana-import/cache-format.js';
import { parseRegistryCsv } from '../../src/knowledge/iana-import/parse-iana-csv.js';
import { createRegistry } from '../../src/knowledge/registry.js';

const SAMPLE = readFileSync(new URL('../fixtures/iana/registry-sample.csv', import.meta.url), 'utf8');
const parsed = parseRegistryCsv(SAMPLE, { updated: '2026-03-01' });
if (!parsed.ok) throw new Error(parsed.problem.message);
const { data, stats } = parsed.value;
const text = encodeRegistryCache(data, stats);

function open(cache: string) {
  const opened = openRegistryCache(cache);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened;
}

describe('registry cache format', () => {
  it('writes one header line, one line per record and per name-only entry', () => {
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 1).toBe(1 + data.records.length + data.nameOnly.length);
    expect(lines[1]).toBe('[0,0,"tcp",[],"Reserved","r",["[RFC6335]"],"","2024-12-20"]');
  });

  it('answers every port exactly like the in-memory registry', () => {
    const direct = createRegistry(data);
    const { registry } = open(text).value;
    const mismatches: number[] = [];
    for (let port = 0; port <= 65535; port++) {
      if (JSON.stringify(registry.recordsFor(port)) !== JSON.stringify(direct.recordsFor(port)))
        mismatches.push(port);
    }
    expect(mismatches).toEqual([]);
  });

  it('gives back every record, the name-only entries, the source and the stats', () => {
    const opened = open(text);
    expect(opened.value.registry.allRecords()).toEqual(data.records);
    expect(opened.value.registry.nameOnlyRecords()).toEqual(data.nameOnly);
    expect(opened.value.registry.source).toEqual(data.source);
    expect(opened.value.stats).toEqual(stats);
  });

  it('keeps records sorted by first port even when the input is not', () => {
    const shuffled = { ...data, records: [...data.records].reverse() };
    const { registry } = open(encodeRegistryCache(shuffled, stats)).value;
    expect(registry.recordsFor(80).map((record) => record.transport)).toEqual(['sctp', 'udp', 'tcp']);
    expect(registry.recordsFor(6003).map((record) => record.names[0])).toEqual(['x11', 'x11']);
  });

  it('opens an empty registry', () => {
    const { registry } = open(encodeRegistryCache({ ...data, records: [], nameOnly: [] }, stats)).value;
    expect(registry.recordsFor(80)).toEqual([]);
  });

  const lines = text.split('\n');
  const header = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
  const withHeader = (patch: Record<string, unknown>) =>
    [JSON.stringify({ ...header, ...patch }), ...lines.slice(1)].join('\n');

  it.each([
    ['not JSON at all', 'hello\n', 'wrong_format'],
    ['another file format', withHeader({ format: 'something-else' }), 'wrong_format'],
    ['a newer format version', withHeader({ version: 2 }), 'newer_format'],
    ['a damaged source', withHeader({ source: { kind: 'iana' } }), 'wrong_format'],
    ['a damaged range list', withHeader({ ranges: [[6000, 6063, 9999]] }), 'wrong_format'],
    ['a file cut short', `${lines.slice(0, 10).join('\n')}\n`, 'bad_record'],
    ['no final line break', text.slice(0, -1), 'bad_record'],
    [
      'a damaged last record',
      [...lines.slice(0, data.records.length), '[1,2', ...lines.slice(data.records.length + 1)].join('\n'),
      'bad_record',
    ],
    ['an empty file', '', 'wrong_format'],
  ])('refuses %s', (_name, cache, code) => {
    const opened = openRegistryCache(cache);
    expect(opened.ok ? 'ok' : opened.problem.code).toBe(code);
  });

  it('leaves out a record that no longer parses instead of failing the answer', () => {
    const index = data.records.findIndex((record) => record.from === 443);
    const damaged = [...lines];
    damaged[index + 1] = '[443,443,"tcp",{}]';
    const { registry } = open(damaged.join('\n')).value;
    expect(registry.recordsFor(443).map((record) => record.transport)).toEqual(['udp', 'sctp']);
  });
});

describe('registry cache: every record at once', () => {
  it('keeps the objects a lookup already built', () => {
    const { registry } = open(text).value;
    const [http] = registry.recordsFor(80);
    expect(registry.allRecords()).toContain(http);
  });

  it('reads the rest line by line when one line is damaged', () => {
    const lines = text.split('\n');
    const index = data.records.findIndex((record) => record.from === 443);
    lines[index + 1] = '[443,443,"tcp",{}]';
    const { registry } = open(lines.join('\n')).value;
    expect(registry.allRecords()).toHaveLength(data.records.length - 1);
  });
});

describe('a cache written when the label said the day of the import', () => {
  it("is read with the registry's own date in its label", () => {
    const old = encodeRegistryCache(
      {
        ...data,
        source: {
          kind: 'iana',
          label: 'IANA registry, updated 2026-03-01',
          version: '2025-11-03',
          updated: '2026-03-01',
        },
      },
      stats,
    );
    expect(open(old).value.registry.source).toEqual({
      kind: 'iana',
      label: 'IANA registry, updated 2025-11-03',
      version: '2025-11-03',
      updated: '2026-03-01',
    });
  });

  it('is read as undated when it had no date to state', () => {
    const old = encodeRegistryCache(
      {
        ...data,
        source: { kind: 'iana', label: 'IANA registry, updated 2026-03-01', updated: '2026-03-01' },
      },
      stats,
    );
    expect(open(old).value.registry.source.label).toBe('IANA registry (undated copy, imported 2026-03-01)');
  });
});
