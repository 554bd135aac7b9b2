/**
 * The load generator, on its own thread so that it does not share an event loop with the server
 * being measured. Keeps `concurrency` requests in flight over keep-alive connections until the
 * duration or the request cap is reached; every loop is bounded.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadPlan, LoadResult, PlannedRequest, RequestFactory } from './load-plan.js';

const plan = workerData as LoadPlan;
const REQUEST_TIMEOUT_MS = 10_000;

function send(agent: Agent, planned: PlannedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: plan.host,
        port: plan.port,
        method: planned.method,
        path: planned.path,
        agent,
        headers: { ...planned.headers, 'content-length': Buffer.byteLength(planned.body) },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        response.on('data', () => {});
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('request timed out')));
    outgoing.on('error', reject);
    outgoing.end(planned.body);
  });
}

async function run(): Promise<LoadResult> {
  const module = (await import(plan.factoryModule)) as Record<string, RequestFactory<unknown>>;
  const factory = module[plan.factoryName];
  if (!factory) throw new Error(`${plan.factoryName} not found in ${plan.factoryModule}`);
  const next = factory(plan.factoryArgs);
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });

  // Warm-up: connections open, code paths hot. Not measured.
  let warm = 0;
  const warmers = Array.from({ length: plan.concurrency }, async () => {
    while (warm < plan.warmupRequests) {
      warm++;
      await send(agent, next()).catch(() => 0);
    }
  });
  await Promise.all(warmers);

  const latenciesMs: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let started = 0;
  const begin = performance.now();
  const end = begin + plan.durationMs;
  const workers = Array.from({ length: plan.concurrency }, async () => {
    while (started < plan.maxRequests && performance.now() < end) {
      started++;
      const planned = next();
      const t0 = performance.now();
      try {
        const status = await send(agent, planned);
        latenciesMs.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status !== 200) errors++;
      } catch {
        errors++;
      }
    }
  });
  await Promise.all(workers);
  const seconds = (performance.now() - begin) / 1000;
  agent.destroy();
  return { requests: latenciesMs.length, errors, statuses, seconds, latenciesMs };
}

run().then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) }),
);
