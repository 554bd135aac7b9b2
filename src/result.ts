/**
 * One shape for "it worked, or here is why not", used wherever the core or an adapter returns
 * success or a problem instead of throwing: `{ ok: true, value }` or `{ ok: false, problem }`, where
 * the problem always carries a stable `code` that callers branch on and tests assert. Bugs and
 * outages still throw; a problem is something the caller is expected to handle (bad input, a
 * damaged file, a refused write).
 *
 * @example
 * const port = parsePort('8080');
 * if (!port.ok) return port; // passes the problem on unchanged
 * use(port.value);
 */

/** What every problem has: a stable code (snake_case, never reworded once published). */
export interface Coded<Code extends string = string> {
  code: Code;
}

export interface Ok<Value> {
  ok: true;
  value: Value;
}

export interface Failed<Problem extends Coded> {
  ok: false;
  problem: Problem;
}

export type Result<Value, Problem extends Coded = Coded> = Ok<Value> | Failed<Problem>;

export function ok<Value>(value: Value): Ok<Value> {
  return { ok: true, value };
}

export function fail<Problem extends Coded>(problem: Problem): Failed<Problem> {
  return { ok: false, problem };
}
