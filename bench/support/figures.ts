/** Several load rounds of one server, summed up as the figures a benchmark table shows. */
import type { LoadSummary } from './run-load.js';

export interface Figures {
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Medians of the rounds' rates and latencies; totals of their requests and errors. */
export function combineRounds(runs: readonly LoadSummary[]): Figures {
  return {
    throughput: median(runs.map((run) => run.throughput)),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}
