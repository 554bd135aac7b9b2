/**
 * `npm start` as a real process (adapters/server/main.ts) in gateway mode against the Discord
 * stand-in: it answers, survives an interaction payload that discord.js itself cannot read (the
 * rejection is logged by the entry point, the process keeps serving), and stops cleanly on SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeDiscord,
  isCallbackFor,
  startFakeDiscord,
  waitUntil,
} from '../support/discord/fake-discord.js';
import { FAKE_TOKEN, IDS, portCommand } from '../support/discord/payloads.js';

const MAIN = fileURLToPath(new URL('../../adapters/server/main.ts', import.meta.url));

let discord: FakeDiscord;
let child: ChildProcess;
const logs: Record<string, unknown>[] = [];
let exitCode: number | null | undefined;

beforeAll(async () => {
  discord = await startFakeDiscord();
  child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: discord.apiUrl,
      PORTBOT_PRIVACY_URL: 'https://wiki.example.com/portbot-privacy',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffered = '';
  child.stdout?.on('data', (chunk) => {
    buffered += String(chunk);
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) logs.push(JSON.parse(line));
  });
  child.on('exit', (code) => {
    exitCode = code;
  });
  await waitUntil(() => logs.some((line) => line.msg === 'discord gateway ready'), 20_000, 'the gateway');
});

afterAll(async () => {
  if (exitCode === undefined) child?.kill('SIGKILL');
  await discord?.close();
});

describe('the service process in gateway mode', () => {
  it('answers /port', async () => {
    const payload = portCommand('60140');
    discord.gateway.dispatch('INTERACTION_CREATE', payload);
    const callback = await discord.waitForRequest(isCallbackFor(payload.id));
    expect((callback.body as { type: number }).type).toBe(4);
  });

  it('answers /port query:about with its version and the privacy note the admins published', async () => {
    const payload = portCommand('about');
    discord.gateway.dispatch('INTERACTION_CREATE', payload);
    const callback = await discord.waitForRequest(isCallbackFor(payload.id));
    const shown = JSON.stringify(callback.body);
    // Run from source, the entry point has no build-stamped version.
    expect(shown).toContain('About portbot');
    expect(shown).toContain('portbot dev');
    expect(shown).toContain('(<https://wiki.example.com/portbot-privacy>)');
  });

  it('keeps serving after an interaction payload discord.js cannot read', async () => {
    // No member and no user: discord.js throws while building the interaction, before any
    // listener of ours runs; the rejection reaches the entry point's handler.
    const { member: _member, ...broken } = portCommand('22') as ReturnType<typeof portCommand> & {
      member?: unknown;
    };
    discord.gateway.dispatch('INTERACTION_CREATE', broken);
    await waitUntil(
      () => logs.some((line) => line.msg === 'unhandled rejection'),
      10_000,
      'the logged rejection',
    );
    const next = portCommand('23');
    discord.gateway.dispatch('INTERACTION_CREATE', next);
    await discord.waitForRequest(isCallbackFor(next.id));
    expect(exitCode).toBeUndefined();
    expect(discord.requests.some(isCallbackFor(broken.id))).toBe(false);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    child.kill('SIGTERM');
    await waitUntil(() => exitCode !== undefined, 10_000, 'the process to exit');
    expect(exitCode).toBe(0);
    expect(logs.some((line) => line.msg === 'stopped')).toBe(true);
  });
});
