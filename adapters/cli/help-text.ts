/** `portbot --help`. */
import { KO_QUESTION_EXAMPLES, type Lang, MAX_RANGE_PORTS, QUESTION_EXAMPLES } from '../../src/index.js';
import { MAX_ANSWER_LINES } from './answer-limits.js';

/** Words a POSIX shell passes through unchanged. */
const SHELL_SAFE = /^[\p{L}\p{N}_ ./:,+@%=-]*$/u;
/** The same for ASCII, without the Unicode classes (their first use costs ~12 ms). */
const SHELL_SAFE_ASCII = /^[A-Za-z0-9_ ./:,+@%=-]*$/;

/**
 * An example question as it must be typed in a shell: `what's on 5432?` would open a quote and
 * glob on `?`, so anything beyond plain words is quoted (double quotes when it holds an apostrophe).
 * @example quoteForShell("what's on 5432?") // → "\"what's on 5432?\""
 */
export function quoteForShell(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text) ? SHELL_SAFE_ASCII.test(text) : SHELL_SAFE.test(text)) return text;
  if (!text.includes("'")) return `'${text}'`;
  return `"${text.replace(/["$`\\]/g, (character) => `\\${character}`)}"`;
}

/** Display columns of a text: Hangul and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(character) ? 2 : 1;
  return width;
}

/** Pads to a number of display columns, so that Korean examples line up in a terminal. */
const padColumns = (text: string, columns: number) =>
  text + ' '.repeat(Math.max(1, columns - displayWidth(text)));

/** Built when asked for: formatting the examples is work a port question should not pay for. */
const englishHelp =
  () => `portbot — what is port N? Ranges, IANA assignments, real-world uses, and how to check it.

Usage
  portbot <question> [--full] [--os linux|macos|windows|all] [--lang en|ko] [--json]
  portbot data update [--from FILE]     import IANA's official registry (download, or a local CSV copy)
  portbot data status                   which registry data answers, its date, when it was imported

Questions
${QUESTION_EXAMPLES.map((example) => `  portbot ${quoteForShell(example.question).padEnd(44)} ${example.meaning}`).join('\n')}
  Ranges of up to ${MAX_RANGE_PORTS} ports are a table, larger ones a summary. Put a question in
  quotes when it holds an apostrophe, ? or * (the shell reads them).

Answers
  Short by default: the first five uses and three tips in full (the rest named) and the check
  commands for the OS portbot runs on, fitted into ${MAX_ANSWER_LINES} lines; a note says when something
  was left out. portbot --full 22 shows everything; portbot --os all 22 every OS's commands.

Options
  --full         the whole answer: every use, tip, range note and command
  --os <os>      the check commands for linux, macos or windows only; all for every OS
                 (default: the OS portbot runs on; every OS elsewhere)
  --lang <lang>  answer in en (English) or ko (Korean); otherwise Korean when the question is
                 in Hangul, else PORTBOT_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG)
  --json         the answer as JSON (schema: docs/answer-schema.md); refusals too
  --no-color     plain text even on a terminal (NO_COLOR is respected too)
  -h, --help     this help
  -V, --version  the version

Exit codes
  0  answered (parts that could not be answered are listed as notes)
  2  nothing could be answered, or the command line is wrong (the reason is on stderr; with
     --json also {"schemaVersion":1,"lang":"en","error":{"code","message"}} on stdout)
  1  internal error
  portbot data update and data status: 0 done, 1 for any problem (the current data is kept)

portbot explains ports from its own knowledge; it never connects to or scans any host.`;

const koreanHelp =
  () => `portbot — 포트 N은 무엇인가요? 범위, IANA 할당, 실제 용도, 직접 확인하는 명령을 알려 줍니다.

사용법
  portbot <질문> [--full] [--os linux|macos|windows|all] [--lang en|ko] [--json]
  portbot data update [--from FILE]     IANA 공식 레지스트리 가져오기(내려받기, 또는 로컬 CSV 사본)
  portbot data status                   어떤 레지스트리 데이터로 답하는지, 그 날짜와 가져온 시각

질문
${KO_QUESTION_EXAMPLES.map((example) => `  portbot ${padColumns(quoteForShell(example.question), 44)}${example.meaning}`).join('\n')}
  포트 범위는 한 번에 ${MAX_RANGE_PORTS}개까지 답합니다. 질문에 ', ?, * 가 있으면 따옴표로
  감싸 주세요(셸이 먼저 해석합니다).

답
  기본은 짧게: 용도 5개와 팁 3개를 자세히 보여 주고(나머지는 이름만), 확인 명령은 portbot이
  실행 중인 OS 것만 보여 주며, ${MAX_ANSWER_LINES}줄 안에 맞춥니다. 생략한 것이 있으면 알려 줍니다.
  portbot --full 22는 전부, portbot --os all 22는 모든 OS의 명령을 보여 줍니다.

옵션
  --full         답 전체: 모든 용도, 팁, 범위 설명, 명령
  --os <os>      linux, macos, windows 중 한 OS의 확인 명령만, all이면 모든 OS
                 (기본값: portbot이 실행 중인 OS, 그 밖의 OS에서는 모든 OS)
  --lang <언어>  en(영어) 또는 ko(한국어)로 답합니다. 없으면 질문에 한글이 있을 때 한국어,
                 그다음 PORTBOT_LANG, 그다음 로캘(LC_ALL, LC_MESSAGES, LANG)을 따릅니다
  --json         답을 JSON으로(스키마: docs/answer-schema.md), 거절도 JSON으로
  --no-color     터미널에서도 색 없이(NO_COLOR도 따릅니다)
  -h, --help     이 도움말
  -V, --version  버전

종료 코드
  0  답했음(답하지 못한 부분은 메모로 표시)
  2  아무것도 답하지 못했거나 명령줄이 잘못됨(이유는 stderr에, --json이면
     {"schemaVersion":1,"lang":"ko","error":{"code","message"}}도 stdout에)
  1  내부 오류
  portbot data update와 data status: 0 완료, 문제가 있으면 1(기존 데이터는 그대로)

portbot은 자체 지식으로 포트를 설명할 뿐, 어떤 호스트에도 접속하거나 스캔하지 않습니다.`;

export function helpText(lang: Lang): string {
  return lang === 'ko' ? koreanHelp() : englishHelp();
}
