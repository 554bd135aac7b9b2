/**
 * Korean questions, read into the words the parser already knows: `22번 포트`, `8080을`,
 * `5432 포트가`, `레디스 포트`, `리눅스 임시 포트 범위`, `맥에서 3000 누가 쓰고 있어?`.
 *
 * Korean attaches particles and counters to the word before them (`22번`, `포트는`, `8080을`), so
 * the reading is a few ordered rewrites on the lowercased text: OS names, topic phrases, software
 * names from `ko-terms.json` (longest first, so 포스트그레SQL wins over 포스트그레), security and
 * check words, then the Hangul left after a number, a transport or a Latin name is cut off, and
 * every other Hangul word (뭐야, 어떤, 에서) is dropped as grammar. Nothing here reads digits: port
 * numbers still come only from the tokenizer.
 */
import koTerms from '../knowledge/data/ko-terms.json' with { type: 'json' };

const HANGUL_RUN = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+/g;

/** `ko: 22` / `en: 레디스`: the language asked for, and the question without it. */
export function stripLanguagePrefix(text: string): { text: string; lang: 'ko' | 'en' | null } {
  const match = /^\s*(ko|en)\s*:(?!\d)\s*/i.exec(text);
  if (!match) return { text, lang: null };
  return { text: text.slice(match[0].length), lang: (match[1] as string).toLowerCase() as 'ko' | 'en' };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Software names as one pattern, longest first, so that 포스트그레SQL wins over 포스트그레; spaces
 * inside a name may be typed or left out. One pass over the question instead of one per name (two
 * hundred of them made a Korean question cost twice an English one). Built on the first Korean
 * question: an English one never pays for it.
 */
interface SoftwareNames {
  pattern: RegExp;
  /** The same pattern without `g`, to skip a question that names none. */
  probe: RegExp;
  /** By the Korean name without its spaces: the English words it stands for. */
  english: ReadonlyMap<string, string>;
}
let softwareNames: SoftwareNames | undefined;

function readSoftwareNames(): SoftwareNames {
  if (softwareNames) return softwareNames;
  const entries = Object.entries(koTerms as Record<string, string>).sort(([a], [b]) => b.length - a.length);
  const pattern = entries
    .map(([korean]) => korean.toLowerCase().split(/\s+/).map(escapeRegExp).join('\\s*'))
    .join('|');
  softwareNames = {
    pattern: new RegExp(pattern, 'g'),
    probe: new RegExp(pattern),
    english: new Map(
      entries.map(([korean, english]) => [withoutSpaces(korean.toLowerCase()), ` ${english.toLowerCase()} `]),
    ),
  };
  return softwareNames;
}

function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

const REWRITES: readonly [RegExp, string][] = [
  // Operating systems (맥 alone only before a particle or a space: 맥북 is not an OS hint).
  [/맥\s*os|맥\s*오에스|맥오에스|맥킨토시|매킨토시/g, ' macos '],
  [/윈도우즈|윈도우|윈도즈/g, ' windows '],
  [/리눅스/g, ' linux '],
  [/맥(?=$|[\s?.!,]|에서|의|용|은|는|이|에)/g, ' macos '],
  // Topics
  [/잘\s*알려진\s*포트|웰\s*노운\s*포트|시스템\s*포트/g, ' well-known ports '],
  [/등록된\s*포트|사용자\s*포트/g, ' registered ports '],
  [/동적\s*\/?\s*사설\s*포트|동적\s*포트|사설\s*포트/g, ' dynamic ports '],
  [/임시\s*포트|에페메랄\s*포트/g, ' ephemeral ports '],
  [/iana\s*포트\s*범위/g, ' iana port ranges '],
];

/**
 * What the asker wants done, read before the hints below take 방화벽 and 확인 for themselves:
 * 종료/죽이기, 방화벽 열기/닫기, 접속 테스트, 충돌 (address already in use), 권한, 추천, 괜찮은 포트.
 */
const WISHES: readonly [RegExp, string][] = [
  // The whole set of a product's ports: 쿠버네티스가 쓰는 포트들, 열어야 하는 포트 목록.
  [
    /(?:쓰는|사용하는|필요한|열어야\s*하는|열어야\s*할)\s*포트(?:들|\s*목록)?|포트\s*(?:들|목록|전부|전체)/g,
    ' ports ',
  ],
  [/이미\s*사용\s*중|사용\s*중인\s*주소|충돌/g, ' eaddrinuse '],
  [/권한(?:이|은|을)?\s*(?:없|거부|부족)|권한\s*오류|권한/g, ' permission denied '],
  [/열려\s*있(?:어|나|는지|니)?/g, ' reachable '],
  [/방화벽/g, ' firewall '],
  [/열(?:기|어|고|려면|면|어야|어\s*줘|어줘|릴|는\s*법)|개방|허용|오픈/g, ' open '],
  [/닫(?:기|아|고|으려면|을|는\s*법)|차단|막(?:기|아|고|으려면|는\s*법)/g, ' close '],
  [/강제\s*종료|종료|죽이(?:기|는|려면)?|죽여|킬|끄(?:기|는|려면)|꺼(?:줘|야)/g, ' kill '],
  [
    /(?:접속|연결|통신)\s*(?:테스트|시험|확인|가능|되는지|돼|되나)|외부에서\s*(?:접속|연결)|도달/g,
    ' reachable ',
  ],
  [/추천|골라\s*줘|골라줘/g, ' suggest '],
  [/(?:사용\s*가능한|비어\s*있는|빈|안\s*쓰는)\s*포트/g, ' free ports '],
  [/괜찮은\s*포트|좋은\s*포트|괜찮|(?:써도|사용해도)\s*(?:돼|되|될까|괜찮)/g, ' good port '],
];

const HINTS: readonly [RegExp, string][] = [
  [/보안|위험|취약|노출|방화벽/g, ' security '],
  [/누가|어떤\s*프로세스|프로세스|사용\s*중|점유|확인/g, ' check '],
  [/도움말|사용법/g, ' help '],
];

/**
 * A list of rewrites as one pattern, tried left to right in one pass; where several match at the
 * same place the first listed wins, as when they ran one after another.
 */
interface Rewrites {
  pattern: RegExp;
  /** The same pattern without `g`: most questions match none of a list, and a test is cheaper. */
  probe: RegExp;
  words: readonly string[];
}

function asOnePattern(rules: readonly [RegExp, string][]): Rewrites {
  const source = rules.map(([pattern]) => `(${pattern.source})`).join('|');
  return {
    pattern: new RegExp(source, 'g'),
    probe: new RegExp(source),
    words: rules.map(([, words]) => words),
  };
}

function rewrite(text: string, rules: Rewrites): string {
  if (!rules.probe.test(text)) return text;
  return text.replace(rules.pattern, (match: string, ...groups: unknown[]) => {
    const which = groups.findIndex((group) => group !== undefined);
    return rules.words[which] ?? match;
  });
}

let rewrites: { before: Rewrites; wishes: Rewrites; hints: Rewrites } | undefined;

/** The question with its Korean read into the parser's words; text without Hangul is returned as is. */
export function readKorean(text: string): string {
  if (!/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(text)) return text;
  rewrites ??= { before: asOnePattern(REWRITES), wishes: asOnePattern(WISHES), hints: asOnePattern(HINTS) };
  let out = rewrite(text.toLowerCase(), rewrites.before);
  const names = readSoftwareNames();
  if (names.probe.test(out))
    out = out.replace(names.pattern, (name) => names.english.get(withoutSpaces(name)) ?? name);
  out = rewrite(out, rewrites.wishes);
  out = rewrite(out, rewrites.hints);
  // Counters and particles after a number, transport or Latin name: 22번, 8080을, udp로, redis는.
  out = out.replace(/([a-z0-9])(?:번\s*)?(?=[\u3130-\u318f\uac00-\ud7a3])/g, '$1 ');
  out = out.replace(/포트[\uac00-\ud7a3]*/g, ' port ');
  return oneBytePerCharacter(out.replace(HANGUL_RUN, ' '));
}

/**
 * The same text, stored one byte per character where every character fits. Rewritten from Hangul,
 * the question is Latin text held as a two-byte string, and so is every word the parser cuts from
 * it: each search and lookup after this was slower than for the same words typed in English.
 */
function oneBytePerCharacter(text: string): string {
  if (/[\u0100-\uffff]/.test(text)) return text;
  const codes: number[] = [];
  for (let index = 0; index < text.length; index++) codes.push(text.charCodeAt(index));
  return String.fromCharCode(...codes);
}
