/**
 * `npm run discord:register`: the exact command JSON reaches Discord (the stand-in), globally or
 * to one server; `-- --remove` takes portbot's commands away from the same place. The script
 * explains missing variables instead of calling anything, and tells a refused token from a
 * Discord it cannot reach.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommands, buildPortNoteCommand } from '../../adapters/discord/commands.js';
import {
  readRegisterEnv,
  registerCommands,
  removeCommands,
} from '../../adapters/discord/register-commands.js';
import { type FakeDiscord, startFakeDiscord, unreachableApiUrl } from '../support/discord/fake-discord.js';
import { FAKE_TOKEN, IDS } from '../support/discord/payloads.js';

/** What Discord must receive; written out so that any change to the commands shows up here. */
const EXPECTED_COMMANDS = [
  {
    name: 'port',
    name_localizations: { ko: '포트' },
    description: 'What is port N? IANA range and assignment, real-world uses, who holds it',
    description_localizations: {
      ko: '포트 N은 무엇일까요? IANA 범위와 할당, 실제 용도, 사용 중인 프로세스 확인',
    },
    type: 1,
    contexts: [0, 1],
    integration_types: [0],
    options: [
      {
        type: 3,
        name: 'query',
        name_localizations: { ko: '질문' },
        description: 'A port, range or service: 60140, 53/udp, 8000-8010, postgres',
        description_localizations: { ko: '포트, 범위, 서비스 이름: 60140, 53/udp, 8000-8010, 레디스' },
        required: true,
        autocomplete: true,
        max_length: 500,
      },
    ],
  },
  {
    name: 'Explain ports',
    name_localizations: { ko: '포트 설명' },
    type: 3,
    contexts: [0, 1],
    integration_types: [0],
  },
  buildPortNoteCommand(),
];

describe('/port-note', () => {
  it('has set, list, remove and history, each with a Korean name and description', () => {
    const command = buildPortNoteCommand() as {
      name: string;
      name_localizations?: Record<string, string>;
      description_localizations?: Record<string, string>;
      options: {
        type: number;
        name: string;
        name_localizations?: Record<string, string>;
        description_localizations?: Record<string, string>;
        options?: { name: string; required?: boolean; max_length?: number }[];
      }[];
    };
    expect(command.name).toBe('port-note');
    expect(command.description_localizations?.ko).toBeTruthy();
    expect(command.options.map((sub) => [sub.type, sub.name])).toEqual([
      [1, 'set'],
      [1, 'list'],
      [1, 'remove'],
      [1, 'history'],
    ]);
    for (const sub of command.options) {
      expect(sub.name_localizations?.ko).toBeTruthy();
      expect(sub.description_localizations?.ko).toBeTruthy();
    }
    const set = command.options[0]?.options ?? [];
    expect(set.map((option) => [option.name, option.required, option.max_length])).toEqual([
      ['port', true, 20],
      ['text', true, 300],
    ]);
  });
});

const SCRIPT = fileURLToPath(new URL('../../adapters/discord/register.ts', import.meta.url));

