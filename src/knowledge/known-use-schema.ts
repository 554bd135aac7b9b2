/**
 * The shape of a curated use (known-use.ts has its type): the build and the tests validate every
 * data file with it, and a service started from source validates them when it loads them.
 */
import { z } from 'zod';
import { TransportSchema } from '../schema/vocabulary.js';
import { KNOWN_USE_CATEGORIES } from './known-use.js';

export const KnownUseCategorySchema = z.enum(KNOWN_USE_CATEGORIES);

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

export const KnownUseListSchema = z.array(KnownUseSchema);
