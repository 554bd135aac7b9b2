import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, MAX_RANGE_PORTS, parseQuestion } from '../../src/index.js';
import { MAX_ITEMS } from '../../src/question/parse-question.js';
import type { QueryItem } from '../../src/question/query.js';

function items(text: string): QueryItem[] {
  const result = parseQuestion(text);
  if (!result.ok) throw new Error(`expected a query for ${JSON.stringify(text)}, got ${result.problem.code}`);
  return result.query.items;
}

const port = (number: number, ...transports: string[]) => ({ type: 'port', port: number, transports });

describe('parseQuestion: one port', () => {
  it.each([
    ['60140', [port(60140)]],
    ['/port 60140', [port(60140)]],
    ['port 60140', [port(60140)]],
    [':8080', [port(8080)]],
    ['localhost:8080', [port(8080)]],
    ['60140/udp', [port(60140, 'udp')]],
    ['udp 53', [port(53, 'udp')]],
    ['tcp/443', [port(443, 'tcp')]],
    ['53 udp', [port(53, 'udp')]],
    ['sctp 2905', [port(2905, 'sctp')]],
    ['UDP 53', [port(53, 'udp')]],
    ['0', [port(0)]],
    ['65535', [port(65535)]],
    ['00080', [port(80)]],
  ])('%s', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });
});

describe('parseQuestion: several ports and ranges', () => {
  it.each([
    ['22 80 443', [port(22), port(80), port(443)]],
    ['22, 80 and 443', [port(22), port(80), port(443)]],
    ['what is 8080 vs 8443', [port(8080), port(8443)]],
    ['8000-8010', [{ type: 'range', from: 8000, to: 8010, transports: [] }]],
    ['8000 – 8010', [{ type: 'range', from: 8000, to: 8010, transports: [] }]],
    ['8000 to 8010', [{ type: 'range', from: 8000, to: 8010, transports: [] }]],
    ['6000-6063', [{ type: 'range', from: 6000, to: 6063, transports: [] }]],
    ['6000-6063/tcp', [{ type: 'range', from: 6000, to: 6063, transports: ['tcp'] }]],
  ])('%s', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });
});

describe('parseQuestion: services and natural questions', () => {
  it.each([
    ['ssh', ['ssh']],
    ['/port redis', ['redis']],
    ['postgres', ['postgres']],
    ['postgress', ['postgress']],
    ['which port does mysql use', ['mysql']],
    ['sql server', ['sqlserver', 'sql']],
  ])('%s → service candidates %j', (text, words) => {
    const [first] = items(text);
    expect(first).toMatchObject({ type: 'service', words });
  });

  it.each([
    ["what's on 5432?", [port(5432)], null, null],
    ['is 3389 dangerous to expose', [port(3389)], null, 'security'],
    ["how do I see what's using port 8080 on windows", [port(8080)], 'windows', 'check'],
    ['<@U0123ABC> what’s 6443', [port(6443)], null, null],
    ['<@!123456789012345678> 22', [port(22)], null, null],
  ])('%s', (text, expected, os, focus) => {
    const result = parseQuestion(text);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.query.items).toEqual(expected);
    expect(result.query.os).toBe(os);
    expect(result.query.focus).toBe(focus);
  });

  it.each([
    ["what's the ephemeral port range on linux", 'ephemeral-ranges', 'linux'],
    ['which ports are the well-known ports', 'iana-ranges', null],
    ['registered ports', 'iana-ranges', null],
  ])('%s → topic %s', (text, topic, os) => {
    const result = parseQuestion(text);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.query.items).toContainEqual({ type: 'topic', topic });
    expect(result.query.os).toBe(os);
  });

  it('reads "help" as a request for help, not as the registry name', () => {
    expect(items('help')).toEqual([{ type: 'help' }]);
  });

  it.each(['about', 'About?', 'version', 'portbot version', 'privacy', 'about portbot', '<@U0BOT123> about'])(
    'reads %j as a question about portbot itself',
    (text) => {
      expect(items(text)).toEqual([{ type: 'about' }]);
    },
  );

  it('keeps "about" a filler word inside other questions', () => {
    expect(items('tell me about 22')).toEqual([port(22)]);
    expect(items('about postgres')).not.toContainEqual({ type: 'about' });
  });

  it('treats tcp and udp as grammar, never as service names', () => {
    expect(items('tcp 80 udp 53')).toEqual([port(80, 'tcp'), port(53, 'udp')]);
  });
});

describe('parseQuestion: bad input becomes a problem, never an exception', () => {
  it.each([
    ['', 'empty_question'],
    ['   ', 'empty_question'],
    ['<@U0123ABC>', 'empty_question'],
    ['x'.repeat(MAX_QUESTION_LENGTH + 1), 'question_too_long'],
    ['a'.repeat(10_240), 'question_too_long'],
  ])('%j → %s', (text, code) => {
    const result = parseQuestion(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it.each([
    ['99999', 'port_out_of_range'],
    ['-1', 'port_out_of_range'],
    ['65536', 'port_out_of_range'],
    ['80.5', 'not_a_port_number'],
    ['1'.repeat(60), 'port_out_of_range'],
    ['9000-8000', 'range_reversed'],
    [`1-${MAX_RANGE_PORTS + 1}`, 'range_too_large'],
    ['1-65535', 'range_too_large'],
  ])('%j → problem %s and no item', (text, code) => {
    const result = parseQuestion(text);
    if (!result.ok) throw new Error('expected a query with problems');
    expect(result.query.items).toEqual([]);
    expect(result.query.problems.map((problem) => problem.code)).toContain(code);
  });

  it('never echoes a long number whole', () => {
    const result = parseQuestion('9'.repeat(60));
    if (!result.ok) throw new Error('expected a query');
    expect(result.query.problems[0]?.message.length).toBeLessThan(100);
  });

  it('keeps the port and drops the shell from "80; rm -rf /"', () => {
    const result = parseQuestion('80; rm -rf /');
    if (!result.ok) throw new Error('expected a query');
    expect(result.query.items[0]).toEqual(port(80));
    expect(JSON.stringify(result.query)).not.toContain('/');
  });

  it('caps the number of items', () => {
    const result = parseQuestion(Array.from({ length: 30 }, (_, index) => String(index + 1)).join(' '));
    if (!result.ok) throw new Error('expected a query');
    expect(result.query.items).toHaveLength(MAX_ITEMS);
    expect(result.query.problems.map((problem) => problem.code)).toContain('too_many_items');
  });

  it.each(['😀😀😀', '<!channel>', '@everyone', '!!!'])('%s gives no port item', (text) => {
    const result = parseQuestion(text);
    if (result.ok) expect(result.query.items.filter((item) => item.type !== 'service')).toEqual([]);
  });
});

describe('parseQuestion: scan mode ("Explain ports" on any message)', () => {
  it.each([
    ['the API listens on :8080 and metrics on port 9090', [port(8080), port(9090)]],
    ['open ports 22, 80 and 443 on the bastion', [port(22), port(80), port(443)]],
    ['dns is 53/udp', [port(53, 'udp')]],
    ['we saw 3 alerts on 6443', [port(3), port(6443)]],
  ])('%s', (text, expected) => {
    const result = parseQuestion(text, { mode: 'scan' });
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.query.items).toEqual(expected);
  });

  it('reads long messages without refusing them', () => {
    const result = parseQuestion(`${'lorem ipsum '.repeat(2000)} port 8443`, { mode: 'scan' });
    expect(result.ok).toBe(true);
  });
});
