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

// Not exported: a test waits for a signal or polls with waitFor, never sleeps and then asserts.
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

type Logs = readonly { msg?: string; eventId?: unknown }[];

/** How many deliveries of an event Bolt has finished dispatching (listeners, dedupe, replies). */
export function handledDeliveries(logs: Logs, eventId: unknown): number {
  return logs.filter((line) => line.msg === 'slack request handled' && line.eventId === eventId).length;
}

/**
 * Resolves once every delivery of each event (`deliveries` each: a first try and Slack's retries)
 * has been dispatched to the end, as the adapter's debug line tells: the signal to check that a
 * duplicate was not answered, instead of sleeping and hoping the machine was fast enough.
 */
export async function waitForHandled(
  logs: Logs,
  events: readonly Record<string, unknown>[],
  deliveries = 1,
): Promise<void> {
  for (const event of events)
    await waitFor(() => (handledDeliveries(logs, event.event_id) >= deliveries ? true : undefined), {
      timeoutMs: 10_000,
      what: `${deliveries} handled deliveries of ${String(event.event_id)}`,
    });
}
