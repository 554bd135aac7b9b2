import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegistryCsv, splitReferences } from '../../src/knowledge/parse-registry-csv.js';
import { checkRegistryImport } from '../../src/knowledge/registry-import-check.js';
import { RegistryDataSchema, type RegistryRecord } from '../../src/knowledge/registry-record.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/iana/${name}`, import.meta.url), 'utf8');
const SAMPLE = fixture('registry-sample.csv');
const HEADER = SAMPLE.slice(0, SAMPLE.indexOf('\r\n'));
const UPDATED = '2026-03-01';

function parseSample() {
  const result = parseRegistryCsv(SAMPLE, { updated: UPDATED });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const recordsAt = (records: readonly RegistryRecord[], port: number) =>
  records.filter((record) => record.from === port);

describe('parseRegistryCsv on a sample in IANA format', () => {
  const { data, stats } = parseSample();

  it('uses CRLF between records and LF inside fields, like some copies of the registry', () => {
    expect(SAMPLE).toContain('\r\n');
    expect(SAMPLE).toMatch(/[^\r]\n/);
  });

  it('produces data the core schema accepts', () => {
    expect(RegistryDataSchema.safeParse(data).success).toBe(true);
  });

  it('groups every name of one port and protocol, first name first', () => {
    const http = recordsAt(data.records, 80);
    expect(http.map((record) => [record.transport, record.names])).toEqual([
      ['tcp', ['http', 'www', 'www-http']],
      ['udp', ['http', 'www', 'www-http']],
      ['sctp', ['http']],
    ]);
    expect(http[0]).toMatchObject({
      description: 'World Wide Web HTTP',
      status: 'assigned',
      references: ['[RFC9110]'],
      modified: '2021-10-01',
      assignmentNotes: 'Defined TXT keys: u=<username> p=<password> path=<path to document>',
    });
  });

  it.each([
    [2019, 'tcp', ['whosockami']],
    [2019, 'udp', ['about']],
    [465, 'tcp', ['urd', 'submissions']],
    [465, 'udp', ['igmpv3lite']],
    [3478, 'udp', ['stun', 'turn', 'stun-behavior']],
  ])('%i/%s → %j', (port, transport, names) => {
    expect(recordsAt(data.records, port).find((record) => record.transport === transport)?.names).toEqual(
      names,
    );
  });

  it('keeps the distinct descriptions and references of all names of a port', () => {
    const [stun] = recordsAt(data.records, 3478);
    expect(stun?.description).toBe(
      'Session Traversal Utilities for NAT (STUN) port; TURN over TCP; STUN Behavior Discovery over TCP',
    );
    expect(stun?.references).toEqual(['[RFC8489]', '[RFC8656]', '[RFC5780]']);
  });

  it('keeps range rows, with their unauthorized-use note', () => {
    expect(recordsAt(data.records, 6000)).toEqual([
      {
        from: 6000,
        to: 6063,
        transport: 'tcp',
        names: ['x11'],
        description: 'X Window System',
        status: 'assigned',
        unauthorizedUse: 'Known Unauthorized Use on port 6003',
      },
      expect.objectContaining({ to: 6063, transport: 'udp', names: ['x11'] }),
    ]);
    expect(recordsAt(data.records, 6665).map((record) => [record.transport, record.status])).toEqual([
      ['tcp', 'assigned'],
      ['udp', 'reserved'],
    ]);
  });

  it.each([
    [0, 'tcp', 'reserved'],
    [2, null, 'unassigned'],
    [24, 'tcp', 'reserved'],
    [8010, null, 'reserved'],
    [49001, 'udp', 'unassigned'],
    [49151, null, 'reserved'],
  ])('status of %i/%s is %s', (port, transport, status) => {
    const record = recordsAt(data.records, port).find((entry) => entry.transport === transport);
    expect(record?.status).toBe(status);
    expect(record?.names).toEqual([]);
  });

  it('reads quoted multi-line descriptions with commas and doubled quotes', () => {
    const [record] = recordsAt(data.records, 8443);
    expect(record?.description).toBe(
      'Sample service with a description\nthat spans two lines, a comma and a "quote"',
    );
    expect(record?.references).toEqual(['[RFC8489]', '[RFC8656]']);
    expect(record).toMatchObject({ registered: '2025-07-14', modified: '2025-11-03' });
  });

  it('keeps rows without a port as name-only entries', () => {
    expect(data.nameOnly).toEqual([
      { name: 'airplay', transport: 'tcp', description: 'Protocol for streaming of audio/video content' },
      { name: 'argus', transport: null, description: 'ARGUS Protocol' },
      { name: 'rdp', transport: null, description: 'Reliable Data Protocol' },
      { name: 'tcp', transport: null, description: 'Transmission Control Protocol' },
      { name: 'udp', transport: null, description: 'User Datagram Protocol' },
    ]);
  });

  it('labels the data with the import day and keeps the newest registry date as its version', () => {
    expect(data.source).toEqual({
      kind: 'iana',
      label: 'IANA registry, updated 2026-03-01',
      version: '2025-11-03',
      updated: UPDATED,
    });
  });

  it('counts what it imported', () => {
    expect(stats).toMatchObject({
      rows: 50,
      nameOnly: 5,
      unauthorizedUseRows: 5,
      multiName: 5,
      skipped: 0,
      newest: '2025-11-03',
    });
    expect(stats.ranges).toBe(recordsAt(data.records, 6000).length + 2 + 1 + 2);
    expect(stats.records).toBe(data.records.length);
  });

  it('reads an LF-only copy the same as a CRLF one', () => {
    const lf = parseRegistryCsv(SAMPLE.replaceAll('\r\n', '\n'), { updated: UPDATED });
    expect(lf.ok && lf.data).toEqual(data);
  });
});

describe('parseRegistryCsv refuses what is not a whole registry', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['a file cut inside a quoted field', fixture('registry-truncated.csv'), 'unterminated_quote'],
    ['another format', fixture('registry-wrong-header.csv'), 'wrong_header'],
    ['a row with a missing field', `${HEADER}\r\nhttp,80,tcp,WWW,,,,,,,\r\n`, 'wrong_field_count'],
    ['a port beyond 65535', `${HEADER}\r\nx,70000,tcp,X,,,,,,,,\r\n`, 'bad_port'],
    ['a reversed range', `${HEADER}\r\nx,20-10,tcp,X,,,,,,,,\r\n`, 'bad_port'],
    ['a port that is not a number', `${HEADER}\r\nx,0x50,tcp,X,,,,,,,,\r\n`, 'bad_port'],
  ])('%s → %s', (_name, text, code) => {
    const result = parseRegistryCsv(text, { updated: UPDATED });
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });

  it('leaves out rows with a protocol it does not know, and counts them', () => {
    const result = parseRegistryCsv(
      `${HEADER}\r\nfuture,7,quic,Future,,,,,,,,\r\necho,7,tcp,Echo,,,,,,,,\r\n`,
      {
        updated: UPDATED,
      },
    );
    expect(result.ok && result.stats.skipped).toBe(1);
    expect(result.ok && result.data.records.map((record) => record.transport)).toEqual(['tcp']);
  });
});

