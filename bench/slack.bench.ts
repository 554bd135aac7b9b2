/**
 * `npm run bench:slack`: signed `/port` requests over loopback against the running service (the
 * real createService + Slack adapter in HTTP mode: timestamp and replay guard, Bolt's signature
 * check and dispatch, the question's journey, core answer, Block Kit in the ack body). The goal is
 * what users feel: at least GOAL_ANSWERS_PER_SECOND answers a second with p99 under GOAL_P99_MS at
 * CONCURRENCY concurrent requests. A bare node:http server answering the same request with a
 * precomputed body is measured beside it, as a reference for what the machine allows. Prints a
 * markdown table; `--save` also writes it to bench/results/slack.md.
 *
 * The servers take turns, round after round (`--rounds`, default 3, `--seconds` each, default 4),
 * and each figure is the median over rounds: on a shared machine the background load drifts, and
 * alternating keeps that drift from favouring whichever server ran first.
 */
import { writeFileSync } from 'node:fs';
import { createService } from '../adapters/server/service.js';
import { createLogger } from '../adapters/shared/logger.js';
import { createSlackAdapter } from '../adapters/slack/adapter.js';
import { readSlackConfig } from '../adapters/slack/config.js';
import { createKnowledge } from '../src/index.js';
import { startCeilingServer } from './support/ceiling-server.js';
import { combineRounds, type Figures } from './support/figures.js';
import type { LoadPlan } from './support/load-plan.js';
import { readMachine } from './support/machine-line.js';
import { markdownTable } from './support/markdown-table.js';
import { type LoadSummary, runLoad } from './support/run-load.js';
import { startAuthStandIn } from './support/slack-api-stand-in.js';
import { createSlashCommandRequests, type SlashCommandArgs } from './support/slack-requests.js';

const CONCURRENCY = 50;
const SECRET = 'bench-signing-secret';
const QUESTION = '60140';
const GOAL_ANSWERS_PER_SECOND = 1000;
const GOAL_P99_MS = 50;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const seconds = Math.min(60, Math.max(1, Number.parseInt(argument('--seconds') ?? '4', 10) || 4));
const rounds = Math.min(10, Math.max(1, Number.parseInt(argument('--rounds') ?? '3', 10) || 3));
const save = process.argv.includes('--save');

async function startApp() {
  const auth = await startAuthStandIn();
  const logger = createLogger('warn');
  const knowledge = createKnowledge();
  knowledge.names();
  const read = readSlackConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_API_URL: auth.apiUrl,
  });
  if (read.status !== 'on') throw new Error('bench config is not valid');
  const adapter = createSlackAdapter(read.config, { knowledge: () => knowledge, logger });
  const service = createService({ host: '127.0.0.1', port: 0, adapters: [adapter], logger });
  const address = await service.start();
  return {
    port: address.port,
    stop: async () => {
      await service.stop();
      await auth.close();
    },
  };
}

function planFor(port: number, args: SlashCommandArgs): LoadPlan {
  return {
    host: '127.0.0.1',
    port,
    factoryModule: new URL('./support/slack-requests.ts', import.meta.url).href,
    factoryName: 'createSlashCommandRequests',
    factoryArgs: args,
    concurrency: CONCURRENCY,
    warmupRequests: 1000,
    durationMs: seconds * 1000,
    maxRequests: 5_000_000,
  };
}

/** One real request, to get the exact body the ceiling will send. */
async function answerBody(port: number, args: SlashCommandArgs): Promise<string> {
  const request = createSlashCommandRequests(args)();
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
  if (response.status !== 200) throw new Error(`the app answered ${response.status}`);
  return response.text();
}

function row(name: string, figures: Figures, ceiling: Figures): string[] {
  const ratio = figures.throughput / ceiling.throughput;
  return [
    name,
    figures.throughput.toFixed(0),
    figures.p50Ms.toFixed(2),
    figures.p99Ms.toFixed(2),
    `${(ratio * 100).toFixed(0)}%`,
    String(figures.requests),
    String(figures.errors),
  ];
}

async function main(): Promise<void> {
  const app = await startApp();
  const args: SlashCommandArgs = {
    signingSecret: SECRET,
    texts: [QUESTION],
    command: '/port',
    responseUrl: 'http://127.0.0.1:9/unused',
    path: '/slack/events',
  };
  const body = await answerBody(app.port, args);
  const ceilingServer = await startCeilingServer(body);
  const runs: Record<'ceiling' | 'app', LoadSummary[]> = { ceiling: [], app: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      runs.ceiling.push(await runLoad(planFor(ceilingServer.port, args)));
      runs.app.push(await runLoad(planFor(app.port, args)));
    }
    const ceiling = combineRounds(runs.ceiling);
    const measured = combineRounds(runs.app);
    const machine = readMachine();
    const pass = measured.throughput >= GOAL_ANSWERS_PER_SECOND && measured.p99Ms < GOAL_P99_MS;
    const lines = [
      '## Slack adapter: signed `/port` requests over loopback',
      '',
      `Machine: nproc ${machine.nproc}, ${machine.cpu}, Node ${machine.node}. ${CONCURRENCY} concurrent requests over keep-alive connections, load generator on its own thread; ${rounds} rounds of ${seconds} s per server, taking turns, after a warm-up; medians over rounds. Question: \`/port ${QUESTION}\` (response ${body.length} bytes).`,
      '',
      markdownTable(
        ['server', 'requests/s', 'p50 ms', 'p99 ms', 'of ceiling', 'requests', 'errors'],
        ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
        [
          row('bare node:http, precomputed body (ceiling)', ceiling, ceiling),
          row('portbot service, Slack adapter (HTTP mode, Bolt dispatch)', measured, ceiling),
        ],
      ),
      '',
      `Goal: at least ${GOAL_ANSWERS_PER_SECOND} answers/s and p99 under ${GOAL_P99_MS} ms at ${CONCURRENCY} concurrent: ${pass ? 'met' : 'NOT met'}.`,
      '',
      "Every request goes through Bolt's own dispatch to the `/port` listener, which answers in the HTTP acknowledgement. Absolute figures move with other load on the machine (the ceiling row shows how much it allowed in the same run).",
    ];
    const text = lines.join('\n');
    console.log(text);
    if (save) writeFileSync(new URL('./results/slack.md', import.meta.url), `${text}\n`);
    const failed = runs.app.filter((run) => run.errors > 0);
    if (failed.length > 0) console.error(`errors: ${JSON.stringify(failed.map((run) => run.statuses))}`);
  } finally {
    await ceilingServer.close();
    await app.stop();
  }
}

await main();
