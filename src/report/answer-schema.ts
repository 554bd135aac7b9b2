/**
 * The JSON schema of an answer (`portbot --json`), as zod. Tests check every answer against it and
 * that it agrees with the TypeScript types in answer.ts; docs/answer.schema.json is generated from
 * it. Later schema versions only add fields.
 */
import { z } from 'zod';
import { CheckOsSchema } from '../checks/os.js';
import { DataSourceSchema } from '../knowledge/registry-record.js';
import { TransportSchema } from '../port/transport.js';
import { PROBLEM_CODES, USAGE_PROBLEM_CODES } from '../problems.js';

const Port = z.number().int().min(0).max(65535);
const Range = z.object({ from: Port, to: Port });
const Usage = z.enum(['default', 'convention', 'unofficial']);

const IanaRangeSchema = z.object({
  kind: z.enum(['system', 'user', 'dynamic']),
  name: z.string(),
  nickname: z.string(),
  from: Port,
  to: Port,
  assignable: z.boolean(),
  meaning: z.string(),
});

const EphemeralRangeSchema = z.object({
  os: z.string(),
  label: z.string(),
  from: Port,
  to: Port,
  showCommand: z.string(),
  note: z.string().optional(),
});

const ProblemSchema = z.object({
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
  suggestions: z.array(z.string()).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const KnownUseFactSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().optional(),
  category: z.string(),
  protocols: z.array(TransportSchema),
  range: Range.optional(),
  note: z.string(),
  security: z.string().optional(),
  tip: z.string().optional(),
  homepage: z.string().optional(),
  usage: Usage.optional(),
  // Added after version 1 was published: optional so that older answers still validate.
  prominence: z.number().int().min(1).max(100).optional(),
});

const AssignmentSchema = z.object({
  transport: TransportSchema,
  status: z.enum(['assigned', 'reserved', 'unassigned', 'never-assigned']),
  services: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      description: z.string(),
      range: Range.optional(),
      references: z.array(z.object({ text: z.string(), url: z.string().optional() })),
      registered: z.string().optional(),
      modified: z.string().optional(),
      unauthorizedUse: z.string().optional(),
      assignmentNotes: z.string().optional(),
    }),
  ),
  explanation: z.string().optional(),
});

const CheckCommandSchema = z.object({
  os: CheckOsSchema,
  shell: z.enum(['sh', 'powershell', 'cmd']),
  transport: z.enum(['tcp', 'udp']),
  command: z.string(),
  elevation: z.enum(['none', 'sudo', 'admin']),
  note: z.string(),
});

const PortPartSchema = z.object({
  type: z.literal('port'),
  port: Port,
  transports: z.array(TransportSchema),
  verdict: z.string(),
  notes: z.array(z.string()),
  ianaRange: IanaRangeSchema,
  notableRanges: z.array(
    z.object({ id: z.string(), label: z.string(), from: Port, to: Port, note: z.string() }),
  ),
  ephemeral: z.array(EphemeralRangeSchema.extend({ includesPort: z.boolean() })),
  assignments: z.array(AssignmentSchema),
  knownUses: z.array(KnownUseFactSchema),
  hasSecurityNotes: z.boolean(),
  checks: z.array(CheckCommandSchema),
  checkTransports: z.array(z.enum(['tcp', 'udp'])),
  tips: z.array(z.string()),
});

const RangePartSchema = z.object({
  type: z.literal('range'),
  from: Port,
  to: Port,
  transports: z.array(TransportSchema),
  ianaRanges: z.array(IanaRangeSchema),
  registryRanges: z.array(
    z.object({
      from: Port,
      to: Port,
      transport: TransportSchema.nullable(),
      names: z.array(z.string()),
      description: z.string(),
    }),
  ),
  rows: z.array(
    z.object({
      port: Port,
      iana: z.enum(['assigned', 'reserved', 'unassigned', 'never-assigned']),
      names: z.partialRecord(TransportSchema, z.string()),
      knownUses: z.array(z.string()),
      security: z.boolean(),
    }),
  ),
});

const ServicePortSchema = z.object({
  port: Port,
  to: Port.optional(),
  protocols: z.array(TransportSchema),
  role: z.string().optional(),
  source: z.enum(['curated', 'iana']),
  usage: Usage.optional(),
  software: z.string().optional(),
});

const ServicePartSchema = z.object({
  type: z.literal('service'),
  name: z.string(),
  matchedBy: z.enum(['name', 'synonym', 'fuzzy']),
  asked: z.string(),
  description: z.string().optional(),
  ports: z.array(ServicePortSchema),
  also: z.array(
    z.object({
      name: z.string(),
      source: z.enum(['curated', 'iana']),
      description: z.string().optional(),
      ports: z.array(ServicePortSchema),
    }),
  ),
  knownUses: z.array(KnownUseFactSchema),
});

const TopicPartSchema = z.object({
  type: z.literal('topic'),
  topic: z.enum(['ephemeral-ranges', 'iana-ranges']),
  title: z.string(),
  ianaRanges: z.array(IanaRangeSchema).optional(),
  ephemeralRanges: z.array(EphemeralRangeSchema).optional(),
});

const HelpPartSchema = z.object({
  type: z.literal('help'),
  examples: z.array(z.object({ question: z.string(), meaning: z.string() })),
});

const AboutPartSchema = z.object({
  type: z.literal('about'),
  name: z.literal('portbot'),
  version: z.string(),
  summary: z.string(),
  data: DataSourceSchema,
  privacy: z.object({ summary: z.string(), path: z.string(), url: z.string().optional() }),
});

/** The language the CLI answered in (`portbot --json`); answers from other sources may lack it. */
const AnswerLangSchema = z.enum(['en', 'ko']).optional();

export const AnswerSchema = z.object({
  schemaVersion: z.literal(1),
  lang: AnswerLangSchema,
  title: z.string().max(150),
  parts: z
    .array(
      z.discriminatedUnion('type', [
        PortPartSchema,
        RangePartSchema,
        ServicePartSchema,
        TopicPartSchema,
        HelpPartSchema,
        AboutPartSchema,
      ]),
    )
    .min(1),
  os: CheckOsSchema.nullable(),
  focus: z.enum(['security', 'check']).nullable(),
  warnings: z.array(ProblemSchema),
  data: DataSourceSchema,
});

/** What `portbot --json` prints when nothing could be answered or the command line is refused. */
export const AnswerErrorSchema = z.object({
  schemaVersion: z.literal(1),
  lang: AnswerLangSchema,
  error: z.object({ code: z.enum([...PROBLEM_CODES, ...USAGE_PROBLEM_CODES]), message: z.string() }),
});