describe('checkRegistryImport', () => {
  const { data, stats } = parseSample();

  it('accepts a complete copy', () => {
    expect(checkRegistryImport(data, stats, { minRows: 20 })).toBeUndefined();
  });

  it('refuses far too few rows for a real registry by default', () => {
    expect(checkRegistryImport(data, stats)?.code).toBe('too_few_rows');
  });

  it('refuses a copy cut at a record boundary (well-known rows missing)', () => {
    const cut = SAMPLE.slice(0, SAMPLE.indexOf('http,80,tcp'));
    const result = parseRegistryCsv(cut, { updated: UPDATED });
    if (!result.ok) throw new Error(result.error.message);
    const problem = checkRegistryImport(result.data, result.stats, { minRows: 5 });
    expect(problem?.code).toBe('missing_well_known');
    expect(problem?.message).toContain('80/tcp http');
    expect(problem?.message).toContain('49151/any');
  });

  it('refuses a copy with less than half the rows of the current data', () => {
    expect(checkRegistryImport(data, stats, { minRows: 20, previousRows: 14_500 })?.code).toBe('shrunk');
    expect(checkRegistryImport(data, stats, { minRows: 20, previousRows: 60 })).toBeUndefined();
  });
});

describe('splitReferences', () => {
  it.each([
    ['[RFC9110]', ['[RFC9110]']],
    ['[RFC8489][RFC8656]', ['[RFC8489]', '[RFC8656]']],
    ['', []],
    ['[]', []],
    ['see [RFC1]', ['see', '[RFC1]']],
  ])('%j → %j', (text, pieces) => {
    expect(splitReferences(text)).toEqual(pieces);
  });
});
