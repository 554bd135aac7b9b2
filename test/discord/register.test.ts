/**
 * `npm run discord:register`: the exact command JSON reaches Discord (the stand-in), globally or
 * to one server, and the script explains missing variables instead of calling anything.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommands } from '../../adapters/discord/commands.js';
import { readRegisterEnv, registerCommands } from '../../adapters/discord/register-commands.js';
import { type FakeDiscord, startFakeDiscord } from '../support/discord/fake-discord.js';
import { FAKE_TOKEN, IDS } from '../support/discord/payloads.js';

/** What Discord must receive; written out so that any change to the commands shows up here. */
const EXPECTED_COMMANDS = [
  {
    name: 'port',
    description: 'What is port N? IANA range and assignment, real-world uses, who holds it',
    type: 1,
    contexts: [0, 1],
    integration_types: [0],
    options: [
      {
        type: 3,
        name: 'query',
        description: 'A port, range or service: 60140, 53/udp, 8000-8010, postgres',
        required: true,
        autocomplete: true,
        max_length: 500,
      },
    ],
  },
  { name: 'Explain ports', type: 3, contexts: [0, 1], integration_types: [0] },
];

const SCRIPT = fileURLToPath(new URL('../../adapters/discord/register.ts', import.meta.url));

/** Runs the register script as `npm run discord:register` would, with only the given variables. */
function runScript(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 20_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let discord: FakeDiscord;

beforeAll(async () => {
  discord = await startFakeDiscord();
});

afterAll(async () => {
  await discord?.close();
});

describe('command registration', () => {
  it('defines exactly the expected commands', () => {
    expect(buildCommands()).toEqual(EXPECTED_COMMANDS);
  });

  it('PUTs the exact command JSON globally', async () => {
    const stored = await registerCommands({
      token: FAKE_TOKEN,
      applicationId: IDS.application,
      apiUrl: discord.apiUrl,
    });
    expect(stored.map((command) => command.name)).toEqual(['port', 'Explain ports']);
    const request = discord.requests.at(-1);
    expect(request).toMatchObject({
      method: 'PUT',
      path: `/api/v10/applications/${IDS.application}/commands`,
      authorization: `Bot ${FAKE_TOKEN}`,
    });
    expect(request?.body).toEqual(EXPECTED_COMMANDS);
  });

  it('PUTs to one server with DISCORD_GUILD_ID, through the script', async () => {
    const result = await runScript({
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_GUILD_ID: IDS.guild,
      DISCORD_API_URL: discord.apiUrl,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Registered "port", "Explain ports"');
    const request = discord.requests.at(-1);
    expect(request?.path).toBe(`/api/v10/applications/${IDS.application}/guilds/${IDS.guild}/commands`);
    expect(request?.body).toEqual(EXPECTED_COMMANDS);
  });

  it('lists every missing or malformed variable and exits 1 without calling Discord', async () => {
    const before = discord.requests.length;
    const result = await runScript({ DISCORD_GUILD_ID: 'not-an-id', DISCORD_API_URL: discord.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DISCORD_TOKEN: is required');
    expect(result.stderr).toContain('DISCORD_APPLICATION_ID: is required');
    expect(result.stderr).toContain('DISCORD_GUILD_ID: must be a Discord id');
    expect(discord.requests.length).toBe(before);
  });

  it('reports a refused token and exits 1', async () => {
    const result = await runScript({
      DISCORD_TOKEN: 'another-fake-token-for-tests',
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: discord.apiUrl,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Discord refused the commands');
  });

  it.each([
    [{ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: IDS.application }, true],
    [
      {
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: IDS.application,
        DISCORD_API_URL: 'http://127.0.0.1:1/api/v10',
      },
      false,
    ],
    [{ DISCORD_TOKEN: 'Bot abc', DISCORD_APPLICATION_ID: IDS.application }, false],
    [{ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: '12' }, false],
  ])('reads %j as valid: %s', (env, valid) => {
    expect(readRegisterEnv(env).ok).toBe(valid);
  });
});
