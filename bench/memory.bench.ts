/**
 * `npm run bench:memory`: the built service's idle memory (RSS), per set of configured platforms,
 * beside baselines measured in the same run: `node -e` alone, and `node -e` importing the two
 * platform SDKs. Each configuration is measured twice: just started, and with the database open —
 * after one real question per platform (a signed `/port 5432`, which reads the workspace's team
 * notes, so the store opens as it does in service). Each case runs ROUNDS times (`--rounds N`),
 * taking turns, and the median is reported beside each goal, met or not.
 * Needs `npm run build` first (it measures dist/server.js, as `npm start` runs it).
 * Prints a markdown table; `--save` also writes it to bench/results/memory.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { portCommand } from '../test/support/discord/payloads.js';
import { createTestSigner, postInteraction } from '../test/support/discord/signing.js';
import { BUILT_SERVICE, type ServiceChild, startServiceChild } from '../test/support/service-child.js';
import { slashCommandForm } from '../test/support/slack/payloads.js';
import { FORM, signedPost, TEST_SIGNING_SECRET } from '../test/support/slack/signing.js';
import { startWebApiStandIn, type WebApiStandIn } from '../test/support/slack/web-api-stand-in.js';
import { readMachine } from './support/machine-line.js';
import { markdownTable } from './support/markdown-table.js';

const roundsArgument = process.argv.indexOf('--rounds');
const ROUNDS =
  roundsArgument === -1 ? 5 : Math.max(1, Number.parseInt(process.argv[roundsArgument + 1] ?? '', 10) || 5);
/** How long a started service sits idle before it is measured. */
const IDLE_MS = 3_000;
const MIB = 2 ** 20;
/** The question each platform asks to open the store: a port answer reads the workspace's notes. */
const QUESTION = '5432';
/** Packages of the database engines; only the configured one's should ever load. */
const DATABASE_PACKAGES = ['better-sqlite3', 'pg'];

interface Sample {
  rss: number;
  /** Database packages the process had loaded when measured. */
  drivers: string[];
}

interface Case {
  name: string;
  /** The goal from the product's requirements, in MiB; absent for baselines. */
  goal?: number;
  measure(): Promise<Sample>;
}

/** `node -e` importing the given packages, idle for IDLE_MS, then its RSS. */
function nodeBaseline(packages: readonly string[]): Promise<Sample> {
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
      if (status === 0) done({ rss: Number(out.trim()), drivers: [] });
      else fail(new Error(`node -e exited with ${status}`));
    });
  });
}

type Platform = 'slack' | 'discord';

/** Asks one real question on each platform, signed as the platform signs it; fails unless answered. */
async function askOnce(
  child: ServiceChild,
  platforms: readonly Platform[],
  slackApi: WebApiStandIn,
  discordSigner: ReturnType<typeof createTestSigner>,
): Promise<void> {
  const base = `http://127.0.0.1:${child.port}`;
  for (const platform of platforms) {
    const status =
      platform === 'slack'
        ? (
            await signedPost(
              `${base}/slack/events`,
              slashCommandForm(QUESTION, slackApi.responseUrl('bench')),
              FORM,
            )
          ).status
        : (await postInteraction(`${base}/discord/interactions`, discordSigner, portCommand(QUESTION)))
            .status;
    if (status !== 200) throw new Error(`${platform}: /port ${QUESTION} answered ${status}`);
  }
}

