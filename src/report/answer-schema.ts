/**
 * The answer (`portbot --json`) as zod: the one definition of its shape. The TypeScript types in
 * answer.ts are inferred from these schemas, every object is strict (a key the schema does not name
 * fails validation), and docs/answer.schema.json is generated from `AnswerSchema` by the build.
 * Later schema versions only add fields.
 */
import { z } from 'zod';
import { DataSourceSchema } from '../knowledge/registry-record.js';
import { EPHEMERAL_OS_IDS } from '../port/ephemeral.js';
import { PROBLEM_CODES, USAGE_PROBLEM_CODES } from '../problems.js';
import { CheckOsSchema, TransportSchema } from '../schema/vocabulary.js';
import {
  AdvicePartSchema,
  IntentPartSchema,
  ProductPartSchema,
  RangeSummaryPartSchema,
  SuggestionPartSchema,
} from './next-parts-schema.js';

const Port = z.number().int().min(0).max(65535);
const Range = z.strictObject({ from: Port, to: Port });
const Usage = z.enum(['default', 'convention', 'unofficial']);
const Source = z.enum(['curated', 'iana']);
const CheckableTransport = z.enum(['tcp', 'udp']);
const AssignmentStatusSchema = z.enum(['assigned', 'reserved', 'unassigned', 'never-assigned']);

/** The same fields as the registry's `DataSourceSchema`, without room for any other. */
export const AnswerDataSchema = z.strictObject(DataSourceSchema.shape);

export const IanaRangeSchema = z.strictObject({
  kind: z.enum(['system', 'user', 'dynamic']),
  /** IANA's own name for the range. */
  name: z.string(),
  /** The name people use for it. */
  nickname: z.string(),
  from: Port,
  to: Port,
  /** Whether IANA assigns ports in this range at all. */
  assignable: z.boolean(),
  meaning: z.string(),
});

export const EphemeralRangeSchema = z.strictObject({
  os: z.enum(EPHEMERAL_OS_IDS),
  label: z.string(),
  from: Port,
  to: Port,
  /** The command that prints the range actually configured on a machine. */
  showCommand: z.string(),
  note: z.string().optional(),
});

export const EphemeralFactSchema = EphemeralRangeSchema.extend({
  /** Whether this OS hands out the port as a temporary client port by default. */
  includesPort: z.boolean(),
});

export const NotableRangeSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  from: Port,
  to: Port,
  note: z.string(),
});

export const ProblemSchema = z.strictObject({
  code: z.enum(PROBLEM_CODES),
  /** One friendly line, safe to show as is. */
  message: z.string(),
  /** Names close to an unknown one. */
  suggestions: z.array(z.string()).optional(),
  /** The facts the message was built from, for a presentation in another language. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const KnownUseFactSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: z.string().optional(),
  category: z.string(),
  protocols: z.array(TransportSchema),
  /** Where the entry is a range (RPC dynamic, NodePort): its bounds. */
  range: Range.optional(),
  note: z.string(),
  security: z.string().optional(),
  tip: z.string().optional(),
  homepage: z.string().optional(),
  usage: Usage.optional(),
  /**
   * 1–100: how likely someone asking about the port means this use; `knownUses` are listed by it.
   * Added after version 1 was published: optional so that older answers still validate.
   */
  prominence: z.number().int().min(1).max(100).optional(),
});

export const ReferenceSchema = z.strictObject({
  /** As IANA writes it, without brackets: "RFC9110". */
  text: z.string(),
  /** A link where one is known (RFCs). */
  url: z.string().optional(),
});

export const AssignedServiceSchema = z.strictObject({
  /** The current service name. */
  name: z.string(),
  /** Older or alternative names for the same assignment, in registry order. */
  aliases: z.array(z.string()),
  description: z.string(),
  /** The registry row's range when it covers more than this port (x11: 6000–6063). */
  range: Range.optional(),
  references: z.array(ReferenceSchema),
  registered: z.string().optional(),
  modified: z.string().optional(),
  /** IANA's "Unauthorized Use Reported" note. */
  unauthorizedUse: z.string().optional(),
  assignmentNotes: z.string().optional(),
});

export const AssignmentSchema = z.strictObject({
  transport: TransportSchema,
  status: AssignmentStatusSchema,
  services: z.array(AssignedServiceSchema),
  /** Why there is no assignment, or what the reservation means. */
  explanation: z.string().optional(),
});

export const CheckCommandSchema = z.strictObject({
  os: CheckOsSchema,
  shell: z.enum(['sh', 'powershell', 'cmd']),
  transport: CheckableTransport,
  /** The exact command line, ready to paste; built from the validated port number only. */
  command: z.string(),
  elevation: z.enum(['none', 'sudo', 'admin']),
  /** Why you would pick this command, and what the output means. */
  note: z.string(),
});

export const PortPartSchema = z.strictObject({
  type: z.literal('port'),
  port: Port,
  /** The transports the question named; every transport when it named none. */
  transports: z.array(TransportSchema),
  /**
   * One line a network engineer would lead with: the first uses by prominence (at most three),
   * or what IANA says when nobody uses the port, then the IANA range and ephemeral facts.
   */
  verdict: z.string(),
  /** Facts that follow from the number itself: "X11 display :1". */
  notes: z.array(z.string()),
  ianaRange: IanaRangeSchema,
  notableRanges: z.array(NotableRangeSchema),
  ephemeral: z.array(EphemeralFactSchema),
  assignments: z.array(AssignmentSchema),
  knownUses: z.array(KnownUseFactSchema),
  /** Whether any known use carries a security note. */
  hasSecurityNotes: z.boolean(),
  checks: z.array(CheckCommandSchema),
  /** Transports the check commands cover. */
  checkTransports: z.array(CheckableTransport),
  tips: z.array(z.string()),
});

