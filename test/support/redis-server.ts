/**
 * A real, throwaway redis-server for tests of what replicas share: 127.0.0.1 only, a free port, no
 * persistence (`--save '' --appendonly no`), its own temporary directory, killed afterwards.
 *
 * Where redis-server is not installed, suites skip (`describe.skipIf(!redisAvailable())`) — except
 * in CI (`CI` set), where a missing redis-server fails the run instead of silently testing less.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  port: number;
  url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;
const START_ATTEMPTS = 3;

/** True when redis-server can be run; throws in CI when it cannot. */
export function redisAvailable(): boolean {
  const found = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!found && process.env.CI)
    throw new Error('redis-server is required in CI (Debian package redis-server); it was not found');
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls the port until redis-server accepts, it exits, or START_TIMEOUT_MS (in rounds and time). */
async function waitUntilListening(child: ChildProcess, port: number): Promise<boolean> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (
    let round = 0;
    round < START_TIMEOUT_MS / 50 && Date.now() < deadline && child.exitCode === null;
    round++
  ) {
    if (await canConnect(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts redis-server; `extraArgs` such as `['--requirepass', 'fake']`.
 * @example const redis = await startRedisServer(); …; await redis.stop();
 */
export async function startRedisServer(extraArgs: readonly string[] = []): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'portbot-redis-'));
  // Another process may take the free port between our check and redis binding it: retry a little.
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const port = await freePort();
    const args = ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'];
    const child = spawn('redis-server', [...args, '--dir', dir, ...extraArgs], { stdio: 'ignore' });
    if (await waitUntilListening(child, port))
      return {
        port,
        url: `redis://127.0.0.1:${port}`,
        async stop() {
          await stopChild(child);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    await stopChild(child);
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`redis-server did not start after ${START_ATTEMPTS} attempts`);
}
