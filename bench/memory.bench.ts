/**
 * `npm run bench:memory`: the built service's idle memory (RSS) once it has started, per set of
 * configured platforms, beside a baseline measured in the same run: `node -e` that only imports the
 * two platform SDKs. Each case runs ROUNDS times, taking turns, and the median is reported.
 * Needs `npm run build` first (it measures dist/server.js, as `npm start` runs it).
 * Prints a markdown table; `--save` also writes it to bench/results/memory.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { BUILT_SERVICE, startServiceChild } from '../test/support/service-child.js';
import { TEST_SIGNING_SECRET } from '../test/support/slack/signing.js';
import { startWebApiStandIn } from '../test/support/slack/web-api-stand-in.js';
import { readMachine } from './support/machine-line.js';
import { markdownTable } from './support/markdown-table.js';

const ROUNDS = 5;
/** How long a started service sits idle before it is measured. */
const IDLE_MS = 3_000;
const MIB = 2 ** 20;

interface Case {
  name: string;
  /** The goal from the product's requirements, in MiB; absent for baselines. */
  goal?: number;
  measure(): Promise<number>;
}

/** `node -e` importing the given packages, idle for IDLE_MS, then its RSS. */
function nodeBaseline(packages: readonly string[]): Promise<number> {
  const code = `${packages.map((name) => `require(${JSON.stringify(name)});`).join('')}
setTimeout(() => console.log(process.memoryUsage().rss), ${IDLE_MS});`;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
    });
    const bound = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (status) => {
      clearTimeout(bound);
      if (status === 0) done(Number(out.trim()));
      else fail(new Error(`node -e exited with ${status}`));
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(BUILT_SERVICE)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const slackApi = await startWebApiStandIn();
  const slack = {
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_API_URL: slackApi.apiUrl,
  };
  const discord = { DISCORD_PUBLIC_KEY: 'ab'.repeat(32), DISCORD_APPLICATION_ID: '123456789012345678' };
  const service = (env: Record<string, string>, adapters: number) => async () => {
    const child = await startServiceChild(env, adapters);
    try {
      await new Promise((done) => setTimeout(done, IDLE_MS));
      return (await child.report()).rss;
    } finally {
      await child.stop();
    }
  };
  // The web pages are on by default (WEB unset), as `npm start` serves them.
  const cases: Case[] = [
    { name: 'baseline: `node -e` (nothing imported)', measure: () => nodeBaseline([]) },
    {
      name: 'baseline: `node -e` importing @slack/bolt and discord.js',
      measure: () => nodeBaseline(['@slack/bolt', 'discord.js']),
    },
    { name: 'service, Slack only (HTTP mode)', goal: 100, measure: service(slack, 2) },
    { name: 'service, Discord only (HTTP interactions)', goal: 110, measure: service(discord, 2) },
    { name: 'service, Slack and Discord', goal: 130, measure: service({ ...slack, ...discord }, 3) },
  ];
  const samples = new Map<Case, number[]>(cases.map((entry) => [entry, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const entry of cases) samples.get(entry)?.push(await entry.measure());
  await slackApi.close();

  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const machine = readMachine();
  const rows = cases.map((entry) => {
    const values = samples.get(entry) ?? [];
    const rss = median(values) / MIB;
    const goal =
      entry.goal === undefined ? '' : `< ${entry.goal} MiB: ${rss < entry.goal ? 'met' : 'NOT met'}`;
    return [
      entry.name,
      rss.toFixed(1),
      `${(Math.min(...values) / MIB).toFixed(1)}–${(Math.max(...values) / MIB).toFixed(1)}`,
      goal,
    ];
  });
  const text = [
    `Machine: nproc ${machine.nproc}, ${machine.cpu}, Node ${machine.node}. RSS ${IDLE_MS / 1000} s after start (the service: after it logged \`listening\` and every adapter started), median of ${ROUNDS} runs taking turns.`,
    '',
    markdownTable(['process', 'RSS MiB', 'range MiB', 'goal'], ['left', 'right', 'right', 'left'], rows),
  ].join('\n');
  console.log(text);
  if (process.argv.includes('--save')) writeFileSync('bench/results/memory.md', `${text}\n`);
}

await main();
