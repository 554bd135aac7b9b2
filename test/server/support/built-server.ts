/**
 * Runs the real built service, `node dist/server.js`, as `npm start` and the container do: its own
 * process, its environment, its signals and exit code. Logs are its stdout, parsed as JSON lines.
 *
 * dist/ comes from `npm ci` (prepare) in CI; locally it is rebuilt first when any source is newer,
 * under a lock so that test files running in parallel build it once.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
export const SERVER_ENTRY = join(ROOT, 'dist/server.js');
const LOCK = join(ROOT, 'node_modules/.cache/portbot-test-build.lock');
const SOURCES = ['src', 'adapters', 'scripts/build.mjs', 'package.json'];
const MAX_FILES = 5_000;

function newestSourceMs(): number {
  let newest = 0;
  let seen = 0;
  const visit = (path: string): void => {
    if (++seen > MAX_FILES) return;
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(join(ROOT, source));
  return newest;
}

function isFresh(): boolean {
  const built = statSync(SERVER_ENTRY, { throwIfNoEntry: false });
  return !!built && built.mtimeMs >= newestSourceMs();
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK, { recursive: false });
    return true;
  } catch {
    // A lock left by a killed run is stale after a minute: a build takes seconds.
    const stat = statSync(LOCK, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > 60_000) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** Builds dist/ unless it is newer than every source. */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (let round = 0; !isFresh(); round++) {
    if (Date.now() > deadline || round > 600) throw new Error('timed out waiting for the build of dist/');
    if (!tryLock()) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      if (!isFresh()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

export type LogLine = Record<string, unknown> & { level: number; msg?: string };

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  port: number;
  /** Parsed JSON log lines so far. */
  logs: LogLine[];
  /** Everything the process wrote, stdout and stderr, raw. */
  output(): string;
  /** Resolves with the first log line matching, or rejects after `timeoutMs`. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Polls GET /readyz until it answers 200 (every configured adapter ready). */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Resolves when the process exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if it has not exited in 15 s. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The service reads `.env` from its working directory; by default it runs in an empty directory of
 * its own, so that a developer's `.env` in the repository never reaches a test.
 */
let emptyDirectory: string | undefined;
function defaultWorkingDirectory(): string {
  emptyDirectory ??= mkdtempSync(join(tmpdir(), 'portbot-test-cwd-'));
  return emptyDirectory;
}

export interface BuiltServerOptions {
  /** The working directory (default: an empty temporary directory). */
  cwd?: string;
}

/** The environment the service gets: only what is given, plus PATH; never the test runner's. */
function serviceEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOST: '127.0.0.1', PORT: '0', ...env };
}

/** Spawns the service and waits for its "listening" line (PORT=0 picks a free port). */
export async function startBuiltServer(
  env: Record<string, string>,
  options: BuiltServerOptions = {},
): Promise<RunningServer> {
  await ensureBuilt();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: options.cwd ?? defaultWorkingDirectory(),
    env: serviceEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let raw = '';
  let pending = '';
  const waiters = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim().startsWith('{')) logs.push(JSON.parse(line) as LogLine);
    for (const wake of waiters) wake();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      for (const wake of waiters) wake();
      resolve({ code, signal });
    }),
  );

  const waitForLog = (match: (line: LogLine) => boolean, timeoutMs = 15_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = logs.find(match);
        if (found) return finish(() => resolve(found));
        if (child.exitCode !== null || child.signalCode !== null)
          finish(() => reject(new Error(`the service exited before the expected log line:\n${raw}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`no matching log line in ${timeoutMs} ms:\n${raw}`))),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const result = await exited;
      clearTimeout(kill);
      return result;
    }
    return exited;
  };

  try {
    const listening = await waitForLog((line) => line.msg === 'listening');
    const port = Number(listening.port);
    const baseUrl = `http://127.0.0.1:${port}`;
    const waitForReady = (timeoutMs = 15_000) => pollReady(baseUrl, timeoutMs, () => raw);
    return { child, baseUrl, port, logs, output: () => raw, waitForLog, waitForReady, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function pollReady(baseUrl: string, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let round = 0; round <= timeoutMs / 50 && Date.now() < deadline; round++) {
    const status = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not ready after ${timeoutMs} ms:\n${output()}`);
}

/** Runs the service to completion (for start-up failures): exit code and all output. */
export async function runBuiltServerToExit(
  env: Record<string, string>,
  timeoutMs = 15_000,
  options: BuiltServerOptions = {},
): Promise<{ code: number | null; output: string }> {
  await ensureBuilt();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: options.cwd ?? defaultWorkingDirectory(),
    env: serviceEnv(env),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) =>
    child.once('exit', (exitCode) => resolve(exitCode)),
  );
  clearTimeout(timer);
  return { code, output };
}