async function main(): Promise<void> {
  if (!existsSync(BUILT_SERVICE)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const slackApi = await startWebApiStandIn();
  const discordSigner = createTestSigner();
  const envOf: Record<Platform, Record<string, string>> = {
    slack: {
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_API_URL: slackApi.apiUrl,
    },
    discord: { DISCORD_PUBLIC_KEY: discordSigner.publicKeyHex, DISCORD_APPLICATION_ID: '123456789012345678' },
  };
  // The web pages are on by default (WEB unset), as `npm start` serves them: one adapter more.
  const service = (platforms: readonly Platform[], openDatabase: boolean) => async (): Promise<Sample> => {
    const env = Object.assign({}, ...platforms.map((platform) => envOf[platform]));
    const child = await startServiceChild(env, platforms.length + 1);
    try {
      if (openDatabase) await askOnce(child, platforms, slackApi, discordSigner);
      await new Promise((done) => setTimeout(done, IDLE_MS));
      const report = await child.report();
      const drivers = DATABASE_PACKAGES.filter((name) => report.packages.includes(name));
      // A row "with the database open" whose process never opened it would measure the wrong thing.
      if (openDatabase && !drivers.includes('better-sqlite3'))
        throw new Error(`${platforms.join(' and ')}: the question did not open the database`);
      return { rss: report.rss, drivers };
    } finally {
      await child.stop();
    }
  };
  const configurations: { name: string; platforms: Platform[]; goal: number }[] = [
    { name: 'Slack only (HTTP mode)', platforms: ['slack'], goal: 100 },
    { name: 'Discord only (HTTP interactions)', platforms: ['discord'], goal: 110 },
    { name: 'Slack and Discord', platforms: ['slack', 'discord'], goal: 130 },
  ];
  const cases: Case[] = [
    { name: 'baseline: `node -e` (nothing imported)', measure: () => nodeBaseline([]) },
    {
      name: 'baseline: `node -e` importing @slack/bolt and discord.js',
      measure: () => nodeBaseline(['@slack/bolt', 'discord.js']),
    },
    ...configurations.flatMap(({ name, platforms, goal }) => [
      { name: `service, ${name}`, goal, measure: service(platforms, false) },
      { name: `service, ${name}, with the database open`, goal, measure: service(platforms, true) },
    ]),
  ];
  const samples = new Map<Case, Sample[]>(cases.map((entry) => [entry, []]));
  const startedAt = new Date();
  const loadBefore = loadavg();
  for (let round = 0; round < ROUNDS; round++)
    for (const entry of cases) samples.get(entry)?.push(await entry.measure());
  const loadAfter = loadavg();
  await slackApi.close();

  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const machine = readMachine();
  const verdicts: string[] = [];
  const rows = cases.map((entry) => {
    const runs = samples.get(entry) ?? [];
    const values = runs.map((sample) => sample.rss);
    const rss = median(values) / MIB;
    const met = entry.goal !== undefined && rss < entry.goal;
    if (entry.goal !== undefined)
      verdicts.push(
        `${met ? 'met    ' : 'NOT met'}  ${entry.name}: ${rss.toFixed(1)} MiB, goal < ${entry.goal} MiB`,
      );
    const drivers = [...new Set(runs.flatMap((sample) => sample.drivers))];
    return [
      entry.name,
      rss.toFixed(1),
      `${(Math.min(...values) / MIB).toFixed(1)}–${(Math.max(...values) / MIB).toFixed(1)}`,
      entry.goal === undefined ? '' : `< ${entry.goal} MiB: ${met ? 'met' : 'NOT met'}`,
      entry.goal === undefined ? '' : drivers.length > 0 ? drivers.join(', ') : 'none',
    ];
  });
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  const text = [
    `Machine: nproc ${machine.nproc}, ${machine.cpu}, Node ${machine.node}. Started ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${load(loadBefore)} before, ${load(loadAfter)} after. RSS ${IDLE_MS / 1000} s after start (the service: after it logged \`listening\` and every adapter started, the web pages on as by default; "with the database open": after one signed \`/port ${QUESTION}\` per platform, which reads the team's notes from SQLite, the default), median of ${ROUNDS} runs taking turns.`,
    '',
    markdownTable(
      ['process', 'RSS MiB', 'range MiB', 'goal', 'database drivers loaded'],
      ['left', 'right', 'right', 'left', 'left'],
      rows,
    ),
  ].join('\n');
  console.log(text);
  console.log(`\nGoals:\n${verdicts.join('\n')}`);
  if (process.argv.includes('--save')) writeFileSync('bench/results/memory.md', `${text}\n`);
}

await main();
