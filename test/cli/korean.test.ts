/**
 * The CLI in Korean: which language answers (--lang, the question, PORTBOT_LANG, LC_ALL,
 * LC_MESSAGES, LANG, English), Korean answers and refusals, Korean --help, and `lang` in --json.
 * In-process for the rule, then the built binary with the real environment variables.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../adapters/cli/run-cli.js';
import { KO_QUESTION_EXAMPLES, parseQuestion } from '../../src/index.js';
import { hasHangul } from '../../src/question/language.js';
import { AnswerErrorSchema, AnswerSchema } from '../../src/report/answer-schema.js';
import { testKnowledge } from '../support/knowledge.js';

async function run(argv: string[], env: Record<string, string> = {}) {
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
    isTty: false,
    version: '9.9.9',
    platform: 'linux',
    loadKnowledge: () => ({ knowledge: testKnowledge() }),
  });
  return { code, stdout, stderr };
}

/** The language of an answer's first line: "포트 22 — …" or "Port 22 — …". */
const headlineLang = (stdout: string) => (stdout.startsWith('포트 ') ? 'ko' : 'en');

describe('which language the CLI answers in', () => {
  it.each<[string, string[], Record<string, string>, 'en' | 'ko']>([
    ['nothing set', ['22'], {}, 'en'],
    ['--lang ko', ['--lang', 'ko', '22'], {}, 'ko'],
    ['--lang=ko', ['--lang=ko', '22'], {}, 'ko'],
    ['--lang ko-KR', ['--lang', 'ko-KR', '22'], {}, 'ko'],
    ['--lang en over a Hangul question', ['--lang', 'en', '22번 포트'], {}, 'en'],
    ['--lang en over PORTBOT_LANG=ko', ['--lang', 'en', '22'], { PORTBOT_LANG: 'ko' }, 'en'],
    ['a Hangul question', ['22번 포트'], {}, 'ko'],
    ['a Hangul question over PORTBOT_LANG=en', ['22번', '포트'], { PORTBOT_LANG: 'en' }, 'ko'],
    ['a ko: prefix', ['ko:', '22'], {}, 'ko'],
    ['an en: prefix over LANG=ko_KR', ['en:', '22'], { LANG: 'ko_KR.UTF-8' }, 'en'],
    ['PORTBOT_LANG=ko', ['22'], { PORTBOT_LANG: 'ko' }, 'ko'],
    ['PORTBOT_LANG=en over LANG=ko_KR', ['22'], { PORTBOT_LANG: 'en', LANG: 'ko_KR.UTF-8' }, 'en'],
    [
      'an unknown PORTBOT_LANG passes to the locale',
      ['22'],
      { PORTBOT_LANG: 'fr', LANG: 'ko_KR.UTF-8' },
      'ko',
    ],
    ['LC_ALL=ko_KR.UTF-8', ['22'], { LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, 'ko'],
    ['LC_ALL=C over LANG=ko_KR', ['22'], { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }, 'en'],
    ['LC_MESSAGES=ko_KR.UTF-8', ['22'], { LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, 'ko'],
    ['LANG=ko_KR.UTF-8', ['22'], { LANG: 'ko_KR.UTF-8' }, 'ko'],
    ['LANG=en_US.UTF-8', ['22'], { LANG: 'en_US.UTF-8' }, 'en'],
  ])('%s', async (_name, argv, env, lang) => {
    const result = await run(argv, env);
    expect(result.code).toBe(0);
    expect(headlineLang(result.stdout)).toBe(lang);
    expect(hasHangul(result.stdout)).toBe(lang === 'ko');
  });
});

describe('Korean answers', () => {
  it.each([
    ['22번 포트 용도', '포트 22 — SSH'],
    ['5432 포트가 뭐야?', '포트 5432 — PostgreSQL'],
    ['레디스 포트', 'Redis'],
    ['포트 443/udp', '포트 443'],
    ['리눅스 임시 포트 범위', 'Linux'],
  ])('%s → %s, in Korean', async (question, expected) => {
    const result = await run([question]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toContain(expected);
    expect(result.stdout).toContain('데이터:');
    expect(result.stdout).not.toContain('Data:');
  });

  it('a Korean answer uses the Korean curated texts', async () => {
    const { stdout } = await run(['--lang', 'ko', '--full', '22']);
    expect(stdout).toContain('SSH 데몬');
    expect(stdout).not.toContain('(영문) SSH daemon');
  });

  it('a trimmed Korean answer names the command for the rest with --lang when --lang chose Korean', async () => {
    const { stdout } = await run(['--lang', 'ko', '3000']);
    expect(stdout).toContain('portbot --full --lang ko 3000');
  });
});

describe('Korean refusals', () => {
  it('portbot 포트 99999 explains the 0–65535 range in Korean (exit 2)', async () => {
    const result = await run(['포트', '99999']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const [reason, hint, ...rest] = result.stderr.trimEnd().split('\n');
    expect(reason).toMatch(/^portbot: 99999/);
    expect(reason).toContain('0');
    expect(reason).toContain('65535');
    expect(hasHangul(reason ?? '')).toBe(true);
    expect(reason).not.toMatch(/not a valid port|ports go from/);
    expect(hasHangul(hint ?? '')).toBe(true);
    expect(rest).toEqual([]);
  });

  it('--json carries lang and the Korean message, with the same code', async () => {
    const korean = await run(['--json', '포트 99999']);
    const english = await run(['--json', 'port 99999']);
    const ko = AnswerErrorSchema.parse(JSON.parse(korean.stdout));
    const en = AnswerErrorSchema.parse(JSON.parse(english.stdout));
    expect(ko).toMatchObject({ schemaVersion: 1, lang: 'ko', error: { code: 'port_out_of_range' } });
    expect(en).toMatchObject({ schemaVersion: 1, lang: 'en', error: { code: 'port_out_of_range' } });
    expect(hasHangul(ko.error.message)).toBe(true);
    expect(en.error.message).toBe('99999 is not a valid port: ports go from 0 to 65535.');
  });

  it.each([
    [['--lang', 'ko', '--os', 'bogus', '22'], 'bad_option_value', '--os 값은'],
    [['--os', 'bogus', '--lang', 'ko', '22'], 'bad_option_value', '--os 값은'],
    [['--lang', 'ko', '--frobnicate', '22'], 'unknown_option', '알 수 없는 옵션입니다: --frobnicate'],
    [['--lang', 'fr', '22'], 'bad_option_value', '--lang takes en or ko.'],
    [['--lang'], 'missing_option_value', '--lang needs a value: en or ko.'],
    [['--lang', '--json', '22'], 'missing_option_value', '--lang needs a value: en or ko.'],
  ])('portbot %j → exit 2: %s', async (argv, code, message) => {
    const result = await run(['--json', ...argv]);
    expect(result.code).toBe(2);
    const parsed = AnswerErrorSchema.parse(JSON.parse(result.stdout));
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.message).toContain(message);
    expect(result.stderr.split('\n')[0]).toBe(`portbot: ${parsed.error.message}`);
  });

  it('a refused command line is Korean under a Korean locale', async () => {
    const result = await run(['--frobnicate', '22'], { LANG: 'ko_KR.UTF-8' });
    expect(result.stderr).toBe(
      'portbot: 알 수 없는 옵션입니다: --frobnicate\nportbot --help로 사용법을 확인하세요.\n',
    );
  });
});

describe('--json and the language', () => {
  it('an English answer has lang "en"; the Korean one "ko", with Korean curated texts and the same facts', async () => {
    const en = AnswerSchema.parse(JSON.parse((await run(['--json', '22'])).stdout));
    const ko = AnswerSchema.parse(JSON.parse((await run(['--json', '--lang', 'ko', '22'])).stdout));
    expect(en.lang).toBe('en');
    expect(ko.lang).toBe('ko');
    const [enPart, koPart] = [en.parts[0], ko.parts[0]];
    if (enPart?.type !== 'port' || koPart?.type !== 'port') throw new Error('expected port parts');
    expect(koPart.port).toBe(enPart.port);
    expect(koPart.knownUses.map((use) => use.id)).toEqual(enPart.knownUses.map((use) => use.id));
    expect(koPart.checks).toEqual(enPart.checks);
    expect(hasHangul(koPart.knownUses[0]?.note ?? '')).toBe(true);
    expect(hasHangul(JSON.stringify(en))).toBe(false);
  });

  it('lang comes right after schemaVersion', async () => {
    const { stdout } = await run(['--json', '레디스']);
    expect(Object.keys(JSON.parse(stdout)).slice(0, 2)).toEqual(['schemaVersion', 'lang']);
  });
});

describe('portbot --help in Korean', () => {
  it.each<[string[], Record<string, string>]>([
    [['--help', '--lang', 'ko'], {}],
    [['--lang=ko', '-h'], {}],
    [['--help'], { PORTBOT_LANG: 'ko' }],
    [['--help'], { LANG: 'ko_KR.UTF-8' }],
  ])('%j with %j', async (argv, env) => {
    const { code, stdout } = await run(argv, env);
    expect(code).toBe(0);
    expect(stdout).toContain('사용법');
    expect(stdout).toContain('--lang <언어>');
    expect(stdout).not.toContain('Usage');
  });

  it('stays English otherwise, and names --lang', async () => {
    const { stdout } = await run(['--help'], { LANG: 'en_US.UTF-8' });
    expect(stdout).toContain('Usage');
    expect(stdout).toContain('--lang <lang>');
  });

  it('every Korean example is typed so that a shell passes it through, and asks what it says', async () => {
    const { stdout } = await run(['--help', '--lang', 'ko']);
    const section = stdout.slice(stdout.indexOf('\n질문\n'), stdout.indexOf('\n답\n'));
    const lines = section.split('\n');
    const cwd = mkdtempSync(join(tmpdir(), 'portbot-help-ko-'));
    try {
      for (const example of KO_QUESTION_EXAMPLES) {
        expect(parseQuestion(example.question).ok, example.question).toBe(true);
        const line = lines.find((text) => text.trimEnd().endsWith(example.meaning)) ?? '';
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

describe('the built portbot binary in Korean', () => {
  const bin = 'bin/portbot.cjs';
  beforeAll(() => {
    if (!existsSync('dist/cli.cjs')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  });

  /** The test's own environment without any language variable, then the ones given. */
  function spawnCli(args: string[], env: Record<string, string> = {}) {
    const base = Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !['LANG', 'LC_ALL', 'LC_MESSAGES', 'PORTBOT_LANG', 'LANGUAGE'].includes(name),
      ),
    );
    return spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: { ...base, NO_COLOR: '1', ...env },
      timeout: 20_000,
    });
  }

  it.each<[string, string[], Record<string, string>, 'en' | 'ko']>([
    ['a Korean question', ['22번 포트 용도'], {}, 'ko'],
    ['a Korean question with particles', ['5432', '포트가', '뭐야?'], {}, 'ko'],
    ['--lang ko', ['--lang', 'ko', '443'], {}, 'ko'],
    ['PORTBOT_LANG=ko', ['443'], { PORTBOT_LANG: 'ko' }, 'ko'],
    ['LC_ALL=ko_KR.UTF-8', ['443'], { LC_ALL: 'ko_KR.UTF-8' }, 'ko'],
    ['LC_MESSAGES=ko_KR.UTF-8', ['443'], { LC_MESSAGES: 'ko_KR.UTF-8' }, 'ko'],
    ['LANG=ko_KR.UTF-8', ['443'], { LANG: 'ko_KR.UTF-8' }, 'ko'],
    ['LC_ALL=C over LANG=ko_KR.UTF-8', ['443'], { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }, 'en'],
    ['PORTBOT_LANG=en over LANG=ko_KR.UTF-8', ['443'], { PORTBOT_LANG: 'en', LANG: 'ko_KR.UTF-8' }, 'en'],
    ['no language variable', ['443'], {}, 'en'],
  ])('%s', (_name, args, env, lang) => {
    const result = spawnCli(args, env);
    expect(result.status, result.stderr).toBe(0);
    expect(headlineLang(result.stdout)).toBe(lang);
    expect(hasHangul(result.stdout)).toBe(lang === 'ko');
  });

  it('refuses 포트 99999 in Korean with exit 2', () => {
    const result = spawnCli(['포트', '99999']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^portbot: 99999.*0.*65535/);
    expect(hasHangul(result.stderr)).toBe(true);
  });

  it('--json has lang and Korean curated texts', () => {
    const result = spawnCli(['--json', '레디스 포트']);
    expect(result.status).toBe(0);
    const answer = AnswerSchema.parse(JSON.parse(result.stdout));
    expect(answer.lang).toBe('ko');
    const part = answer.parts[0];
    expect(part?.type).toBe('service');
    if (part?.type === 'service') expect(hasHangul(part.knownUses[0]?.note ?? '')).toBe(true);
  });

  it('--help in Korean under LANG=ko_KR.UTF-8', () => {
    const result = spawnCli(['--help'], { LANG: 'ko_KR.UTF-8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('사용법');
  });
});
