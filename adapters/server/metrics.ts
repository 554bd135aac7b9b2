/**
 * Prometheus metrics for the service (`GET /metrics`, text format): answers by adapter and
 * outcome, answer latency, errors, and whether each connection (adapters, Redis) is ready, plus
 * Node's process metrics. Each service gets its own registry, so tests can run several in one process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { ANSWER_OUTCOMES, type AnswerRecorder } from '../shared/answer-recorder.js';
import type { Route } from '../shared/service-adapter.js';

export const METRICS_PATH = '/metrics';

/** Something the service depends on, by name, and whether it can work right now. */
export interface ConnectionCheck {
  name: string;
  ready: () => boolean;
}

export interface MetricsOptions {
  /** Adapter names, so that every adapter × outcome series exists (at 0) from the first scrape. */
  adapters: readonly string[];
  /** What `portbot_connection_ready` reports; a function is called at each scrape. */
  connections: readonly ConnectionCheck[] | (() => readonly ConnectionCheck[]);
  /** Node's process metrics (CPU, memory, event loop). On by default. */
  processMetrics?: boolean;
}

export interface ServiceMetrics {
  readonly registry: Registry;
  /** Given to adapters (AdapterDeps.answers). */
  readonly answers: AnswerRecorder;
  /** GET /metrics. */
  readonly route: Route;
  /** Counts an error that is not an answer's (e.g. a route handler that threw). */
  recordError(source: string): void;
  /** Counts a connection closed on accept because the service was at its connection cap. */
  recordDroppedConnection(): void;
}

// Answers are lookups in memory plus one platform round trip: most take well under a second, and
// anything near 3 s misses Slack's and Discord's acknowledgement deadline.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

/**
 * @example const metrics = createMetrics({ adapters: ['slack'], connections: [] });
 *          deps.answers = metrics.answers; routes.push(metrics.route);
 */
export function createMetrics(options: MetricsOptions): ServiceMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const answersTotal = new Counter({
    name: 'portbot_answers_total',
    help: 'Questions answered, by adapter and outcome (answered, user_error, rate_limited, failed).',
    labelNames: ['adapter', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'portbot_answer_duration_seconds',
    help: 'Time from receiving a question to sending its reply.',
    labelNames: ['adapter', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'portbot_errors_total',
    help: 'Errors: failed answers (by adapter) and HTTP handlers that threw (source "http").',
    labelNames: ['source'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'portbot_connection_ready',
    help: '1 when the connection can work (adapter ready, Redis connected), else 0.',
    labelNames: ['connection'] as const,
    registers: [registry],
    collect() {
      const { connections } = options;
      for (const check of typeof connections === 'function' ? connections() : connections)
        this.set({ connection: check.name }, readyValue(check));
    },
  });
  for (const adapter of options.adapters) {
    errors.inc({ source: adapter }, 0);
    for (const outcome of ANSWER_OUTCOMES) answersTotal.inc({ adapter, outcome }, 0);
  }
  errors.inc({ source: 'http' }, 0);
  const dropped = new Counter({
    name: 'portbot_http_connections_dropped_total',
    help: 'Connections closed on accept because HTTP_MAX_CONNECTIONS were already open.',
    registers: [registry],
  });

  const answers: AnswerRecorder = {
    record(adapter, outcome, seconds) {
      answersTotal.inc({ adapter, outcome });
      duration.observe({ adapter, outcome }, Number.isFinite(seconds) ? Math.max(0, seconds) : 0);
      if (outcome === 'failed') errors.inc({ source: adapter });
    },
  };
  const route: Route = {
    method: 'GET',
    path: METRICS_PATH,
    handler: (_request: IncomingMessage, response: ServerResponse) => sendMetrics(registry, response),
  };
  return {
    registry,
    answers,
    route,
    recordError: (source) => errors.inc({ source }),
    recordDroppedConnection: () => dropped.inc(),
  };
}

function readyValue(check: ConnectionCheck): number {
  try {
    return check.ready() ? 1 : 0;
  } catch {
    return 0;
  }
}

async function sendMetrics(registry: Registry, response: ServerResponse): Promise<void> {
  const text = await registry.metrics();
  response.writeHead(200, {
    'content-type': registry.contentType,
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
