/**
 * `npm run bench:reliability`: how the built service (`node dist/server.js`, Slack and Discord
 * both in HTTP mode, on 127.0.0.1) holds up against what anyone on the internet can send it:
 *
 * 1. forged and replayed requests — tried and accepted (answered: 200 with a body), with a correctly signed
 *    control first so that a harness mistake cannot pass for a rejection;
 * 2. slow clients — bodies dribbled a byte at a time and headers sent slowly: how many were cut
 *    off, and after how long;
 * 3. two floods of connections (2,000 by default): ones holding half a request, then ones sending
 *    forged and unknown requests back to back, with `/healthz` probed on a fresh connection every
 *    100 ms, as Kubernetes does;
 * 4. SIGTERM with a client that never finishes its body: the exit code and how long it took.
 *
 * Prints a markdown section; `--save` also writes bench/results/reliability.md. Every loop is
 * bounded in count and time; everything talks to 127.0.0.1 only.
 */
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';
import { type RunningServer, startBuiltServer } from '../test/server/support/built-server.js';
import { createDiscordKeys } from '../test/server/support/discord-signing.js';
import { portCommand } from '../test/support/discord/payloads.js';
import type { FloodPlan, FloodResult } from './support/flood-worker.js';
import { readMachine } from './support/machine-line.js';
import { markdownTable } from './support/markdown-table.js';
import { bootstrap } from './support/run-load.js';
import { startAuthStandIn } from './support/slack-api-stand-in.js';
import { slashCommandForm } from './support/slack-requests.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const boundedInt = (name: string, fallback: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Number.parseInt(argument(name) ?? '', 10) || fallback));

const FLOOD_CONNECTIONS = boundedInt('--connections', 2_000, 10, 5_000);
const FLOOD_SECONDS = boundedInt('--seconds', 10, 2, 60);
const SLOW_CLIENTS = boundedInt('--slow-clients', 20, 1, 200);
const save = process.argv.includes('--save');

const SECRET = 'bench-signing-secret';
const SLACK_PATH = '/slack/events';
const DISCORD_PATH = '/discord/interactions';
const APPLICATION_ID = '900000000000000001';
const PROBE_EVERY_MS = 100;
/** Long enough to measure a slow answer rather than cut it: a probe that takes longer failed. */
const PROBE_TIMEOUT_MS = 10_000;
const SLOW_CLIENT_WAIT_MS = 60_000;
/** What `main.ts` allows before it gives up and exits 1. */
const STOP_DEADLINE_MS = 8_000;

const keys = createDiscordKeys();
const nowSeconds = () => Math.floor(Date.now() / 1000);

// --- 1. Forged and replayed requests ---------------------------------------------------------

interface Attempt {
  path: string;
  headers: Record<string, string>;
  body: string;
}

interface TrialRow {
  platform: string;
  kind: string;
  tried: number;
  accepted: number;
  /** The spellings or cases that were accepted, for the reader. */
  acceptedWhich: string[];
}

function slackSign(timestamp: string, body: string, secret = SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

function slackAttempt(timestamp: string, signature?: string, text = '60140'): Attempt {
  const body = slashCommandForm({ command: '/port', responseUrl: 'http://127.0.0.1:9/unused' }, text);
  return {
    path: SLACK_PATH,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature ?? slackSign(timestamp, body),
    },
    body,
  };
}

function discordAttempt(timestamp: string, signature?: string): Attempt {
  const body = JSON.stringify(portCommand('60140'));
  const headers = keys.headers(body, timestamp);
  if (signature !== undefined) headers['x-signature-ed25519'] = signature;
  return { path: DISCORD_PATH, headers, body };
}

/**
 * Whether the service answered the request: 200 with a body. Slack's replay protection
 * acknowledges a repeated signature with an empty 200 (so Slack never retries it) and answers
 * nothing: that is a refusal, not an answer.
 */
