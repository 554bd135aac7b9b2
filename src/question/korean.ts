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

/** Software names, longest first; spaces inside a name may be typed or left out. */
const TERMS: readonly [RegExp, string][] = Object.entries(koTerms as Record<string, string>)
  .sort(([a], [b]) => b.length - a.length)
  .map(([korean, english]) => [
    new RegExp(korean.toLowerCase().split(/\s+/).map(escapeRegExp).join('\\s*'), 'g'),
    ` ${english.toLowerCase()} `,
  ]);

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

const HINTS: readonly [RegExp, string][] = [
  [/보안|위험|취약|노출|방화벽/g, ' security '],
  [/누가|어떤\s*프로세스|프로세스|사용\s*중|점유|확인/g, ' check '],
  [/도움말|사용법/g, ' help '],
];

/** The question with its Korean read into the parser's words; text without Hangul is returned as is. */
export function readKorean(text: string): string {
  if (!/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(text)) return text;
  let out = text.toLowerCase();
  for (const [pattern, words] of REWRITES) out = out.replace(pattern, words);
  for (const [pattern, words] of TERMS) out = out.replace(pattern, words);
  for (const [pattern, words] of HINTS) out = out.replace(pattern, words);
  // Counters and particles after a number, transport or Latin name: 22번, 8080을, udp로, redis는.
  out = out.replace(/([a-z0-9])(?:번\s*)?(?=[\u3130-\u318f\uac00-\ud7a3])/g, '$1 ');
  out = out.replace(/포트[\uac00-\ud7a3]*/g, ' port ');
  return out.replace(HANGUL_RUN, ' ');
}
