/**
 * The built service (dist/server.js) as a child process, with test/support/process-report.cjs
 * preloaded: started with a given environment, waited on until it listens and every adapter has
 * started, then asked which packages it loaded and how much memory it holds. Shared by the test
 * that the platform SDKs load lazily and by `npm run bench:memory`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const BUILT_SERVICE = join(ROOT, 'dist', 'server.js');
const REPORTER = join(ROOT, 'test', 'support', 'process-report.cjs');
/** Node's flags from `npm start` ("node --flag dist/server.js"), so the child runs as the service does. */
const START_FLAGS = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(' ')
  .slice(1, -1);

export interface ProcessReport {
  packages: string[];
  rss: number;
  heapUsed: number;
}

export interface ServiceChild {
  port: number;
  /** Asks the process for its report (SIGUSR2) and waits for it. */
  report(): Promise<ProcessReport>;
  /** SIGTERM, then the exit code (SIGKILL after the time bound). */
  stop(): Promise<number | null>;
}

/**
 * Starts dist/server.js, with the flags `npm start` gives node, and only `env` (plus PATH and a fresh data directory), bound to
 * 127.0.0.1 on a free port, and resolves once it logged `listening` and `adapters` adapters started.
 */
export async function startServiceChild(
  env: Record<string, string>,
  adapters: number,
  timeoutMs = 30_000,
): Promise<ServiceChild> {
  const dataDir = mkdtempSync(join(tmpdir(), 'portbot-service-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [...START_FLAGS, '--require', REPORTER, BUILT_SERVICE],
    {
      cwd: dataDir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dataDir,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        PORTBOT_DATA_DIR: dataDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  const reports: ((report: ProcessReport) => void)[] = [];
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
    for (;;) {
      const at = stderr.indexOf('process-report ');
      const end = stderr.indexOf('\n', at);
      if (at === -1 || end === -1) break;
      const report = JSON.parse(stderr.slice(at + 'process-report '.length, end)) as ProcessReport;
      stderr = stderr.slice(0, at) + stderr.slice(end + 1);
      reports.shift()?.(report);
    }
  });
  let stdout = '';
  let port: number | undefined;
  let started = 0;
  let exited: number | null | undefined;
  const exit = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      exited = code;
      rmSync(dataDir, { recursive: true, force: true });
      done(code);
    }),
  );
  const ready = new Promise<void>((done) => {
    child.stdout?.on('data', (chunk) => {
      stdout += String(chunk);
      const lines = stdout.split('\n');
      stdout = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'listening') port = entry.port;
        if (entry.msg === 'adapter started') started++;
      }
      if (port !== undefined && started >= adapters) done();
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`the service did not start within ${timeoutMs} ms: ${stderr}`)),
      timeoutMs,
    );
  });
  const ended = exit.then((code) => {
    throw new Error(`the service exited with ${code} before it started: ${stderr}`);
  });
  try {
    await Promise.race([ready, timedOut, ended]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
  ended.catch(() => {});
  return {
    port: port as number,
    report() {
      if (exited !== undefined) return Promise.reject(new Error('the service has exited'));
      let bound: NodeJS.Timeout | undefined;
      const answer = new Promise<ProcessReport>((done, fail) => {
        reports.push(done);
        bound = setTimeout(() => fail(new Error('the service sent no report within 10 s')), 10_000);
      });
      child.kill('SIGUSR2');
      return answer.finally(() => clearTimeout(bound));
    },
    async stop() {
      if (exited !== undefined) return exited;
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exit;
      clearTimeout(kill);
      return code;
    },
  };
}