async function send(baseUrl: string, attempt: Attempt): Promise<boolean> {
  const response = await fetch(`${baseUrl}${attempt.path}`, {
    method: 'POST',
    headers: attempt.headers,
    body: attempt.body,
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.arrayBuffer();
  return response.status === 200 && body.byteLength > 0;
}

async function trial(
  baseUrl: string,
  platform: string,
  kind: string,
  cases: readonly [string, Attempt][],
): Promise<TrialRow> {
  const acceptedWhich: string[] = [];
  for (const [name, attempt] of cases) if (await send(baseUrl, attempt)) acceptedWhich.push(name);
  return { platform, kind, tried: cases.length, accepted: acceptedWhich.length, acceptedWhich };
}

/** Sends one correctly signed request, then the very same bytes `times` more times. */
async function replay(baseUrl: string, platform: string, attempt: Attempt, times: number): Promise<TrialRow> {
  if (!(await send(baseUrl, attempt))) throw new Error(`${platform}: the original request was refused`);
  const cases = Array.from({ length: times }, (_, i) => [`replay ${i + 1}`, attempt] as [string, Attempt]);
  return trial(baseUrl, platform, `replayed request (${times} replays of one accepted request)`, cases);
}

async function forgedRequests(baseUrl: string): Promise<TrialRow[]> {
  // Controls: correctly signed and current. If these fail, the figures below mean nothing. The
  // timestamps are taken once, here; the nearest to Slack's 5-minute tolerance are 10 s beyond it,
  // far more than the few seconds the requests below take.
  const now = nowSeconds();
  if (!(await send(baseUrl, slackAttempt(String(now))))) throw new Error('Slack control was refused');
  if (!(await send(baseUrl, discordAttempt(String(now))))) throw new Error('Discord control was refused');

  const slackBody = slackAttempt(String(now)).body;
  const stale = now - 600;
  const future = now + 600;
  const oddSpellings = (seconds: number): [string, string][] => [
    ['leading +', `+${seconds}`],
    ['leading zero', `0${seconds}`],
    ['decimal .0', `${seconds}.0`],
    ['exponent', `${(seconds / 1e9).toFixed(9)}e9`],
    ['trailing space', `${seconds} `],
    ['hexadecimal', `0x${seconds.toString(16)}`],
  ];
  const rows: TrialRow[] = [];
  rows.push(
    await trial(baseUrl, 'Slack', 'bad signature', [
      ['other secret', slackAttempt(String(now), slackSign(String(now), slackBody, 'not-the-secret'))],
      ['garbage', slackAttempt(String(now), `v0=${'0'.repeat(64)}`)],
      ['no v0= prefix', slackAttempt(String(now), slackSign(String(now), slackBody).slice(3))],
      ['empty', slackAttempt(String(now), '')],
      ['signed for another body', slackAttempt(String(now), slackSign(String(now), `${slackBody}&x=1`))],
    ]),
  );
  rows.push(
    await trial(baseUrl, 'Slack', 'stale timestamp (signed, 310 s to 1 day old)', [
      ['-310 s', slackAttempt(String(now - 310))],
      ['-600 s', slackAttempt(String(stale))],
      ['-1 day', slackAttempt(String(now - 86_400))],
    ]),
  );
  rows.push(
    await trial(baseUrl, 'Slack', 'future timestamp (signed, 310 s to 1 day ahead)', [
      ['+310 s', slackAttempt(String(now + 310))],
      ['+600 s', slackAttempt(String(future))],
      ['+1 day', slackAttempt(String(now + 86_400))],
    ]),
  );
  rows.push(
    await trial(
      baseUrl,
      'Slack',
      'odd-spelling timestamp, 10 min old or ahead (signed)',
      [...oddSpellings(stale), ...oddSpellings(future)].map(
        ([name, spelled], i) =>
          [`${i < 6 ? 'old' : 'ahead'}: ${name}`, slackAttempt(spelled)] as [string, Attempt],
      ),
    ),
  );
  rows.push(await replay(baseUrl, 'Slack', slackAttempt(String(nowSeconds())), 3));

  const discordBody = discordAttempt(String(now)).body;
  rows.push(
    await trial(baseUrl, 'Discord', 'bad signature', [
      ['garbage', discordAttempt(String(now), 'ab'.repeat(64))],
      ['empty', discordAttempt(String(now), '')],
      [
        'signed for another body',
        discordAttempt(String(now), keys.headers(`${discordBody} `)['x-signature-ed25519']),
      ],
      [
        'signed for another timestamp',
        discordAttempt(String(now), keys.headers(discordBody, String(now - 1))['x-signature-ed25519']),
      ],
    ]),
  );
  rows.push(
    await trial(baseUrl, 'Discord', 'stale timestamp (signed, 10 min to 1 day old)', [
      ['-600 s', discordAttempt(String(stale))],
      ['-1 hour', discordAttempt(String(now - 3_600))],
      ['-1 day', discordAttempt(String(now - 86_400))],
    ]),
  );
  rows.push(await replay(baseUrl, 'Discord', discordAttempt(String(nowSeconds())), 3));
  return rows;
}

// --- 2. Slow clients ---------------------------------------------------------------------------

interface SlowOutcome {
  kind: string;
  clients: number;
  cut: number;
  answered408: number;
  /** Seconds from the first byte to the server closing the connection. */
  cutAfterS: number[];
}

/** One client writing `lead`, then one byte of `drip` every `everyMs` until the server closes it. */
function slowClient(
  port: number,
  lead: string,
  drip: string,
  everyMs: number,
): Promise<{ seconds: number; text: string } | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let timer: NodeJS.Timeout | undefined;
    let sent = 0;
    const started = Date.now();
    const giveUp = setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      resolve(undefined);
    }, SLOW_CLIENT_WAIT_MS);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('error', () => {});
    socket.once('connect', () => {
      socket.write(lead);
      timer = setInterval(() => {
        if (!socket.destroyed) socket.write(drip[sent++ % drip.length] as string);
      }, everyMs);
    });
    socket.once('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ seconds: (Date.now() - started) / 1000, text });
    });
  });
}

