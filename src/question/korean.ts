/**
 * Korean questions, read into the words the parser already knows: `22번 포트`, `8080을`,
 * `5432 포트가`, `레디스 포트`, `리눅스 임시 포트 범위`, `맥에서 3000 누가 쓰고 있어?`.
 *
 * Korean attaches particles and counters to the word before them (`22번`, `포트는`, `8080을`), so
 * the reading is a list of rules tried anywhere in the text, even inside a word typed without
 * spaces: OS names, topic phrases, software names from `ko-terms.json` (the longest wins, so
 * 포스트그레SQL is not read as 포스트그레), wishes, security and check words, and 포트 itself.
 * Every other Hangul word (뭐야, 어떤, 에서) and particle is dropped as grammar, leaving a space.
 * Nothing here reads digits: port numbers still come only from the tokenizer.
 */
import koTerms from '../knowledge/data/ko-terms.json' with { type: 'json' };

/** `ko: 22` / `en: 레디스`: the language asked for, and the question without it. */
export function stripLanguagePrefix(text: string): { text: string; lang: 'ko' | 'en' | null } {
  const match = /^\s*(ko|en)\s*:(?!\d)\s*/i.exec(text);
  if (!match) return { text, lang: null };
  return { text: text.slice(match[0].length), lang: (match[1] as string).toLowerCase() as 'ko' | 'en' };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

const REWRITES: readonly [RegExp, string][] = [
  // Operating systems (맥 alone only before a particle or a space: 맥북 is not an OS hint).
  [/맥\s*os|맥\s*오에스|맥오에스|맥킨토시|매킨토시/, ' macos '],
  [/윈도우즈|윈도우|윈도즈/, ' windows '],
  [/리눅스/, ' linux '],
  [/맥(?=$|[\s?.!,]|에서|의|용|은|는|이|에)/, ' macos '],
  // Topics
  [/잘\s*알려진\s*포트|웰\s*노운\s*포트|시스템\s*포트/, ' well-known ports '],
  [/등록된\s*포트|사용자\s*포트/, ' registered ports '],
  [/동적\s*\/?\s*사설\s*포트|동적\s*포트|사설\s*포트/, ' dynamic ports '],
  [/임시\s*포트|에페메랄\s*포트/, ' ephemeral ports '],
  [/iana\s*포트\s*범위/, ' iana port ranges '],
];

/**
 * What the asker wants done, read before the hints below take 방화벽 and 확인 for themselves:
 * 종료/죽이기, 방화벽 열기/닫기, 접속 테스트, 충돌 (address already in use), 권한, 추천, 괜찮은 포트.
 */
const WISHES: readonly [RegExp, string][] = [
  // The whole set of a product's ports: 쿠버네티스가 쓰는 포트들, 열어야 하는 포트 목록.
  [
    /(?:쓰는|사용하는|필요한|열어야\s*하는|열어야\s*할)\s*포트(?:들|\s*목록)?|포트\s*(?:들|목록|전부|전체)/,
    ' ports ',
  ],
  [/이미\s*사용\s*중|사용\s*중인\s*주소|충돌/, ' eaddrinuse '],
  [/권한(?:이|은|을)?\s*(?:없|거부|부족)|권한\s*오류|권한/, ' permission denied '],
  [/열려\s*있(?:어|나|는지|니)?/, ' reachable '],
  [/방화벽/, ' firewall '],
  [/열(?:기|어|고|려면|면|어야|어\s*줘|어줘|릴|는\s*법)|개방|허용|오픈/, ' open '],
  [/닫(?:기|아|고|으려면|을|는\s*법)|차단|막(?:기|아|고|으려면|는\s*법)/, ' close '],
  [/강제\s*종료|종료|죽이(?:기|는|려면)?|죽여|킬|끄(?:기|는|려면)|꺼(?:줘|야)/, ' kill '],
  [
    /(?:접속|연결|통신)\s*(?:테스트|시험|확인|가능|되는지|돼|되나)|외부에서\s*(?:접속|연결)|도달/,
    ' reachable ',
  ],
  [/추천|골라\s*줘|골라줘/, ' suggest '],
  [/(?:사용\s*가능한|비어\s*있는|빈|안\s*쓰는)\s*포트/, ' free ports '],
  [/괜찮은\s*포트|좋은\s*포트|괜찮|(?:써도|사용해도)\s*(?:돼|되|될까|괜찮)/, ' good port '],
];

const HINTS: readonly [RegExp, string][] = [
  [/보안|위험|취약|노출|방화벽/, ' security '],
  [/누가|어떤\s*프로세스|프로세스|사용\s*중|점유|확인/, ' check '],
  [/도움말|사용법/, ' help '],
];

/**
 * All the rules as one pattern, read in one pass: where several match at the same place, the one
 * listed first wins. Timed in a loop answering both languages in turns, the ten passes this took
 * before cost 7–9 µs per question, each a few tenths of a microsecond whatever it found; one pass
 * costs about 3 µs. Built on the first Korean question: an English one never pays for it.
 */
interface KoreanReader {
  pattern: RegExp;
  /** By the rule's capture group: what its match is read as. */
  readings: readonly ((match: string) => string)[];
}
let reader: KoreanReader | undefined;

function buildReader(): KoreanReader {
  const names = Object.entries(koTerms as Record<string, string>);
  const english = new Map(
    names.map(([korean, words]) => [withoutSpaces(korean.toLowerCase()), ` ${words.toLowerCase()} `]),
  );
  const rules: [source: string, reading: (match: string) => string][] = [
    ...REWRITES.map(asRule),
    [
      namesPattern(names.map(([korean]) => korean.toLowerCase())),
      (name) => english.get(withoutSpaces(name.toLowerCase())) ?? name,
    ],
    ...WISHES.map(asRule),
    ...HINTS.map(asRule),
    ['포트', () => ' port '],
  ];
  return {
    // Case-insensitive rather than lowercasing the question first: the parser lowercases anyway.
    pattern: new RegExp(rules.map(([source]) => `(${source})`).join('|'), 'gi'),
    readings: rules.map(([, reading]) => reading),
  };
}

function asRule([pattern, words]: [RegExp, string]): [string, () => string] {
  return [pattern.source, () => words];
}

interface LetterTree {
  next: Map<string, LetterTree>;
  /** A name ends here. */
  end: boolean;
}

/**
 * The names as a tree of their letters, 포스트그레(?:sql|스)?, rather than one alternative each: at
 * each place in the question the pattern tries one branch per first letter (91) instead of every
 * name (197). A longer branch is taken first, so the longest name still wins. A space inside a name
 * may be typed or left out.
 */
function namesPattern(names: readonly string[]): string {
  const root: LetterTree = { next: new Map(), end: false };
  for (const name of names) {
    let node = root;
    for (const letter of name.replace(/\s+/g, ' ')) {
      const child = node.next.get(letter) ?? { next: new Map(), end: false };
      node.next.set(letter, child);
      node = child;
    }
    node.end = true;
  }
  return branches(root);
}

function branches(tree: LetterTree): string {
  const ways = [...tree.next].map(
    ([letter, child]) => (letter === ' ' ? '\\s*' : escapeRegExp(letter)) + branches(child),
  );
  if (ways.length === 0) return '';
  if (ways.length === 1 && !tree.end) return ways[0] as string;
  const any = `(?:${ways.join('|')})`;
  return tree.end ? `${any}?` : any;
}

/**
 * The question with its Korean read into the parser's words. The parser calls it only for a
 * question with Hangul, which it has already looked for; any other text comes back unchanged.
 */
export function readKorean(text: string): string {
  reader ??= buildReader();
  const { pattern, readings } = reader;
  const read = new ReadText();
  // Walked with exec rather than replace(pattern, fn): replace gathers every match with its
  // twenty-six groups in the engine before the first call back, and measured 2 µs slower.
  pattern.lastIndex = 0;
  let from = 0;
  // Every match takes at least one character, so the text's length bounds the loop.
  for (let round = 0; round < text.length; round++) {
    const match = pattern.exec(text);
    if (!match) break;
    read.add(text, from, match.index);
    let rule = 0;
    while (match[rule + 1] === undefined && rule < readings.length) rule++;
    const words = readings[rule]?.(match[0]) ?? match[0];
    read.add(words, 0, words.length);
    from = match.index + match[0].length;
  }
  read.add(text, from, text.length);
  return read.toString();
}

/**
 * The text read so far, with each run of the Hangul left (particles and grammar: 는, 뭐야, 에서)
 * turned into a space. Kept as character codes, it comes out one byte per character when every
 * character fits: read from Hangul, the question would otherwise be Latin text held as a two-byte
 * string, and so would every word the parser cuts from it, each search and lookup after this
 * slower than for the same words typed in English.
 */
class ReadText {
  private readonly codes: number[] = [];
  private inHangul = false;

  add(text: string, from: number, to: number): void {
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index);
      const hangul = isHangul(code);
      if (!hangul) this.codes.push(code);
      else if (!this.inHangul) this.codes.push(0x20);
      this.inHangul = hangul;
    }
  }

  toString(): string {
    return String.fromCharCode(...this.codes);
  }
}

function isHangul(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0x1100 && code <= 0x11ff)
  );
}
