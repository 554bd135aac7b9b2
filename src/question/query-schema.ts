/**
 * The shape of a parsed question (query.ts has its types). Used where a query comes from outside:
 * a button's token is checked against it, and the tests check that the parser only builds
 * queries that pass it.
 */
import { z } from 'zod';
import { PROBLEM_CODES } from '../problems.js';
import {
  CheckOsSchema,
  IntentSchema,
  PortNumberSchema as PortValue,
  TransportSchema,
} from '../schema/vocabulary.js';

export const QueryItemSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('port'), port: PortValue, transports: z.array(TransportSchema) }),
  z.object({
    type: z.literal('range'),
    from: PortValue,
    to: PortValue,
    transports: z.array(TransportSchema),
  }),
  /**
   * `words` are candidates, longest phrase first ("sqlserver", "sql"); the answer uses the first
   * that names something. `joinsNext` marks that the phrase includes the next service item's word.
   */
  z.object({
    type: z.literal('service'),
    words: z.array(z.string().min(1).max(64)).min(1),
    joinsNext: z.boolean().optional(),
    /** The question asks for the whole set ("kubernetes ports"): a product's ports by role when one is known. */
    set: z.boolean().optional(),
  }),
  /** Something to do with a port ("kill what is on 3000"), or the topic alone when no port was named. */
  z.object({
    type: z.literal('intent'),
    intent: IntentSchema,
    port: PortValue.optional(),
    transports: z.array(TransportSchema),
  }),
  /** "is 5000 a good port for my app?" */
  z.object({ type: z.literal('advice'), port: PortValue, transports: z.array(TransportSchema) }),
  /** "suggest a port", "free ports between 8000 and 8100": candidates, in the range when one was given. */
  z.object({ type: z.literal('suggest'), from: PortValue.optional(), to: PortValue.optional() }),
  z.object({ type: z.literal('topic'), topic: z.enum(['ephemeral-ranges', 'iana-ranges']) }),
  z.object({ type: z.literal('help') }),
  /** "about", "version", "privacy": portbot's version, data source and privacy note. */
  z.object({ type: z.literal('about') }),
]);

export const QuerySchema = z.object({
  items: z.array(QueryItemSchema),
  os: CheckOsSchema.nullable(),
  /** What the asker cares about most, from words like "dangerous" or "what's using". */
  focus: z.enum(['security', 'check']).nullable(),
  /** Transports named without a port ("which udp ports does dns use"). */
  transports: z.array(TransportSchema),
  /** Problems with parts of the question; fatal only when nothing else can be answered. */
  problems: z.array(
    z.object({
      code: z.enum(PROBLEM_CODES),
      message: z.string(),
      suggestions: z.array(z.string()).optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
});
