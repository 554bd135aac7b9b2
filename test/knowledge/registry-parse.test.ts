import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegistryImport, maxRefusedNames } from '../../src/knowledge/iana-import/check-import.js';
import { parseRegistryCsv, splitReferences } from '../../src/knowledge/iana-import/parse-iana-csv.js';
import { RegistryDataSchema, type RegistryRecord } from '../../src/knowledge/registry-record.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/iana/${name}`, import.meta.url), 'utf8');
const SAMPLE = fixture('registry-sample.csv');
const HEADER = SAMPLE.slice(0, SAMPLE.indexOf('\r\n'));
const UPDATED = '2026-03-01';

function parseSample() {
  const result = parseRegistryCsv(SAMPLE, { updated: UPDATED });
  if (!result.ok) throw new Error(result.problem.message);
  return result;
}

const recordsAt = (records: readonly RegistryRecord[], port: number) =>
  records.filter((record) => record.from === port);

describe('parseRegistryCsv on a sample in IANA format', () => {
  const { data, stats } = parseSample().value;

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

  it("labels the data with the registry's own date (its newest), keeping the import day as updated", () => {
    expect(data.source).toEqual({
      kind: 'iana',
      label: 'IANA registry, updated 2025-11-03',
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
      refused: 0,
      refusedRows: [],
      historicalNames: 0,
      newest: '2025-11-03',
    });
    expect(stats.ranges).toBe(recordsAt(data.records, 6000).length + 2 + 1 + 2);
    expect(stats.records).toBe(data.records.length);
  });

  it('reads an LF-only copy the same as a CRLF one', () => {
    const lf = parseRegistryCsv(SAMPLE.replaceAll('\r\n', '\n'), { updated: UPDATED });
    expect(lf.ok && lf.value.data).toEqual(data);
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
    expect(result.ok ? 'ok' : result.problem.code).toBe(code);
  });

  it('leaves out rows with a protocol it does not know, and counts them', () => {
    const result = parseRegistryCsv(
      `${HEADER}\r\nfuture,7,quic,Future,,,,,,,,\r\necho,7,tcp,Echo,,,,,,,,\r\n`,
      {
        updated: UPDATED,
      },
    );
    expect(result.ok && result.value.stats.skipped).toBe(1);
    expect(result.ok && result.value.data.records.map((record) => record.transport)).toEqual(['tcp']);
  });
});

/** The sample with rows added at its end (CRLF, like the sample). */
const withRows = (...rows: string[]) => `${SAMPLE}${rows.map((row) => `${row}\r\n`).join('')}`;
/** The 1-based line of the text where `row` starts. */
const lineOf = (text: string, row: string) => text.slice(0, text.indexOf(row)).split('\n').length;

