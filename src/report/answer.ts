/**
 * The platform-neutral answer: one value that the CLI, Slack and Discord each render in their own
 * format, and that `--json` prints as is. Every type here is inferred from its zod schema in
 * answer-schema.ts, the one definition of the answer's shape (and of docs/answer.schema.json).
 */
import type { z } from 'zod';
import type { Problem } from '../problems.js';
import type { Failed, Ok } from '../result.js';
import type {
  AboutPartSchema,
  AnswerPartSchema,
  AnswerSchema,
  AssignedServiceSchema,
  AssignmentSchema,
  HelpPartSchema,
  KnownUseFactSchema,
  PortPartSchema,
  RangePartSchema,
  RangeRowSchema,
  ReferenceSchema,
  ServicePartSchema,
  ServicePortFactSchema,
  TopicPartSchema,
} from './answer-schema.js';

export const ANSWER_SCHEMA_VERSION = 1;

export type Reference = z.infer<typeof ReferenceSchema>;
export type AssignedService = z.infer<typeof AssignedServiceSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
export type AssignmentStatus = Assignment['status'];
export type KnownUseFact = z.infer<typeof KnownUseFactSchema>;
export type PortPart = z.infer<typeof PortPartSchema>;
export type RangeRow = z.infer<typeof RangeRowSchema>;
export type RangePart = z.infer<typeof RangePartSchema>;
export type ServicePortFact = z.infer<typeof ServicePortFactSchema>;
export type ServicePart = z.infer<typeof ServicePartSchema>;
export type TopicPart = z.infer<typeof TopicPartSchema>;
export type HelpPart = z.infer<typeof HelpPartSchema>;
export type AboutPart = z.infer<typeof AboutPartSchema>;
export type AnswerPart = z.infer<typeof AnswerPartSchema>;
export type Answer = z.infer<typeof AnswerSchema>;

export type {
  AdvicePart,
  AdviceReason,
  IntentPart,
  ProductPart,
  ProductPortFact,
  RangeSummaryPart,
  SuggestionPart,
} from './next-parts-schema.js';

/**
 * The answer as `value`, or the problem that kept the question from being answered. `answer` is the
 * same object under its earlier name, kept while callers move to `value`.
 */
export type AnswerOutcome =
  | (Ok<Answer> & { /** @deprecated the same as `value` */ answer: Answer })
  | Failed<Problem>;
