/** Property tests: the parser and the answer never throw, and never let user text reach a command. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIntentCommands, type CommandIntent } from '../../src/checks/intent-commands.js';
import { answerQuestion, parseQuestion } from '../../src/index.js';
import { toPort } from '../../src/port/port-number.js';
import { QuerySchema } from '../../src/question/query-schema.js';
import { testKnowledge } from '../support/knowledge.js';

const questionLike = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'port',
          'udp',
          'tcp',
          '/port',
          'what',
          "what's",
          'on',
          'windows',
          'ephemeral',
          'help',
          'redis',
          'postgress',
          'kill',
          'firewall',
          'open',
          'close',
          'block',
          'reachable',
          'from',
          'another',
          'eaddrinuse',
          'permission',
          'denied',
          'good',
          'for my app',
          'suggest',
          'free ports',
          'kubernetes ports',
          '방화벽',
          '죽이기',
          '추천',
        ),
        fc.constantFrom(
          '<@U0123ABC>',
          '<!channel>',
          '<!here>',
          '@everyone',
          '<@&123>',
          '<#C1|general>',
          '`rm -rf /`',
          '$(id)',
        ),
        fc.integer({ min: -100_000, max: 200_000 }).map(String),
        fc.tuple(fc.nat(70_000), fc.nat(70_000)).map(([a, b]) => `${a}-${b}`),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 12 },
    )
    .map((words) => words.join(' ')),
);

const MENTION = /<[@!#][^>]*>|@everyone|@here/;

describe('parser properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(questionLike, (text) => {
        parseQuestion(text);
        parseQuestion(text, { mode: 'scan' });
      }),
      { numRuns: 1500 },
    );
  });

  it('builds only queries that pass the query schema, field for field', () => {
    // The parser builds its query without zod (a typed question never loads it); the schema says
    // the shape is right, and since parsing drops unknown keys, equality catches an extra field.
    fc.assert(
      fc.property(questionLike, (text) => {
        for (const mode of ['question', 'scan'] as const) {
          const parsed = parseQuestion(text, { mode });
          if (parsed.ok) expect(QuerySchema.parse(parsed.value)).toEqual(parsed.value);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('answers never contain a raw user mention, and commands hold only digits where the port goes', () => {
    const knowledge = testKnowledge();
    fc.assert(
      fc.property(questionLike, (text) => {
        const outcome = answerQuestion(text, knowledge);
        const json = JSON.stringify(outcome);
        expect(json).not.toMatch(MENTION);
        if (!outcome.ok) return;
        for (const part of outcome.value.parts) {
          if (part.type === 'intent') {
            // Whatever the words around it, the commands are exactly those built from the port.
            const expected =
              part.port === undefined
                ? []
                : buildIntentCommands(part.intent as CommandIntent, toPort(part.port), {
                    os: outcome.value.os,
                    transports: part.transports,
                  });
            expect(part.commands).toEqual(expected);
            for (const command of part.commands) expect(command.command).not.toMatch(MENTION);
            continue;
          }
          if (part.type !== 'port') continue;
          for (const check of part.checks) {
            const withoutPort = check.command.split(String(part.port)).join('');
            // Nothing but the validated digits varies between commands of the same template.
            expect(check.command).toContain(String(part.port));
            expect(withoutPort).not.toMatch(/\d{6,}/);
            expect(check.command).not.toMatch(MENTION);
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it('intent commands change only in the port digits', () => {
    const intents: CommandIntent[] = [
      'stop',
      'firewall-open',
      'firewall-close',
      'reach',
      'in-use',
      'permission',
    ];
    const reference = 54321;
    fc.assert(
      fc.property(
        fc.integer({ min: 1024, max: 65535 }).filter((port) => port !== reference),
        fc.constantFrom(...intents),
        fc.constantFrom('tcp' as const, 'udp' as const),
        (port, intent, transport) => {
          const options = { transports: [transport] };
          const built = buildIntentCommands(intent, toPort(port), options);
          const base = buildIntentCommands(intent, toPort(reference), options);
          // TLS ports add one command; compare the commands both have by id.
          const byId = new Map(base.map((command) => [`${command.os} ${command.id}`, command.command]));
          const marked = (value: string, digits: number) =>
            value.replace(new RegExp(`(?<!\\d)${digits}(?!\\d)`, 'g'), 'PORT');
          for (const command of built) {
            const other = byId.get(`${command.os} ${command.id}`);
            if (other === undefined) continue;
            expect(marked(command.command, port)).toBe(marked(other, reference));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('intent commands refuse anything but a port number', () => {
    for (const bad of [-1, 65536, 1.5, Number.NaN])
      expect(() => buildIntentCommands('stop', bad as never)).toThrow();
  });

  it('port commands change only in the port digits', () => {
    const knowledge = testKnowledge();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65535 }), (port) => {
        const outcome = answerQuestion(String(port), knowledge);
        if (!outcome.ok) throw new Error('every port is answerable');
        const part = outcome.value.parts[0];
        if (part?.type !== 'port') throw new Error('expected a port part');
        for (const check of part.checks) {
          expect(check.command.replaceAll(String(port), 'PORT')).not.toMatch(/PORT\d|\dPORT/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
