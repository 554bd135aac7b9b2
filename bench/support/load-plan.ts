/**
 * What a load run sends. A plan names a module and an export that builds requests, so that the
 * load worker (another thread) can import it: functions cannot be passed to a worker, module paths
 * can. Discord's benchmark signs with Ed25519, Slack's with HMAC; each brings its own factory.
 */

export interface PlannedRequest {
  method: 'POST' | 'GET';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** A request factory module exports a function `(args) => () => PlannedRequest`. */
export type RequestFactory<Args> = (args: Args) => () => PlannedRequest;

export interface LoadPlan {
  host: string;
  port: number;
  /** URL of the module that exports the request factory. */
  factoryModule: string;
  factoryName: string;
  /** JSON-serialisable arguments for the factory. */
  factoryArgs: unknown;
  concurrency: number;
  /** Requests sent before measuring starts (connection setup, JIT). */
  warmupRequests: number;
  /** Measuring stops at whichever comes first. */
  durationMs: number;
  maxRequests: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  seconds: number;
  /** Latency of each measured request, in milliseconds. */
  latenciesMs: number[];
}
