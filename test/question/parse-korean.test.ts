/**
 * Korean questions: particles and counters, mixed scripts, Hangul software names (every name of
 * ko-terms.json), Korean OS names and topic phrases, and the `ko:` / `en:` prefix.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/index.js';
import koTerms from '../../src/knowledge/data/ko-terms.json' with { type: 'json' };
import { readKorean } from '../../src/question/korean.js';

/** One readable line per parse: items, then os, focus and problem codes when set. */
function summary(question: string): string {
  const result = parseQuestion(question);
  if (!result.ok) return `refused ${result.problem.code}`;
  const { items, os, focus, problems } = result.query;
  const pieces = items.map((item) => {
    if (item.type === 'port')
      return `port ${item.port}${item.transports.length ? `/${item.transports.join('+')}` : ''}`;
    if (item.type === 'range') return `range ${item.from}-${item.to}`;
    if (item.type === 'service') return `service ${item.words[0]}`;
    if (item.type === 'topic') return `topic ${item.topic}`;
    return item.type;
  });
  if (os) pieces.push(`os ${os}`);
  if (focus) pieces.push(`focus ${focus}`);
  for (const problem of problems) pieces.push(`problem ${problem.code}`);
  return pieces.join(' · ');
}

describe('Korean questions', () => {
  it.each([
    ['22번 포트', 'port 22'],
    ['22번', 'port 22'],
    ['포트 22', 'port 22'],
    ['22 포트', 'port 22'],
    ['8080을', 'port 8080'],
    ['8080을 누가 쓰고 있어?', 'port 8080 · focus check'],
    ['5432 포트가', 'port 5432'],
    ['5432 포트가 뭐야', 'port 5432'],
    ['60140 포트는 뭐야?', 'port 60140'],
    ['60140번 포트는 뭔가요?', 'port 60140'],
    ['443은', 'port 443'],
    ['443이 뭐지', 'port 443'],
    ['3306번 포트 용도', 'port 3306'],
    ['포트 443/udp', 'port 443/udp'],
    ['443/udp 포트', 'port 443/udp'],
    ['53/udp는', 'port 53/udp'],
    ['udp 53번', 'port 53/udp'],
    ['22, 80, 443 포트', 'port 22 · port 80 · port 443'],
    ['22번과 80번', 'port 22 · port 80'],
    ['8000-8010 포트', 'range 8000-8010'],
    ['포트 6000-6010', 'range 6000-6010'],
    ['redis 포트', 'service redis'],
    ['redis는 몇 번 포트?', 'service redis'],
    ['postgres 포트 번호', 'service postgres'],
    ['nginx 포트', 'service nginx'],
    ['레디스 포트', 'service redis'],
    ['레디스', 'service redis'],
    ['레디스는 몇 번 포트야?', 'service redis'],
    ['포스트그레스 포트', 'service postgres'],
    ['포스트그레SQL 포트는?', 'service postgresql'],
    ['마이SQL 기본 포트', 'service mysql'],
    ['몽고디비 포트', 'service mongodb'],
    ['엘라스틱서치 포트', 'service elasticsearch'],
    ['오라클 DB 포트', 'service oracle'],
    ['SQL 서버 포트', 'service sqlserver'],
    ['아파치 카프카 포트', 'service kafka'],
    ['카프카 커넥트', 'service kafkaconnect · service connect'],
    ['리눅스 임시 포트 범위', 'topic ephemeral-ranges · os linux'],
    ['윈도우 임시 포트', 'topic ephemeral-ranges · os windows'],
    ['맥 임시 포트 범위', 'topic ephemeral-ranges · os macos'],
    ['임시 포트 범위', 'topic ephemeral-ranges'],
    ['잘 알려진 포트 범위', 'topic iana-ranges'],
    ['잘 알려진 포트', 'topic iana-ranges'],
    ['등록된 포트', 'topic iana-ranges'],
    ['동적/사설 포트', 'topic ephemeral-ranges · topic iana-ranges'],
    ['시스템 포트 범위', 'topic iana-ranges'],
    ['리눅스에서 8080', 'port 8080 · os linux'],
    ['윈도우즈 445 보안', 'port 445 · os windows · focus security'],
    ['윈도우에서 3389', 'port 3389 · os windows'],
    ['맥에서 3000 누가 쓰고 있어?', 'port 3000 · os macos · focus check'],
    ['맥OS 5000번 포트', 'port 5000 · os macos'],
    ['macOS에서 5000', 'port 5000 · os macos'],
    ['리눅스 22번 포트 확인', 'port 22 · os linux · focus check'],
    ['23번 포트 보안', 'port 23 · focus security'],
    ['3389 포트 노출해도 돼?', 'port 3389 · focus security'],
    ['ko: 22', 'port 22'],
    ['ko: port 22', 'port 22'],
    ['en: 22번 포트', 'port 22'],
    ['KO: redis', 'service redis'],
    ['포트 99999', 'problem port_out_of_range'],
    ['99999번 포트', 'problem port_out_of_range'],
    ['70000 포트는?', 'problem port_out_of_range'],
    ['9000-8000 포트', 'problem range_reversed'],
    ['1-65535 포트', 'range 1-65535'],
    // Typed without spaces: every rule is tried inside a run of Hangul, not only at its start.
    ['리눅스임시포트범위', 'topic ephemeral-ranges · os linux'],
    ['레디스포트는?', 'service redis'],
    ['포트추천', 'suggest'],
    ['8080포트누가쓰고있어?', 'port 8080 · focus check'],
    ['포스트그레SQL포트', 'service postgresql'],
    ['맥OS에서 5000번포트', 'port 5000 · os macos'],
    ['원격데스크톱 포트', 'service rdp'],
    ['원격  데스크톱 포트', 'service rdp'],
  ])('%s → %s', (question, expected) => {
    expect(summary(question)).toBe(expected);
  });

  it.each([
    ['ko: 22', 'ko'],
    ['en: 22번 포트', 'en'],
    ['22번 포트', 'ko'],
    ['port 22', undefined],
    // A host and port, not a prefix: "ko:22" reads as host ko, port 22.
    ['ko:22', undefined],
  ])('reports the language of %s', (question, lang) => {
    expect(parseQuestion(question).lang).toBe(lang);
  });

  it('leaves English questions as they were', () => {
    expect(summary('udp 53')).toBe('port 53/udp');
    expect(summary('ephemeral linux')).toBe('topic ephemeral-ranges · os linux');
  });
});

describe('every Korean software name', () => {
  const entries = Object.entries(koTerms as Record<string, string>);

  it('covers at least 120 names', () => {
    expect(entries.length).toBeGreaterThanOrEqual(120);
  });

  it.each(entries)('%s 포트 asks about %s', (korean, english) => {
    const result = parseQuestion(`${korean} 포트는?`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const services = result.query.items.flatMap((item) => (item.type === 'service' ? item.words : []));
    expect(services.join(' ')).toContain(english.toLowerCase().replace(/\s+/g, ''));
  });
});

describe('the rewritten text', () => {
  it('keeps every character that is not Hangul, Latin-1 or not', () => {
    expect(readKorean('café 레디스 포트')).toMatch(/café +redis +port/);
    expect(readKorean('레디스 포트 ✓ 😀')).toMatch(/redis +port +✓ +😀/);
    expect(readKorean('한글 없음 12')).toMatch(/^ +12$/);
  });
});
