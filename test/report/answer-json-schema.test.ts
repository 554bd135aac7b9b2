/**
 * The answer has one definition, its zod schema: the TypeScript types are inferred from it, the
 * core's own types that end up in an answer must match it exactly, and docs/answer.schema.json is
 * generated from it by the build and must equal what the schema generates today.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { CheckCommand } from '../../src/checks/commands.js';
import { answerQuestion } from '../../src/index.js';
import type { DataSource } from '../../src/knowledge/registry-record.js';
import type { EphemeralFact, EphemeralRange } from '../../src/port/ephemeral.js';
import type { IanaRange } from '../../src/port/iana-ranges.js';
import type { NotableRange } from '../../src/port/notable-ranges.js';
import type { Problem } from '../../src/problems.js';
import {
  type AnswerDataSchema,
  AnswerErrorSchema,
  AnswerSchema,
  answerJsonSchema,
  type CheckCommandSchema,
  type EphemeralFactSchema,
  type EphemeralRangeSchema,
  type IanaRangeSchema,
  type NotableRangeSchema,
  type ProblemSchema,
} from '../../src/report/answer-schema.js';
import { testKnowledge } from '../support/knowledge.js';

const SCHEMA_FILE = new URL('../../docs/answer.schema.json', import.meta.url);
const REGENERATE = 'npm run build';
const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

/** One question per part type, plus one with a warning. */
const QUESTIONS = ['22', '8000-8010', 'postgres', 'ephemeral ports', 'help', 'about', '22 99999'];

function answered(question: string) {
  const outcome = answerQuestion(question, testKnowledge(), { os: null });
  if (!outcome.ok) throw new Error(`${question}: ${outcome.problem.code}`);
  return outcome.value;
}

describe('the answer schema', () => {
  it('docs/answer.schema.json is what the zod schema generates', () => {
    const checkedIn = readFileSync(SCHEMA_FILE, 'utf8');
    const generated = `${JSON.stringify(answerJsonSchema(), null, 2)}\n`;
    expect(checkedIn, `docs/answer.schema.json is out of date: run \`${REGENERATE}\` and commit it`).toBe(
      generated,
    );
  });

  it('the core types inside an answer are exactly the schema types', () => {
    expectTypeOf<IanaRange>().toEqualTypeOf<z.infer<typeof IanaRangeSchema>>();
    expectTypeOf<EphemeralRange>().toEqualTypeOf<z.infer<typeof EphemeralRangeSchema>>();
    expectTypeOf<EphemeralFact>().toEqualTypeOf<z.infer<typeof EphemeralFactSchema>>();
    expectTypeOf<NotableRange>().toEqualTypeOf<z.infer<typeof NotableRangeSchema>>();
    expectTypeOf<CheckCommand>().toEqualTypeOf<z.infer<typeof CheckCommandSchema>>();
    expectTypeOf<Problem>().toEqualTypeOf<z.infer<typeof ProblemSchema>>();
    expectTypeOf<DataSource>().toEqualTypeOf<z.infer<typeof AnswerDataSchema>>();
    // The same check at run time, for the one reader that skips type-checking.
    expect(AnswerSchema.safeParse(answered('22')).success).toBe(true);
  });

  it.each(QUESTIONS)(
    '%s: the answer validates against the zod schema and the JSON Schema file',
    (question) => {
      const answer = answered(question);
      expect(AnswerSchema.safeParse(answer).error).toBeUndefined();
      expect(validate(JSON.parse(JSON.stringify(answer))), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('a refusal validates against both', () => {
    const outcome = answerQuestion('99999', testKnowledge(), { os: null });
    if (outcome.ok) throw new Error('99999 was answered');
    const refusal = {
      schemaVersion: 1,
      error: { code: outcome.problem.code, message: outcome.problem.message },
    };
    expect(AnswerErrorSchema.safeParse(refusal).success).toBe(true);
    expect(validate(refusal)).toBe(true);
  });

  it.each([
    ['at the top', (answer: Record<string, unknown>) => Object.assign(answer, { extra: 1 })],
    [
      'in a part',
      (answer: Record<string, unknown>) => Object.assign((answer.parts as object[])[0] ?? {}, { extra: 1 }),
    ],
    [
      'in the data line',
      (answer: Record<string, unknown>) => Object.assign(answer.data as object, { extra: 1 }),
    ],
  ])('a key the schema does not name fails %s', (_where, addKey) => {
    const answer = JSON.parse(JSON.stringify(answered('22'))) as Record<string, unknown>;
    addKey(answer);
    expect(AnswerSchema.safeParse(answer).success).toBe(false);
    expect(validate(answer)).toBe(false);
  });
});
