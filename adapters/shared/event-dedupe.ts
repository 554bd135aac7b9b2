/**
 * Deduplication of platform deliveries. Slack retries an event it did not see acknowledged within
 * 3 s (and may deliver the same message through two event types); Bolt runs the listener again
 * each time. Discord never retries an HTTP interaction, so a repeated interaction id is a replay,
 * refused. An adapter claims a key (the event or interaction id) before answering and skips keys
 * already claimed.
 *
 * The store is an interface so that several replicas can share one (Redis, later); the in-memory
 * store below is right for a single process.
 */

export interface DedupeStore {
  /**
   * Claims `key` for `ttlMs`. Resolves `true` for the first claim, `false` while the key is held.
   * @example if (await store.claim(`slack:event:${eventId}`, 600_000)) answer();
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

export interface MemoryDedupeOptions {
  /** Most keys held at once; the oldest are forgotten first. Bounds memory under a flood. */
  maxKeys?: number;
  /** Clock in milliseconds; tests pass their own. */
  now?: () => number;
}

export const DEFAULT_DEDUPE_MAX_KEYS = 10_000;

/** An in-process store: a Map in insertion order, expired keys swept from the oldest end. */
export function createMemoryDedupeStore(options: MemoryDedupeOptions = {}): DedupeStore {
  const maxKeys = Math.max(1, options.maxKeys ?? DEFAULT_DEDUPE_MAX_KEYS);
  const now = options.now ?? Date.now;
  const expiries = new Map<string, number>();

  function sweep(time: number): void {
    // Keys are inserted in time order, so expired ones gather at the front. A key with a longer TTL
    // can shelter shorter ones behind it for a while; `claim` still checks each key's own expiry.
    for (const [key, expiry] of expiries) {
      if (expiry > time) break;
      expiries.delete(key);
    }
    while (expiries.size >= maxKeys) {
      const oldest = expiries.keys().next();
      if (oldest.done) break;
      expiries.delete(oldest.value);
    }
  }

  return {
    async claim(key, ttlMs) {
      const time = now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > time) return false;
      expiries.delete(key);
      sweep(time);
      expiries.set(key, time + Math.max(0, ttlMs));
      return true;
    },
  };
}
