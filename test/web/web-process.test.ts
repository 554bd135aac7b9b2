/**
 * `npm run web` as a process (dist/web.js): it reads .env from its working directory, the
 * environment wins over the file, it serves the pages without any chat configuration, refuses a
 * bad variable with a listed problem, and stops on SIGTERM.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const WEB = resolve(import.meta.dirname, '../../dist/web.js');
const dir = mkdtempSync(join(tmpdir(), 'portbot-web-process-'));
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Polls until the server answers, for at most 20 s. */
async function waitFor(url: string): Promise<Response> {
  const deadline = Date.now() + 20_000;
  for (let attempt = 0; attempt < 200 && Date.now() < deadline; attempt++) {
    try {
      return await fetch(url, { signal: AbortSignal.timeout(2_000) });
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  throw new Error(`${url} did not answer within 20 s`);
}

/** The environment without the variables the web entry reads, so the test alone decides them. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['HOST', 'PORT', 'PUBLIC_URL', 'WEB_SECRET', 'TRUST_PROXY', 'FEEDBACK', 'DATABASE_URL'])
    delete env[key];
  return { ...env, PORTBOT_DB: join(dir, 'portbot.db'), PORTBOT_DATA_DIR: join(dir, 'cache'), ...extra };
}

beforeAll(() => {
  if (!existsSync(WEB)) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}, 120_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run web', () => {
  it('reads .env from its working directory, lets the environment win, and stops on SIGTERM', async () => {
    const fromFile = await freePort();
    const fromEnv = await freePort();
    writeFileSync(
      join(dir, '.env'),
      `PORT=${fromFile}\nHOST=127.0.0.1\nFEEDBACK=\nPUBLIC_URL=https://ports.example.com\n`,
    );
    const child = spawn(process.execPath, [WEB], {
      cwd: dir,
      env: cleanEnv({ PORT: String(fromEnv), LOG_LEVEL: 'warn' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const response = await waitFor(`http://127.0.0.1:${fromEnv}/ports/22`);
    expect(response.status).toBe(200);
    const html = await response.text();
    // PUBLIC_URL came from the file; the empty FEEDBACK in it means "unset", so the form is on.
    expect(html).toContain('<link rel="canonical" href="https://ports.example.com/ports/22"/>');
    expect(html).toContain('method="post"');
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('refuses a bad variable with the problem listed', () => {
    const result = spawnSync(process.execPath, [WEB], {
      cwd: tmpdir(),
      env: cleanEnv({ PORT: '99999', WEB_SECRET: 'short' }),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('WEB_SECRET');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
