/**
 * `npm run bench:web`: the web adapter over loopback — a port page and the JSON API for the same
 * questions, 50 requests in flight over keep-alive connections from a load generator on its own
 * thread. Two clocks: end to end (what the load generator sees, queueing at 50 concurrent
 * included) and server time (from the request reaching the adapter to the adapter ending the
 * response), which is what one page costs. Rounds take turns (`--rounds`, default 3,
 * `--seconds` each, default 3); figures are medians over rounds. Bounded by request count and time.
 * Prints a markdown table; `--save` also writes it to bench/results/web.md.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMainThread } from 'node:worker_threads';
import { createLogger } from '../adapters/shared/logger.js';
import { NO_RATE_LIMIT } from '../adapters/shared/rate-limit.js';
import { createWebAdapter } from '../adapters/web/adapter.js';
import { createKnowledge } from '../src/index.js';
import { median } from './support/figures.js';
import type { PlannedRequest, RequestFactory } from './support/load-plan.js';
import { readMachine } from './support/machine-line.js';
import { markdownTable } from './support/markdown-table.js';
import { type LoadSummary, runLoad } from './support/run-load.js';

const CONCURRENCY = 50;
const GOAL_SERVER_P99_MS = 10;
const MAX_REQUESTS_PER_ROUND = 200_000;
const QUESTIONS = ['60140', '5432', '22', '8080', '443', '53/udp', '3389', '6443'];

/** Requests in turn over the questions: `/ports/…` pages or `/api/v1/answer?q=…`. */
export const createWebRequests: RequestFactory<{ kind: 'page' | 'api' }> = ({ kind }) => {
  let index = 0;
  return (): PlannedRequest => {
    const question = QUESTIONS[index++ % QUESTIONS.length] as string;
    const path = kind === 'page' ? `/ports/${question}` : `/api/v1/answer?q=${encodeURIComponent(question)}`;
    return { method: 'GET', path, headers: {}, body: '' };
  };
};

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number.parseInt(process.argv[index + 1] ?? '', 10) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Target {
  name: string;
  kind: 'page' | 'api';
  port: number;
  times: number[];
  close: () => void;
}

/** One adapter on its own loopback server, recording each request's server time. */
async function startTarget(name: string, kind: 'page' | 'api', pageCacheSize?: number): Promise<Target> {
  const knowledge = createKnowledge();
  const adapter = createWebAdapter(
    {
      secret: 'bench-secret-bench-secret-bench-secret',
      trustProxy: 0,
      corsOrigins: [],
      feedback: false,
      ...(pageCacheSize !== undefined ? { pageCacheSize } : {}),
    },
    {
      knowledge: () => knowledge,
      logger: createLogger('silent'),
      limiters: { api: NO_RATE_LIMIT, search: NO_RATE_LIMIT, feedback: NO_RATE_LIMIT },
    },
  );
  await adapter.start();
  const target: Target = { name, kind, port: 0, times: [], close: () => {} };
  const server: Server = createServer((request, response) => {
    const start = process.hrtime.bigint();
    // Server time ends when the adapter ends the response, before the socket write, which waits
    // on the other requests in flight and on the kernel.
    const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
    response.end = ((...args: unknown[]) => {
      if (target.times.length < MAX_REQUESTS_PER_ROUND)
        target.times.push(Number(process.hrtime.bigint() - start) / 1e6);
      return end(...args);
    }) as typeof response.end;
    void adapter.handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  target.port = (server.address() as AddressInfo).port;
  target.close = () => {
    server.closeAllConnections();
    server.close();
  };
  return target;
}

async function main(): Promise<void> {
  const rounds = argument('--rounds', 3);
  const seconds = argument('--seconds', 3);
  const targets = [
    await startTarget('port page (`/ports/…`, HTML)', 'page'),
    await startTarget('same, page cache off (every page answered and rendered)', 'page', 0),
    await startTarget('JSON API (`/api/v1/answer?q=…`)', 'api'),
  ];
  const sizes = new Map<Target, number>();
  for (const target of targets) {
    const planned = createWebRequests({ kind: target.kind })();
    const body = await (await fetch(`http://127.0.0.1:${target.port}${planned.path}`)).text();
    sizes.set(target, Buffer.byteLength(body));
  }

  const runs = new Map<Target, { load: LoadSummary; serverP50: number; serverP99: number }[]>(
    targets.map((target) => [target, []]),
  );
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      target.times = [];
      const load = await runLoad({
        host: '127.0.0.1',
        port: target.port,
        factoryModule: import.meta.url,
        factoryName: 'createWebRequests',
        factoryArgs: { kind: target.kind },
        concurrency: CONCURRENCY,
        warmupRequests: 1000,
        durationMs: seconds * 1000,
        maxRequests: MAX_REQUESTS_PER_ROUND,
      });
      // The warm-up's requests are recorded too; the measured ones are the last `requests`.
      const measured = target.times.slice(-load.requests).sort((a, b) => a - b);
      runs
        .get(target)
        ?.push({ load, serverP50: percentile(measured, 50), serverP99: percentile(measured, 99) });
    }
  }
  for (const target of targets) target.close();

  const machine = readMachine();
  const rows = targets.map((target) => {
    const list = runs.get(target) ?? [];
    return [
      `${target.name}, ${sizes.get(target)} B`,
      median(list.map((run) => run.load.throughput)).toFixed(0),
      median(list.map((run) => run.load.p50Ms)).toFixed(2),
      median(list.map((run) => run.load.p99Ms)).toFixed(2),
      median(list.map((run) => run.serverP50)).toFixed(2),
      median(list.map((run) => run.serverP99)).toFixed(2),
      String(list.reduce((sum, run) => sum + run.load.requests, 0)),
      String(list.reduce((sum, run) => sum + run.load.errors, 0)),
    ];
  });
  const pageServerP99 = median((runs.get(targets[0] as Target) ?? []).map((run) => run.serverP99));
  const text = [
    `Machine: nproc ${machine.nproc}, ${machine.cpu}, Node ${machine.node}. ${CONCURRENCY} concurrent requests over keep-alive connections on loopback, load generator on its own thread; ${rounds} rounds of ${seconds} s per server, taking turns, after a warm-up; medians over rounds. Questions in turn: ${QUESTIONS.join(', ')}. Server time: from the request reaching the adapter to the adapter ending the response.`,
    '',
    markdownTable(
      ['server', 'requests/s', 'p50 ms', 'p99 ms', 'server p50 ms', 'server p99 ms', 'requests', 'errors'],
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows,
    ),
    '',
    `Goal: a port page's server time p99 under ${GOAL_SERVER_P99_MS} ms: ${pageServerP99 < GOAL_SERVER_P99_MS ? 'met' : 'NOT met'} (${pageServerP99.toFixed(2)} ms).`,
  ].join('\n');
  console.log(text);
  if (process.argv.includes('--save')) writeFileSync('bench/results/web.md', `${text}\n`);
}

// The load worker imports this file for createWebRequests; only the main thread runs the benchmark.
if (isMainThread) await main();