describe('parseRegistryCsv checks service names (RFC 6335, with IANA’s older names)', () => {
  const BAD = [
    'x<y,7001,tcp,Bad,,,,,,,,',
    '<!channel>,7002,tcp,Bad,,,,,,,,',
    '"a b",7003,tcp,"Bad, with a comma",,,,,,,,',
    'esc\u001b[31m,7004,udp,Bad,,,,,,,,',
    'averyveryverylongname,,tcp,Name-only and too long,,,,,,,,',
  ];
  const OLD = ['whois++,63,tcp,whois++,,,,,,,,', 'z39.50,210,tcp,ANSI Z39.50,,,,,,,,'];

  it('leaves out each row with a bad name and lists it with the line it starts on', () => {
    const text = withRows(...OLD, ...BAD);
    const result = parseRegistryCsv(text, { updated: UPDATED });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value.stats).toMatchObject({ rows: 57, refused: 5, historicalNames: 2 });
    expect(result.value.stats.refusedRows).toEqual([
      { line: lineOf(text, BAD[0] ?? ''), name: 'x<y', reason: 'it holds "<"' },
      { line: lineOf(text, BAD[1] ?? ''), name: '<!channel>', reason: 'it holds "<"' },
      { line: lineOf(text, BAD[2] ?? ''), name: 'a b', reason: 'it holds a space' },
      { line: lineOf(text, BAD[3] ?? ''), name: 'esc\u001b[31m', reason: 'it holds a control character' },
      {
        line: lineOf(text, BAD[4] ?? ''),
        name: 'averyveryverylongname',
        reason: 'it is longer than 15 characters',
      },
    ]);
    // Line numbers count the line breaks inside the sample's multi-line descriptions.
    expect(result.value.stats.refusedRows[0]?.line).toBe(SAMPLE.split('\n').length + 2);
    const names = result.value.data.records.flatMap((record) => record.names);
    expect(names).toEqual(expect.arrayContaining(['whois++', 'z39.50']));
    expect(names.filter((name) => ['<', '>', ' ', '\u001b'].some((bad) => name.includes(bad)))).toEqual([]);
    expect(result.value.data.nameOnly.map((entry) => entry.name)).not.toContain('averyveryverylongname');
    expect(result.value.data.records.some((record) => record.from >= 7001 && record.from <= 7004)).toBe(
      false,
    );
    expect(checkRegistryImport(result.value.data, result.value.stats, { minRows: 20 })).toBeUndefined();
  });

  it('lists at most 20 refused rows and counts the rest', () => {
    const bad = Array.from({ length: 25 }, (_, index) => `bad name ${index},${7100 + index},tcp,Bad,,,,,,,,`);
    const result = parseRegistryCsv(withRows(...bad), { updated: UPDATED });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value.stats.refused).toBe(25);
    expect(result.value.stats.refusedRows).toHaveLength(20);
  });

  it('refuses the whole import when too many rows have bad names (a damaged or foreign file)', () => {
    const bad = Array.from({ length: 11 }, (_, index) => `bad name ${index},${7100 + index},tcp,Bad,,,,,,,,`);
    const text = withRows(...bad);
    const result = parseRegistryCsv(text, { updated: UPDATED });
    if (!result.ok) throw new Error(result.problem.message);
    const [first, second, third] = bad.map((row) => lineOf(text, row));
    expect(checkRegistryImport(result.value.data, result.value.stats, { minRows: 20 })).toEqual({
      code: 'bad_service_names',
      line: first,
      message: `11 rows have service names IANA would not register (line ${first} "bad name 0", line ${second} "bad name 1", line ${third} "bad name 2", …): a damaged file or not the registry`,
    });
    // Ten are tolerated (left out, listed); 1% of a real registry's ~14,500 rows is 145.
    const ten = parseRegistryCsv(withRows(...bad.slice(0, 10)), { updated: UPDATED });
    expect(ten.ok && checkRegistryImport(ten.value.data, ten.value.stats, { minRows: 20 })).toBeUndefined();
    expect(maxRefusedNames(14_500)).toBe(145);
  });

  it('points a row with the wrong number of fields at its real line', () => {
    const row = 'short,7200,tcp,Too few fields';
    const text = withRows(row);
    const result = parseRegistryCsv(text, { updated: UPDATED });
    expect(result.ok ? undefined : result.problem).toEqual({
      code: 'wrong_field_count',
      line: lineOf(text, row),
      message: `line ${lineOf(text, row)} has 4 fields instead of 12`,
    });
  });
});

describe("the registry's own date", () => {
  const dated = (...dates: [registered: string, modified: string][]) =>
    withRows(
      ...dates.map(
        ([registered, modified], index) =>
          `dated${index},${7300 + index},tcp,D,,,${registered},${modified},,,,`,
      ),
    );

  it.each([
    ['a newer date in the file', dated(['2026-01-15', '']), '2026-01-15'],
    ['a year-and-month date', dated(['', '2026-02']), '2026-02'],
    ['a date after the day of the import (a typo)', dated(['2099-01-01', '']), '2025-11-03'],
    ['text that is not a date', dated(['see notes', 'zzz']), '2025-11-03'],
    ['an impossible month', dated(['2026-13-01', '']), '2025-11-03'],
  ])('%s → %s', (_name, text, date) => {
    const result = parseRegistryCsv(text, { updated: UPDATED });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value.stats.newest).toBe(date);
    expect(result.value.data.source).toMatchObject({
      label: `IANA registry, updated ${date}`,
      version: date,
      updated: UPDATED,
    });
  });

  it('says a copy without any date is undated, with the day it was imported', () => {
    const undated = SAMPLE.replace(/\d{4}-\d{2}(-\d{2})?/g, '');
    const result = parseRegistryCsv(undated, { updated: UPDATED });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value.data.source).toEqual({
      kind: 'iana',
      label: `IANA registry (undated copy, imported ${UPDATED})`,
      updated: UPDATED,
    });
  });
});

describe('checkRegistryImport', () => {
  const { data, stats } = parseSample().value;

  it('accepts a complete copy', () => {
    expect(checkRegistryImport(data, stats, { minRows: 20 })).toBeUndefined();
  });

  it('refuses far too few rows for a real registry by default', () => {
    expect(checkRegistryImport(data, stats)?.code).toBe('too_few_rows');
  });

  it('refuses a copy cut at a record boundary (well-known rows missing)', () => {
    const cut = SAMPLE.slice(0, SAMPLE.indexOf('http,80,tcp'));
    const result = parseRegistryCsv(cut, { updated: UPDATED });
    if (!result.ok) throw new Error(result.problem.message);
    const problem = checkRegistryImport(result.value.data, result.value.stats, { minRows: 5 });
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
