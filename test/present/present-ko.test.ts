/**
 * Korean presentations: every heading, label and fact text in Korean, curated texts from the
 * Korean data, English curated texts marked "(영문)" where no Korean one exists. Then every top
 * port of nmap's list (300 TCP, 100 UDP) in full detail: no missing message and no untranslated
 * English sentence, with the Korean share of the curated texts reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNmapServices, topPorts } from '../../scripts/nmap-services.js';
import { buildCheckCommands } from '../../src/checks/commands.js';
import { CHECK_OSES } from '../../src/checks/os.js';
import {
  type Answer,
  answerQuestion,
  createKnowledge,
  createTranslator,
  presentAnswer,
  presentProblem,
  renderPresentationText,
} from '../../src/index.js';
import { KNOWN_USE_KO_FILES } from '../../src/knowledge/known-uses-ko-data.js';
import {
  type KoreanUseTexts,
  koreanUseTextsFrom,
  loadKoreanUseTexts,
} from '../../src/knowledge/korean-texts.js';
import { KO_CHECK_NOTES } from '../../src/present/catalog/ko-facts.js';
import { problemText } from '../../src/present/present-notice.js';
import { testKnowledge } from '../support/knowledge.js';

const NMAP_SERVICES = '/usr/share/nmap/nmap-services';
let ko: KoreanUseTexts;

beforeAll(async () => {
  ko = await loadKoreanUseTexts();
});

function answerOf(question: string): Answer {
  const outcome = answerQuestion(question, testKnowledge());
  if (!outcome.ok) throw new Error(`${question}: ${outcome.problem.code}`);
  return outcome.value;
}

function koreanText(question: string, detail: 'default' | 'full' = 'full'): string {
  return renderPresentationText(presentAnswer(answerOf(question), { lang: 'ko', detail, koreanTexts: ko }));
}

/**
 * A sentence left in English: four or more Latin words in a row, joined by spaces only, at least
 * three of them ordinary lowercase words. A list of names ("Postfix, Exim, Sendmail") or a name
 * ("Real Time Streaming Protocol") is not a sentence; quoted or backticked text is a quotation.
 */
