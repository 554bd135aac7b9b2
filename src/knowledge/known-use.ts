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
    /**
     * How likely someone asking about this port means this use, from 1 to 100. The answer lists a
     * port's uses from the highest value down and its headline names the first three, so this
     * number is the ranking, chosen on purpose; file order plays no part.
     *
     * - 90–100: what nearly everyone means by the port (HTTPS on 443, SSH on 22, PostgreSQL on 5432).
     * - 70–89: a default that most engineers know (Prometheus on 9090, Tomcat on 8080).
     * - 40–69: well known in its field (Openfire's admin console on 9090, Ray on 6379).
     * - 15–39: niche, legacy, or a convention the better-known uses outrank.
     * - 1–14: abuse and malware history (SQL Slammer on 1434, NetBus on 12345).
     *
     * Uses of the same single port must carry different values, and so must ranges that overlap:
     * a tie would leave the order undecided, and a test fails on it. Single-port uses are listed
     * before ranges (Mosh's 60000–61000), which are ranked among themselves the same way.
     */
    prominence: z.number().int().min(1).max(100),
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

/**
 * The one order of curated uses: most prominent first; equal values (only ever on different
 * ports) by port, then id, so that no answer depends on the order of the data files.
 *
 * @example [...uses].sort(compareKnownUses)[0]?.id // "https" among the uses of 443
 */
export function compareKnownUses(a: KnownUse, b: KnownUse): number {
  return (
    b.prominence - a.prominence ||
    a.port - b.port ||
    (a.to ?? a.port) - (b.to ?? b.port) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