/** Runs the register script as `npm run discord:register` would, with only the given variables. */
function runScript(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
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

  it("gives a Korean client Korean names and descriptions within Discord's rules", () => {
    const [port, explain] = buildCommands() as unknown as [
      {
        name_localizations: Record<string, string>;
        description_localizations: Record<string, string>;
        options: {
          name_localizations: Record<string, string>;
          description_localizations: Record<string, string>;
        }[];
      },
      { name_localizations: Record<string, string> },
    ];
    const slashName = /^[-_\p{Ll}\p{Lm}\p{Lo}\p{N}]{1,32}$/u;
    expect(port.name_localizations.ko).toMatch(slashName);
    expect(port.options[0]?.name_localizations.ko).toMatch(slashName);
    for (const text of [port.description_localizations.ko, port.options[0]?.description_localizations.ko])
      expect(text?.length).toBeLessThanOrEqual(100);
    expect(explain.name_localizations.ko?.length).toBeLessThanOrEqual(32);
  });

  it('PUTs the exact command JSON globally', async () => {
    const stored = await registerCommands({
      token: FAKE_TOKEN,
      applicationId: IDS.application,
      apiUrl: discord.apiUrl,
    });
    expect(stored.map((command) => command.name)).toEqual(['port', 'Explain ports', 'port-note']);
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
    expect(result.stdout).toContain('Registered "port", "Explain ports", "port-note"');
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

  it('reports a refused token (401) as refused, with the next step, and exits 1', async () => {
    const result = await runScript({
      DISCORD_TOKEN: 'another-fake-token-for-tests',
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: discord.apiUrl,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Discord refused DISCORD_TOKEN (401 Unauthorized)');
    expect(result.stderr).toContain('Reset Token');
    expect(result.stderr).not.toContain('another-fake-token-for-tests');
  });

  it.each([
    ['registering', []],
    ['removing', ['--remove']],
  ])(
    'says Discord could not be reached, not that it refused, when %s meets a refused connection',
    async (_name, args) => {
      const apiUrl = await unreachableApiUrl();
      const result = await runScript(
        { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_API_URL: apiUrl },
        args,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`could not reach Discord at ${new URL(apiUrl).host} (ECONNREFUSED)`);
      expect(result.stderr).toContain('check that this machine can connect out to');
      expect(result.stderr).not.toMatch(/refused DISCORD_TOKEN|refused the commands/);
    },
  );

  it('refuses an unknown argument, naming --remove, without calling Discord', async () => {
    const before = discord.requests.length;
    const result = await runScript(
      { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_API_URL: discord.apiUrl },
      ['--delete'],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown argument "--delete"');
    expect(result.stderr).toContain('--remove');
    expect(discord.requests.length).toBe(before);
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

describe('removing the commands', () => {
  const globalList = () => `/api/v10/applications/${IDS.application}/commands`;
  const guildList = () => `/api/v10/applications/${IDS.application}/guilds/${IDS.guild}/commands`;
  const options = () => ({ token: FAKE_TOKEN, applicationId: IDS.application, apiUrl: discord.apiUrl });

  it("removes portbot's global commands and leaves the application's others alone", async () => {
    await registerCommands(options());
    const mine = discord.commands.get(globalList()) ?? [];
    // Another command of the same application, registered by some other tool.
    discord.commands.set(globalList(), [...mine, { id: '900000000000000199', name: 'other', type: 1 }]);
    const removed = await removeCommands(options());
    expect(removed.map((command) => command.name)).toEqual(['port', 'Explain ports', 'port-note']);
    expect(discord.commands.get(globalList())?.map((command) => command.name)).toEqual(['other']);
    const deletes = discord.requests.filter((request) => request.method === 'DELETE');
    expect(deletes.map((request) => request.path)).toEqual(
      mine.map((command) => `${globalList()}/${command.id}`),
    );
    expect(deletes.every((request) => request.authorization === `Bot ${FAKE_TOKEN}`)).toBe(true);
  });

  it('removes them from one server with DISCORD_GUILD_ID, through `-- --remove`, then finds nothing left', async () => {
    await registerCommands({ ...options(), guildId: IDS.guild });
    const globalBefore = discord.commands.get(globalList());
    const env = {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_GUILD_ID: IDS.guild,
      DISCORD_API_URL: discord.apiUrl,
    };
    const first = await runScript(env, ['--remove']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(`Removed "port", "Explain ports", "port-note" from server ${IDS.guild}.`);
    expect(discord.commands.get(guildList())).toEqual([]);
    expect(discord.commands.get(globalList())).toEqual(globalBefore);
    const again = await runScript(env, ['--remove']);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toContain(
      `Nothing to remove: portbot has no commands registered for server ${IDS.guild}.`,
    );
    // Two runs of the script, each starting Node and tsx: slow on a busy machine.
  }, 60_000);

  it('reports a refused token when removing, and removes nothing', async () => {
    await registerCommands(options());
    const result = await runScript(
      {
        DISCORD_TOKEN: 'another-fake-token-for-tests',
        DISCORD_APPLICATION_ID: IDS.application,
        DISCORD_API_URL: discord.apiUrl,
      },
      ['--remove'],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Discord refused DISCORD_TOKEN (401 Unauthorized)');
    expect(discord.commands.get(globalList())?.map((command) => command.name)).toEqual([
      'port',
      'Explain ports',
      'port-note',
    ]);
  });
});