async function slowClients(port: number): Promise<SlowOutcome[]> {
  const kinds: [string, string, string][] = [
    [
      'body dribbled to /slack/events',
      `POST ${SLACK_PATH} HTTP/1.1\r\nHost: portbot\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n`,
      'a',
    ],
    [
      'body dribbled to /discord/interactions',
      `POST ${DISCORD_PATH} HTTP/1.1\r\nHost: portbot\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`,
      ' ',
    ],
    ['headers sent slowly (slowloris)', `GET /healthz HTTP/1.1\r\nHost: portbot\r\n`, 'X-a: b\r\n'],
  ];
  const runs = kinds.map(async ([kind, lead, drip]) => {
    const results = await Promise.all(
      Array.from({ length: SLOW_CLIENTS }, () => slowClient(port, lead, drip, 200)),
    );
    const cut = results.filter((result) => result !== undefined);
    return {
      kind,
      clients: SLOW_CLIENTS,
      cut: cut.length,
      answered408: cut.filter((result) => result.text.startsWith('HTTP/1.1 408 ')).length,
      cutAfterS: cut.map((result) => result.seconds).sort((a, b) => a - b),
    };
  });
  return Promise.all(runs);
}

// --- 3. Flood, with /healthz probed ---------------------------------------------------------------

interface ProbeFigures {
  samples: number;
  /** No 200 within PROBE_TIMEOUT_MS (refused, closed or too slow). */
  failed: number;
  /** Failed, or slower than Kubernetes' default probe timeout (1 s). */
  overOneSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** One GET /healthz on a new connection, as the kubelet sends it; the time to the whole answer. */
function probe(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const started = performance.now();
    const outgoing = request(
      { host: '127.0.0.1', port, path: '/healthz', agent: false, headers: { connection: 'close' } },
      (response) => {
        response.resume();
        response.on('end', () => {
          clearTimeout(deadline);
          resolve(response.statusCode === 200 ? performance.now() - started : undefined);
        });
        response.on('error', () => resolve(undefined));
      },
    );
    // The whole probe, connection included, as the kubelet's timeoutSeconds counts it.
    const deadline = setTimeout(() => outgoing.destroy(), PROBE_TIMEOUT_MS);
    outgoing.on('error', () => {
      clearTimeout(deadline);
      resolve(undefined);
    });
    outgoing.end();
  });
}

