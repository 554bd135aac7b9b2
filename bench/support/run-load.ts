/**
 * Runs one load plan on a worker thread and summarises it: throughput and latency percentiles.
 * The worker is terminated if it overruns its time, so a benchmark always ends.
 */
import { Worker } from 'node:worker_threads';
import type { LoadPlan, LoadResult } from './load-plan.js';

export interface LoadSummary {
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  seconds: number;
  throughput: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export function summarise(result: LoadResult): LoadSummary {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return {
    requests: result.requests,
    errors: result.errors,
    statuses: result.statuses,
    seconds: result.seconds,
    throughput: result.requests / result.seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  };
}

/**
 * Workers do not inherit tsx's loader, so the worker starts from a few lines of plain JavaScript
 * that register it and then import the TypeScript worker.
 */
export function bootstrap(workerUrl: string): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); });`;
}

export function runLoad(plan: LoadPlan): Promise<LoadSummary> {
  const worker = new Worker(bootstrap(new URL('./load-worker.ts', import.meta.url).href), {
    eval: true,
    workerData: plan,
  });
  const overrun = plan.durationMs + 60_000;
  return new Promise<LoadSummary>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`load run did not finish within ${overrun} ms`));
    }, overrun);
    worker.once('message', (message: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.ok) resolve(summarise(message.result));
      else reject(new Error(message.error));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
