/**
 * Port numbers are parsed from digits only. `Number()` and `z.coerce` accept "", "0x10", "1e3" and
 * " 8 ", so raw text never goes through them: we match `^\d{1,5}$` first, then check 0–65535.
 */
import { z } from 'zod';

export const MIN_PORT = 0;
export const MAX_PORT = 65535;

export const PortSchema = z.number().int().min(MIN_PORT).max(MAX_PORT).brand<'Port'>();
/** A validated port number: only `parsePort` and `toPort` produce one. */
export type Port = z.infer<typeof PortSchema>;

const DIGITS = /^\d{1,5}$/;

export type PortParse = { ok: true; port: Port } | { ok: false; reason: 'not_digits' | 'out_of_range' };

/**
 * @example parsePort('8080') // { ok: true, port: 8080 }
 * @example parsePort('99999') // { ok: false, reason: 'out_of_range' }
 */
export function parsePort(text: string): PortParse {
  if (!DIGITS.test(text)) {
    return /^\d+$/.test(text) ? { ok: false, reason: 'out_of_range' } : { ok: false, reason: 'not_digits' };
  }
  const value = Number.parseInt(text, 10);
  if (value > MAX_PORT) return { ok: false, reason: 'out_of_range' };
  return { ok: true, port: value as Port };
}

/** Brands an integer that is already known to be a port (from trusted data or arithmetic on ports). */
export function toPort(value: number): Port {
  return PortSchema.parse(value);
}

export function isPort(value: unknown): value is Port {
  return PortSchema.safeParse(value).success;
}
