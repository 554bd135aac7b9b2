/**
 * HTTP mode defers Socket Mode's client (adapters/slack/load-adapter.ts): Bolt loads without the
 * `undici` package, and Socket Mode still works in the same process, loading the real client when
 * a SocketModeReceiver is built. Each case runs in a fresh Node process, whose module cache has
 * never seen Bolt (this test runner's has).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOADER = resolve(import.meta.dirname, '../../adapters/slack/load-adapter.ts');

/** Runs `code` (an ES module) with tsx in a new process and returns what it printed as JSON. */
function runFresh(code: string): Promise<unknown> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      err += String(chunk);
    });
    const bound = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (status) => {
      clearTimeout(bound);
      if (status === 0) done(JSON.parse(out));
      else fail(new Error(`the child exited with ${status}: ${err}`));
    });
  });
}

const PRELUDE = `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const loaded = (name) => Object.keys(require.cache).some((file) => file.includes(\`/node_modules/\${name}/\`));
const { deferSocketModeClient } = await import(${JSON.stringify(LOADER)});
`;

describe('Socket Mode deferred in HTTP mode', () => {
  it('Bolt loads without undici, and a Socket Mode receiver still gets the real client', async () => {
    const report = await runFresh(`${PRELUDE}
const deferred = deferSocketModeClient();
const { SocketModeReceiver } = await import('@slack/bolt');
const afterBolt = loaded('undici');
const receiver = new SocketModeReceiver({ appToken: 'xapp-1-not-a-real-token' });
console.log(JSON.stringify({
  deferred,
  afterBolt,
  afterReceiver: loaded('undici'),
  client: receiver.client.constructor.name,
  again: deferSocketModeClient(),
}));`);
    expect(report).toEqual({
      deferred: true,
      afterBolt: false,
      afterReceiver: true,
      client: 'SocketModeClient',
      again: false,
    });
  }, 60_000);

  it('does nothing once the real client is loaded', async () => {
    const report = await runFresh(`${PRELUDE}
await import('@slack/bolt');
console.log(JSON.stringify({ undici: loaded('undici'), deferred: deferSocketModeClient() }));`);
    expect(report).toEqual({ undici: true, deferred: false });
  }, 60_000);
});
