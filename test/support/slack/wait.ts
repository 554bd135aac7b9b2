/** Bounded polling for end-to-end tests: every wait ends, in time and in iterations. */

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  what?: string;
}

/** Resolves with the first defined value `check` returns; rejects after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined, options: WaitOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const intervalMs = options.intervalMs ?? 10;
  const rounds = Math.ceil(timeoutMs / intervalMs);
  for (let round = 0; round <= rounds; round++) {
    const value = check();
    if (value !== undefined) return value;
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${options.what ?? 'a condition'}`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