export const RangeRowSchema = z.strictObject({
  port: Port,
  iana: AssignmentStatusSchema,
  /** Registered names per transport ("http"), when any. */
  names: z.partialRecord(TransportSchema, z.string()),
  /** Curated uses on this port, by name. */
  knownUses: z.array(z.string()),
  security: z.boolean(),
});

export const RangePartSchema = z.strictObject({
  type: z.literal('range'),
  from: Port,
  to: Port,
  transports: z.array(TransportSchema),
  ianaRanges: z.array(IanaRangeSchema),
  /** Registry rows that cover the whole range or part of it (x11 6000–6063). */
  registryRanges: z.array(
    z.strictObject({
      from: Port,
      to: Port,
      transport: TransportSchema.nullable(),
      names: z.array(z.string()),
      description: z.string(),
    }),
  ),
  rows: z.array(RangeRowSchema),
});

export const ServicePortFactSchema = z.strictObject({
  port: Port,
  to: Port.optional(),
  protocols: z.array(TransportSchema),
  role: z.string().optional(),
  source: Source,
  usage: Usage.optional(),
  /** Related software this port belongs to ("Apache ZooKeeper" in an answer about Kafka). */
  software: z.string().optional(),
});

export const ServicePartSchema = z.strictObject({
  type: z.literal('service'),
  /** The name as portbot knows it: "PostgreSQL". */
  name: z.string(),
  /** How the asker's word matched: exactly, through a synonym, or as a likely typo. */
  matchedBy: z.enum(['name', 'synonym', 'fuzzy']),
  /** The asker's word, reduced to plain characters (for "postgress → PostgreSQL"). */
  asked: z.string(),
  description: z.string().optional(),
  ports: z.array(ServicePortFactSchema),
  /** Other meanings of the same word, listed after the main one. */
  also: z.array(
    z.strictObject({
      name: z.string(),
      source: Source,
      description: z.string().optional(),
      ports: z.array(ServicePortFactSchema),
    }),
  ),
  /** Curated notes on the main ports, so a service answer carries the security notes too. */
  knownUses: z.array(KnownUseFactSchema),
  /** When the name is also multi-port software in the product map: where its whole set is. */
  product: z.strictObject({ id: z.string(), name: z.string(), firewall: z.string() }).optional(),
});

export const TopicPartSchema = z.strictObject({
  type: z.literal('topic'),
  topic: z.enum(['ephemeral-ranges', 'iana-ranges']),
  title: z.string(),
  ianaRanges: z.array(IanaRangeSchema).optional(),
  ephemeralRanges: z.array(EphemeralRangeSchema).optional(),
});

export const HelpPartSchema = z.strictObject({
  type: z.literal('help'),
  examples: z.array(z.strictObject({ question: z.string(), meaning: z.string() })),
});

/** portbot itself: "about", "version" or "privacy". */
export const AboutPartSchema = z.strictObject({
  type: z.literal('about'),
  name: z.literal('portbot'),
  /** The running version, as the edge handed it in ("0.1.0"; "dev" from source). */
  version: z.string(),
  /** What portbot does, in one sentence. */
  summary: z.string(),
  /** The registry data this portbot answers from (the same as the answer's `data`). */
  data: AnswerDataSchema,
  privacy: z.strictObject({
    /** What happens to a question, in one sentence. */
    summary: z.string(),
    /** The privacy note's path in portbot's source. */
    path: z.string(),
    /** Where the operator published it, when they did. */
    url: z.string().optional(),
  }),
});

export const AnswerPartSchema = z.discriminatedUnion('type', [
  PortPartSchema,
  RangePartSchema,
  ServicePartSchema,
  TopicPartSchema,
  HelpPartSchema,
  AboutPartSchema,
  // Products, intents, advice, suggestions and large ranges: each defined beside its builder.
  ProductPartSchema,
  IntentPartSchema,
  AdvicePartSchema,
  SuggestionPartSchema,
  RangeSummaryPartSchema,
]);

/** The language the CLI answered in (`portbot --json`); answers from other sources may lack it. */
const AnswerLangSchema = z.enum(['en', 'ko']).optional();

export const AnswerSchema = z.strictObject({
  schemaVersion: z.literal(1),
  lang: AnswerLangSchema,
  /** A one-line title built from the answer, never from raw user text. */
  title: z.string().max(150),
  /** The parts in the order the question asked them. */
  parts: z.array(AnswerPartSchema).min(1),
  /** Commands narrowed to this OS, when the question or caller named one. */
  os: CheckOsSchema.nullable(),
  /** What the question stressed ("is it dangerous", "what's using it"). */
  focus: z.enum(['security', 'check']).nullable(),
  /** Parts of the question that could not be answered. */
  warnings: z.array(ProblemSchema),
  data: AnswerDataSchema,
});

/** What `portbot --json` prints when nothing could be answered or the command line is refused. */
export const AnswerErrorSchema = z.strictObject({
  schemaVersion: z.literal(1),
  lang: AnswerLangSchema,
  error: z.strictObject({
    code: z.enum([...PROBLEM_CODES, ...USAGE_PROBLEM_CODES]),
    message: z.string(),
  }),
});

/**
 * The JSON Schema (draft 2020-12) of everything `portbot --json` prints: an answer or a refusal.
 * The build writes it to docs/answer.schema.json and a test keeps that file in step with this one.
 */
export function answerJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(z.union([AnswerSchema, AnswerErrorSchema]));
  return {
    $schema,
    title: 'portbot answer',
    description:
      'What `portbot --json` prints (schema version 1): an answer, or a refusal with a stable code.',
    ...schema,
  };
}