const ENGLISH_RUN = /[A-Za-z][\w'’.-]*(?: +[A-Za-z][\w'’.-]*){3,}/g;
const isSentence = (run: string) => run.split(' ').filter((word) => /^[a-z]{2,}$/.test(word)).length >= 3;
const QUOTED = /`[^`]*`|"[^"]*"|“[^”]*”|'[^'\n]*'/g;

/**
 * English left in a Korean text, once the names and commands of the answer are taken out (IANA's
 * service names and descriptions, curated names and roles, commands) and fallbacks marked
 * "(영문)" are set aside (the rest of their line).
 */
function untranslated(answer: Answer, rendered: string): string[] {
  const allowed = new Set<string>();
  for (const part of answer.parts) {
    if (part.type !== 'port') continue;
    for (const assignment of part.assignments)
      for (const service of assignment.services) {
        allowed.add(service.description);
        allowed.add(service.name);
        if (service.assignmentNotes) allowed.add(service.assignmentNotes);
        if (service.unauthorizedUse) allowed.add(service.unauthorizedUse);
        for (const reference of service.references) allowed.add(reference.text);
      }
    for (const use of part.knownUses) {
      allowed.add(use.name);
      if (use.role) allowed.add(use.role);
      if (use.homepage) allowed.add(use.homepage);
    }
    for (const check of part.checks) allowed.add(check.command);
    for (const fact of part.ephemeral) allowed.add(fact.showCommand);
  }
  let text = rendered
    .split('\n')
    .map((line) => (line.includes('(영문)') ? line.slice(0, line.indexOf('(영문)')) : line))
    .join('\n');
  for (const piece of [...allowed].filter(Boolean).sort((a, b) => b.length - a.length))
    text = text.split(piece).join(' ');
  text = text.replace(QUOTED, ' ');
  return [...text.matchAll(ENGLISH_RUN)].map((match) => match[0]).filter(isSentence);
}

describe('a Korean answer', () => {
  it('lines up a table with Hangul in it as a terminal shows it (a Hangul syllable takes two columns)', () => {
    const lines = koreanText('5432', 'full').split('\n');
    const table = lines.slice(lines.findIndex((value) => value.includes('기본값')) + 1).slice(0, 7);
    const columns = (value: string) => value.length + (value.match(/[\uac00-\ud7a3]/g)?.length ?? 0);
    // The range column starts at the same terminal column on every row.
    const starts = table.map((row) => columns(row.slice(0, row.search(/\d+–\d+/))));
    expect(table).toHaveLength(7);
    expect(new Set(starts).size).toBe(1);
  });

  it('lines up a table whose cells mix Hangul and Latin text, row after row and answer after answer', () => {
    const columns = (value: string) => value.length + (value.match(/[\uac00-\ud7a3]/g)?.length ?? 0);
    // Rendered twice: the second rendering must measure the cells as the first did.
    for (const rendering of [koreanText('mysql', 'full'), koreanText('mysql', 'full')]) {
      const lines = rendering.split('\n');
      const rows = lines
        .slice(lines.findIndex((value) => value.includes('출처')) + 1)
        .filter((row) => /^ {2}\d+\/tcp/.test(row));
      const starts = rows.map((row) => columns(row.slice(0, row.search(/(기본 포트|관례상|IANA)/))));
      expect(rows.length).toBeGreaterThan(8);
      expect(rows.some((row) => /[A-Za-z]{3}, [\uac00-\ud7a3]/.test(row))).toBe(true);
      expect(new Set(starts).size).toBe(1);
    }
  });

  it('words the port answer in Korean with the Korean curated texts', () => {
    const text = koreanText('22', 'full');
    expect(text.split('\n')[0]).toMatch(/^포트 22 — /);
    for (const heading of ['범위', '기본 임시 포트 여부', 'IANA 할당', '주요 용도', '팁'])
      expect(text).toContain(heading);
    expect(text).toContain('잘 알려진 포트');
    expect(text).toContain(ko.get('ssh')?.note ?? 'no Korean ssh note');
    expect(text).toContain('sudo가 있어야');
    expect(text).toContain('[원격 접속, tcp]');
  });

  it('marks curated texts without a Korean version', () => {
    const missing = new Map([...ko].filter(([id]) => id !== 'ssh'));
    const text = renderPresentationText(
      presentAnswer(answerOf('22'), { lang: 'ko', detail: 'full', koreanTexts: missing }),
    );
    expect(text).toContain('(영문)');
    const english = presentAnswer(answerOf('22'), { detail: 'full' });
    expect(renderPresentationText(english)).not.toContain('(영문)');
  });

  it('words a product answer in Korean: summary, roles, notes and names', () => {
    const text = koreanText('kubernetes ports', 'full');
    expect(text.split('\n')[0]).toBe('Kubernetes: 역할별 포트');
    expect(text).toContain(ko.labels?.products.get('kubernetes')?.summary ?? 'no Korean summary');
    expect(text).toMatch(/6443\/tcp +API 서버 +kubectl, 노드, 모든 컨트롤러가/);
    expect(text).toContain('⚠ 보안 (Kubernetes API 서버)');
    expect(text).not.toContain('(영문)');
    expect(koreanText('web server ports').split('\n')[0]).toBe('웹 서버: 역할별 포트');
  });

  it.each([
    ['8080', '포트 8080 — HTTP 대체 (8080), Apache Tomcat, Jenkins'],
    ['3000', '포트 3000 — Node.js 개발 서버, Create React App, Ruby on Rails'],
  ])('words descriptive use names and roles in Korean (%s)', (question, title) => {
    const text = koreanText(question);
    expect(text.split('\n')[0]).toMatch(new RegExp(`^${title.replace(/[()]/g, '\\$&')}`));
    expect(text).toMatch(/\((?:웹 UI|개발 서버|HTTP 커넥터)\)/);
  });

  it.each([
    ['about', undefined, 'portbot 소스의 docs/PRIVACY.md'],
    ['privacy', 'https://example.test/privacy', '개인정보 안내'],
  ])('words the about answer (%s) in Korean', (question, privacyUrl, link) => {
    const knowledge = createKnowledge({ about: { version: '1.2.3', ...(privacyUrl ? { privacyUrl } : {}) } });
    const outcome = answerQuestion(question, knowledge);
    if (!outcome.ok) throw new Error(`${question} not answered`);
    const text = renderPresentationText(presentAnswer(outcome.answer, { lang: 'ko', koreanTexts: ko }));
    expect(text).toContain('portbot은 자체 지식');
    expect(text).toContain('portbot은 질문을 기록하지 않습니다');
    expect(text).toContain('portbot 1.2.3');
    expect(text).toContain(link);
    expect(text).not.toMatch(/never connects|keeps no record|ships with/);
  });

  it('words the uses of a range table and its IANA range in Korean', () => {
    const text = koreanText('8000-8010');
    expect(text).toContain('IANA 사용자 포트: 1024–49151');
    expect(text).toContain('HTTP 대체 (8000), Django (runserver), Uvicorn (ASGI 서버)');
    expect(text).toContain('OpenStack (Heat (오케스트레이션 API))');
    expect(text).not.toContain('User Ports');
  });

  it('marks product texts without a Korean version, and keeps English names', () => {
    const bare = new Map(ko);
    const text = renderPresentationText(
      presentAnswer(answerOf('kubernetes ports'), { lang: 'ko', detail: 'full', koreanTexts: bare }),
    );
    expect(text).toContain('(영문) A control plane');
    expect(text).toMatch(/\(영문\) API server/);
    expect(text).toContain('Kubernetes API server');
  });

  it('shows every curated text in English, marked, when no Korean texts are given', () => {
    expect(koreanText('22')).toContain('포트 22');
    const bare = renderPresentationText(presentAnswer(answerOf('22'), { lang: 'ko', detail: 'full' }));
    expect(bare).toContain('(영문)');
  });

  it.each([
    ['60140', '동적/사설 포트'],
    ['6001', 'X11 디스플레이 :1'],
    ['ephemeral linux', '임시 포트'],
    ['well-known ports', '잘 알려진 포트'],
    ['postgres', '보안'],
    ['8000-8010', '포트별 정보'],
  ])('answers %s in Korean (%s)', (question, korean) => {
    expect(koreanText(question)).toContain(korean);
  });

  it('has a Korean text for every check command note', () => {
    const notes = CHECK_OSES.flatMap((os) =>
      (['tcp', 'udp'] as const).flatMap((transport) =>
        buildCheckCommands(8080 as never, { os, transports: [transport] }).map((check) => check.note),
      ),
    );
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.filter((note) => !KO_CHECK_NOTES.has(note))).toEqual([]);
  });

  it('reads the Korean files into texts by use id', () => {
    const texts = koreanUseTextsFrom(KNOWN_USE_KO_FILES);
    expect(texts.size).toBeGreaterThan(100);
    expect(koreanUseTextsFrom({ bad: 3, also: { x: 1, y: { note: 7, tip: ' ' } } }).get('y')).toEqual({});
  });
});

describe('nmap top ports in Korean', () => {
  const nmapText = existsSync(NMAP_SERVICES) ? readFileSync(NMAP_SERVICES, 'utf8') : undefined;
  if (nmapText === undefined) {
    console.warn(
      `\n!!! ${NMAP_SERVICES} is missing (apt-get install nmap-common): the Korean top-port check did NOT run.\n`,
    );
    it('is required under CI', () => {
      expect(process.env.CI, 'nmap-services is required under CI').toBeFalsy();
    });
    return;
  }
  const services = parseNmapServices(nmapText);
  const questions = [
    ...topPorts(services, 'tcp', 300).map((service) => `${service.port}/tcp`),
    ...topPorts(services, 'udp', 100).map((service) => `${service.port}/udp`),
  ];

  it('has no missing message and no English sentence left', { timeout: 120_000 }, () => {
    const problems: string[] = [];
    let curated = 0;
    let korean = 0;
    for (const question of questions) {
      const answer = answerOf(question);
      const text = renderPresentationText(
        presentAnswer(answer, { lang: 'ko', detail: 'full', koreanTexts: ko }),
      );
      if (/\{\w+\}|\b(?:section|column|title|verdict)\.\w+/.test(text))
        problems.push(`${question}: missing key`);
      for (const run of untranslated(answer, text)) problems.push(`${question}: "${run}"`);
      for (const part of answer.parts)
        if (part.type === 'port')
          for (const use of part.knownUses)
            for (const field of ['note', 'security', 'tip'] as const) {
              if (!use[field]) continue;
              curated++;
              if (ko.get(use.id)?.[field]) korean++;
            }
    }
    console.info(
      `Korean curated texts on the top ${questions.length} ports: ${korean}/${curated} (${((100 * korean) / Math.max(curated, 1)).toFixed(1)}%)`,
    );
    expect(questions.length).toBe(400);
    expect(problems.slice(0, 30)).toEqual([]);
  });
});

describe('problems in Korean', () => {
  const refusal = (question: string) => {
    const outcome = answerQuestion(question, testKnowledge());
    if (outcome.ok) throw new Error(`${question} was answered`);
    return outcome.problem;
  };

  it.each([
    ['포트 99999', /99999.*0부터 65535/],
    ['99999번 포트', /0부터 65535/],
    ['1.5', /포트 번호가 아닙니다/],
    ['9000-8000 포트', /8000-9000/],
    ['뭐야', /포트, 포트 범위, 서비스/],
    ['zzqx', /"zzqx"\(이\)라는 서비스는 모릅니다/],
  ])('%s is refused in Korean', (question, pattern) => {
    const presentation = presentProblem(refusal(question), { lang: 'ko' });
    expect(presentation.summary).toMatch(pattern);
    expect(presentation.title).toBe('답할 수 없는 질문입니다');
  });

  it.each(['포트 99999', '1.5', '9000-8000', 'zzqx', 'x'.repeat(600)])(
    'words %s from its params exactly as the English message',
    (question) => {
      const problem = refusal(question);
      const en = createTranslator('en');
      const key =
        problem.code === 'unknown_service' && problem.suggestions
          ? 'problem.unknown_serviceSuggest'
          : `problem.${problem.code}`;
      expect(en.textOf(key as never, problem.params)).toBe(problem.message);
      expect(problemText(en, problem)).toBe(problem.message);
    },
  );

  it('marks a problem without params as English', () => {
    expect(
      problemText(createTranslator('ko'), { code: 'port_out_of_range', message: 'x is not a valid port' }),
    ).toBe('(영문) x is not a valid port');
  });

  it('words an answer warning in Korean', () => {
    const outcome = answerQuestion('22번 포트와 99999', testKnowledge());
    if (!outcome.ok) throw new Error('refused');
    const text = renderPresentationText(presentAnswer(outcome.value, { lang: 'ko', koreanTexts: ko }));
    expect(text).toContain('답하지 못한 부분');
    expect(text).toContain('0부터 65535');
  });
});
