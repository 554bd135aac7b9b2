/**
 * Port numbers are parsed from digits only. `Number()` and `z.coerce` accept "", "0x10", "1e3" and
 * " 8 ", so raw text never goes through them: we match `^\d{1,5}$` first, then check 0–65535.
 */
import type { z } from 'zod';
import { type Coded, fail, ok, type Result } from '../result.js';

export const MIN_PORT = 0;
export const MAX_PORT = 65535;

/** A validated port number: only `parsePort` and `toPort` produce one. */
export type Port = number & z.$brand<'Port'>;

const DIGITS = /^\d{1,5}$/;

export type PortParse = Result<Port, Coded<'not_digits' | 'out_of_range'>>;

const OUT_OF_RANGE = fail({ code: 'out_of_range' as const });
const NOT_DIGITS = fail({ code: 'not_digits' as const });

/**
 * @example parsePort('8080') // { ok: true, value: 8080 }
 * @example parsePort('99999') // { ok: false, problem: { code: 'out_of_range' } }
 */
export function parsePort(text: string): PortParse {
  if (!DIGITS.test(text)) return /^\d+$/.test(text) ? OUT_OF_RANGE : NOT_DIGITS;
  const value = Number.parseInt(text, 10);
  if (value > MAX_PORT) return OUT_OF_RANGE;
  return ok(value as Port);
}

/** Brands an integer that is already known to be a port (from trusted data or arithmetic on ports). */
export function toPort(value: number): Port {
  if (!isPort(value)) throw new RangeError(`not a port number: ${value}`);
  return value;
}

export function isPort(value: unknown): value is Port {
  return Number.isInteger(value) && (value as number) >= MIN_PORT && (value as number) <= MAX_PORT;
}
