/**
 * What a write returns: the project's one `Result` (src/result.ts) — the value, or a refusal whose
 * `problem.code` is stable and that the adapter turns into a clear, private message. Outages are
 * not refusals: they throw (`StoreUnavailableError`).
 */
import type { Coded, Failed, Ok } from '../../src/index.js';

export const STORE_REFUSALS = [
  'note_empty',
  'note_too_long',
  'too_many_notes',
  'note_not_found',
  'comment_too_long',
  'bad_scope',
  'workspace_not_empty',
] as const;
export type StoreRefusal = (typeof STORE_REFUSALS)[number];

/** A refusal; `code` repeats `problem.code` under its earlier name while callers move to `problem`. */
export type StoreRefused = Failed<Coded<StoreRefusal>> & {
  /** @deprecated the same as `problem.code` */
  code: StoreRefusal;
};

export type StoreResult<Value> = Ok<Value> | StoreRefused;

export function refuse(code: StoreRefusal): StoreRefused {
  return { ok: false, problem: { code }, code };
}

/** The database could not be reached or failed; answers go on without notes. */
export class StoreUnavailableError extends Error {
  readonly code = 'store_unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