async function probeFor(port: number, ms: number): Promise<ProbeFigures> {
  const latencies: number[] = [];
  let failed = 0;
  const ends = Date.now() + ms;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < Math.ceil(ms / PROBE_EVERY_MS) && Date.now() < ends; i++) {
    pending.push(
      probe(port).then((latency) => {
        if (latency === undefined) failed++;
        else latencies.push(latency);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
  }
  await Promise.all(pending);
  // A failed probe counts as slower than any answer, so that failures raise the percentiles.
  const all = [...latencies, ...Array.from({ length: failed }, () => Number.POSITIVE_INFINITY)];
  all.sort((a, b) => a - b);
  return {
    samples: all.length,
    failed,
    overOneSecond: all.filter((latency) => latency > 1_000).length,
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
    maxMs: all.at(-1) ?? Number.NaN,
  };
}

function floodRequests(): string[] {
  const raw = (attempt: Attempt) =>
    `POST ${attempt.path} HTTP/1.1\r\nHost: portbot\r\n${Object.entries(attempt.headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}Content-Length: ${Buffer.byteLength(attempt.body)}\r\n\r\n${attempt.body}`;
  const now = String(nowSeconds());
  return [
    raw(slackAttempt(now, `v0=${'0'.repeat(64)}`)),
    raw(discordAttempt(now, 'ab'.repeat(64))),
    'GET /nothing-here HTTP/1.1\r\nHost: portbot\r\n\r\n',
  ];
}

function runFlood(plan: FloodPlan): Promise<FloodResult> {
  const worker = new Worker(bootstrap(new URL('./support/flood-worker.ts', import.meta.url).href), {
    eval: true,
    workerData: plan,
  });
  return new Promise((resolve, reject) => {
    const overrun = setTimeout(() => {
      void worker.terminate();
      reject(new Error('the flood did not end in time'));
    }, plan.durationMs + 60_000);
    worker.once('message', (message: { ok: true; result: FloodResult } | { ok: false; error: string }) => {
      clearTimeout(overrun);
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.once('error', (error) => {
      clearTimeout(overrun);
      reject(error);
    });
  });
}

interface FloodRun {
  flood: FloodResult;
  health: ProbeFigures;
  rssBefore: number;
  rssPeak: number;
}

/** A flood of FLOOD_CONNECTIONS for FLOOD_SECONDS, probing /healthz once the ramp-up is over. */
async function floodWithProbes(server: RunningServer, options: { hold?: string }): Promise<FloodRun> {
  const rssBefore = rssMiB(server.child.pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, rssMiB(server.child.pid));
  }, 500);
  const rampMs = 2_000;
  try {
    const [flood, health] = await Promise.all([
      runFlood({
        host: '127.0.0.1',
        port: server.port,
        connections: FLOOD_CONNECTIONS,
        durationMs: FLOOD_SECONDS * 1000 + rampMs,
        requests: floodRequests(),
        maxReconnects: FLOOD_CONNECTIONS * 20,
        ...options,
      }),
      new Promise((resolve) => setTimeout(resolve, rampMs)).then(() =>
        probeFor(server.port, FLOOD_SECONDS * 1000),
      ),
    ]);
    return { flood, health, rssBefore, rssPeak };
  } finally {
    clearInterval(sampler);
  }
}

function rssMiB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number.parseInt(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '', 10) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** The open-file limit of a process (Linux), which Node raises to the hard limit at start. */
function openFileLimit(pid: number | 'self'): number {
  try {
    const limits = readFileSync(`/proc/${pid}/limits`, 'utf8');
    return Number.parseInt(/Max open files\s+(\d+)/.exec(limits)?.[1] ?? '', 10);
  } catch {
    return Number.NaN;
  }
}

// --- 4. SIGTERM with a stalled client --------------------------------------------------------------

async function stopWithStalledClient(
  server: RunningServer,
): Promise<{ code: number | null; seconds: number }> {
  const socket: Socket = connect(server.port, '127.0.0.1');
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(`POST ${DISCORD_PATH} HTTP/1.1\r\nHost: portbot\r\nContent-Length: 500\r\n\r\n{"type":`);
  // A round trip on another connection: the stalled request has reached the server.
  await probe(server.port);
  const started = Date.now();
  server.child.kill('SIGTERM');
  const exited = await server.exited;
  socket.destroy();
  return { code: exited.code, seconds: (Date.now() - started) / 1000 };
}

// --- Run and report ----------------------------------------------------------------------------------

const fmt = (value: number, digits = 1) =>
  value === Number.POSITIVE_INFINITY
    ? `> ${PROBE_TIMEOUT_MS}`
    : Number.isFinite(value)
      ? value.toFixed(digits)
      : '–';

async function main(): Promise<void> {
  const auth = await startAuthStandIn();
  const env = {
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_API_URL: auth.apiUrl,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'info',
  };
  const needed = FLOOD_CONNECTIONS + 200;
  const ownLimit = openFileLimit('self');
  if (ownLimit < needed)
    throw new Error(
      `the open-file limit is ${ownLimit}, below the ${needed} the flood needs; Node already raises it to the hard limit at start, so raise the hard limit (ulimit -Hn) or pass --connections`,
    );
  const server = await startBuiltServer(env);
  try {
    await server.waitForReady(30_000);
    const serverLimit = openFileLimit(server.child.pid ?? 'self');
    const baseUrl = server.baseUrl;

    const trials = await forgedRequests(baseUrl);
    const slow = await slowClients(server.port);

    const idleHealth = await probeFor(server.port, 3_000);
    const held = await floodWithProbes(server, { hold: `GET /healthz HTTP/1.1\r\nHost: portbot\r\n` });
    const busy = await floodWithProbes(server, {});
    const afterHealth = await probeFor(server.port, 2_000);
    const stop = await stopWithStalledClient(server);

    const machine = readMachine();
    const date = new Date().toISOString().slice(0, 10);
    const trialTable = markdownTable(
      ['platform', 'forged or replayed request', 'tried', 'accepted', 'accepted cases'],
      ['left', 'left', 'right', 'right', 'left'],
      trials.map((row) => [
        row.platform,
        row.kind,
        String(row.tried),
        String(row.accepted),
        row.acceptedWhich.join(', ') || '–',
      ]),
    );
    const slowTable = markdownTable(
      [
        'slow client (one byte every 200 ms)',
        'clients',
        'cut off',
        'with 408',
        'cut after, min–median–max s',
      ],
      ['left', 'right', 'right', 'right', 'right'],
      slow.map((row) => [
        row.kind,
        String(row.clients),
        String(row.cut),
        String(row.answered408),
        `${fmt(row.cutAfterS[0] ?? Number.NaN)}–${fmt(percentile(row.cutAfterS, 50))}–${fmt(row.cutAfterS.at(-1) ?? Number.NaN)}`,
      ]),
    );
    const healthRow = (name: string, figures: ProbeFigures) => [
      name,
      String(figures.samples),
      String(figures.failed),
      String(figures.overOneSecond),
      fmt(figures.p50Ms),
      fmt(figures.p99Ms),
      fmt(figures.maxMs),
    ];
    const healthTable = markdownTable(
      [
        '`GET /healthz`, new connection every 100 ms',
        'probes',
        'failed',
        'over 1 s',
        'p50 ms',
        'p99 ms',
        'max ms',
      ],
      ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      [
        healthRow('idle service', idleHealth),
        healthRow(`${FLOOD_CONNECTIONS} connections holding half a request`, held.health),
        healthRow(`${FLOOD_CONNECTIONS} connections sending forged requests`, busy.health),
        healthRow('just after the floods', afterHealth),
      ],
    );
    const describeFlood = (name: string, run: FloodRun) => {
      const statuses = Object.entries(run.flood.statuses)
        .sort()
        .map(([status, count]) => `${count} × ${status}`)
        .join(', ');
      return `- ${name}: ${run.flood.answers} answers in ${fmt(run.flood.seconds)} s (${fmt(run.flood.answers / run.flood.seconds, 0)}/s${statuses ? `: ${statuses}` : ''}); at most ${run.flood.peakOpen} connections open at once; ${run.flood.reconnects} reconnects after the server closed one; service RSS ${fmt(run.rssBefore, 0)} MiB before, ${fmt(run.rssPeak, 0)} MiB at its peak.`;
    };
    const lines = [
      '## Reliability — `npm run bench:reliability`',
      '',
      `Machine: nproc ${machine.nproc}, ${machine.cpu}, Node ${machine.node}; measured ${date}. The built service (\`node dist/server.js\`, Slack and Discord both in HTTP mode, default limits) in its own process on 127.0.0.1; open-file limit ${serverLimit} (Node raises the soft limit to the hard one at start, so the bench needs no \`ulimit -n\`).`,
      '',
      '### Forged and replayed requests',
      '',
      'Each signed with the right key unless the row says otherwise; "accepted" means answered (200 with a body; a replayed Slack request gets an empty 200, so that Slack never retries it, and no answer). A correctly signed, current request of each platform was accepted first (the control).',
      '',
      trialTable,
      '',
      '### Slow clients',
      '',
      `${SLOW_CLIENTS} clients of each kind at once; the time runs from the connection's first byte to the server closing it.`,
      '',
      slowTable,
      '',
      '### Connection flood',
      '',
      `Two floods of ${FLOOD_CONNECTIONS} connections, opened 100 every 10 ms from a load thread, ${FLOOD_SECONDS} s each: first connections that send the start of a request and then nothing (reopened when the server closes them), then connections sending forged Slack and Discord requests and unknown paths back to back. \`/healthz\` is probed on a new connection every ${PROBE_EVERY_MS} ms, as the kubelet does; a probe without an answer ${PROBE_TIMEOUT_MS / 1000} s after it began failed, and counts in the percentiles as slower than any answer.`,
      '',
      healthTable,
      '',
      describeFlood('Holding half a request', held),
      describeFlood('Forged requests', busy),
      '',
      '### Stopping with a stalled client',
      '',
      `SIGTERM while one client had sent half its body and then nothing: exit code ${stop.code} after ${fmt(stop.seconds)} s (deadline ${STOP_DEADLINE_MS / 1000} s, after which the service exits 1).`,
    ];
    const text = lines.join('\n');
    console.log(text);
    if (save) writeFileSync(new URL('./results/reliability.md', import.meta.url), `${text}\n`);
  } finally {
    await server.stop();
    await auth.close();
  }
}

await main();
