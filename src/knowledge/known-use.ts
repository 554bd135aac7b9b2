/**
 * The curated knowledge of real-world port uses: what people actually run on a port, whether IANA
 * agrees or not. Every entry is written in our own words and validated with this schema when the
 * data loads and in a test.
 */
import { z } from 'zod';
import { TransportSchema } from '../port/transport.js';

export const KNOWN_USE_CATEGORIES = [
  'database',
  'cache',
  'messaging',
  'web',
  'dev-server',
  'infrastructure',
  'kubernetes',
  'container',
  'monitoring',
  'observability',
  'ci-cd',
  'remote-access',
  'remote-management',
  'file-sharing',
  'directory',
  'mail',
  'dns',
  'network',
  'vpn',
  'voip',
  'media',
  'gaming',
  'iot',
  'ai',
  'security',
  'windows',
  'printing',
  'time',
  'chat',
  'storage',
  'malware',
  'other',
] as const;
export const KnownUseCategorySchema = z.enum(KNOWN_USE_CATEGORIES);
export type KnownUseCategory = z.infer<typeof KnownUseCategorySchema>;

const PortValueSchema = z.number().int().min(0).max(65535);

export const KnownUseSchema = z
  .object({
    /** Unique, kebab-case: "postgresql", "kafka-broker-tls". */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    port: PortValueSchema,
    /** Last port of a range (6000–6063); absent for a single port. */
    to: PortValueSchema.optional(),
    protocols: z.array(TransportSchema).min(1),
    /** The software or protocol, as people name it: "PostgreSQL". */
    name: z.string().min(1).max(80),
    /** What this port is to that software, when it has several: "broker", "web UI". */
    role: z.string().min(1).max(80).optional(),
    category: KnownUseCategorySchema,
    /** One line on what it is. */
    note: z.string().min(10).max(300),
    /** The risk of exposing it and what to do, in one or two concrete lines. */
    security: z.string().min(10).max(400).optional(),
    /** A troubleshooting hint: conflicts, surprises, traps. */
    tip: z.string().min(10).max(400).optional(),
    homepage: z.url().optional(),
    /** Words people use for it beyond `name` (synonyms, product names, abbreviations): "postgres", "pg". */
    terms: z.array(z.string().min(1).max(40)).optional(),
    /** Whether this is the software's default port, or one it commonly uses by convention. */
    usage: z.enum(['default', 'convention', 'unofficial']).optional(),
  })
  .refine((entry) => entry.to === undefined || entry.to > entry.port, {
    message: '`to` must be greater than `port`',
  });
export type KnownUse = z.infer<typeof KnownUseSchema>;

export const KnownUseListSchema = z.array(KnownUseSchema);
