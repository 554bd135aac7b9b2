/**
 * Answers being worked on, so that stopping the service lets them finish (within a deadline)
 * instead of cutting a reply off half-way. Both chat adapters keep one.
 */
export interface InFlight {
  /** Runs `task`, counting it until it settles; resolves or rejects as the task does. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Counts work that is already running until it settles (its errors are the caller's). */
  track(work: Promise<unknown>): void;
  /** Resolves when nothing is in flight, or after `timeoutMs`, whichever comes first. */
  drain(timeoutMs: number): Promise<void>;
  readonly size: number;
}

export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    pending.add(settled);
    void settled.then(() => pending.delete(settled));
  };
  return {
    run(task) {
      const promise = task();
      track(promise);
      return promise;
    },
    track,
    async drain(timeoutMs) {
      if (pending.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        timer.unref();
      });
      await Promise.race([Promise.allSettled([...pending]).then(() => undefined), deadline]);
      clearTimeout(timer);
    },
    get size() {
      return pending.size;
    },
  };
}
