/**
 * What a write returns: the value, or a refusal with a stable code that the adapter turns into a
 * clear, private message. Outages are not refusals: they throw (`StoreUnavailableError`).
 */
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

export type StoreResult<Value> = { ok: true; value: Value } | { ok: false; code: StoreRefusal };

export function refuse(code: StoreRefusal): { ok: false; code: StoreRefusal } {
  return { ok: false, code };
}

/** The database could not be reached or failed; answers go on without notes. */
export class StoreUnavailableError extends Error {
  readonly code = 'store_unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
