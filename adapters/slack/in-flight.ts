/**
 * Answers being worked on, so that stopping the service lets them finish (within a deadline)
 * instead of cutting a reply off half-way.
 */
export interface InFlight {
  /** Runs `task`, counting it until it settles. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves when nothing is in flight, or after `timeoutMs`, whichever comes first. */
  drain(timeoutMs: number): Promise<void>;
  readonly size: number;
}

export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    run(task) {
      const promise = task();
      const tracked = promise.then(
        () => undefined,
        () => undefined,
      );
      pending.add(tracked);
      void tracked.then(() => pending.delete(tracked));
      return promise;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        timer.unref();
      });
      await Promise.race([Promise.allSettled([...pending]), deadline]);
      clearTimeout(timer);
    },
    get size() {
      return pending.size;
    },
  };
}
