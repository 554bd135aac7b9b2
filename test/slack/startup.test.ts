/**
 * `npm start` with bad Slack variables: one message naming each problem, exit code 1, and nothing
 * contacted. Runs the real entry point in a child process with a clean environment.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const ROOT = resolve(import.meta.dirname, '../..');

function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`main did not exit; stderr: ${stderr}`));
    }, 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

let api: WebApiStandIn;
beforeAll(async () => {
  api = await startWebApiStandIn();
});
afterAll(async () => {
  await api?.close();
});

describe('start-up with bad Slack variables', () => {
  it('names every problem, exits 1 and contacts nothing', async () => {
    const { code, stderr } = await runMain({
      SLACK_BOT_TOKEN: 'xapp-wrong-kind',
      SLACK_COMMAND: 'port',
      SLACK_API_URL: api.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN: must start with xoxb-');
    expect(stderr).toContain('SLACK_SIGNING_SECRET: required for HTTP mode');
    expect(stderr).toContain('SLACK_COMMAND: must be a slash command');
    expect(stderr).not.toContain('xapp-wrong-kind');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(api.calls).toEqual([]);
  }, 20_000);
});
