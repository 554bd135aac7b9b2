/**
 * An answer with its curated texts (known uses' notes, security notes and tips) in another
 * language, where the data has them; everything else, and any text not yet translated, stays as
 * it is. Same shape and order as the English answer. Korean is the only other language so far.
 */
import type { KoreanUseTexts } from '../knowledge/korean-texts.js';
import type { Answer, AnswerPart, KnownUseFact } from './answer.js';

export const ANSWER_LANGS = ['en', 'ko'] as const;
export type AnswerLang = (typeof ANSWER_LANGS)[number];

function localizeUse(use: KnownUseFact, tips: Map<string, string>, texts: KoreanUseTexts): KnownUseFact {
  const ko = texts.get(use.id);
  if (!ko) return use;
  if (use.tip && ko.tip) tips.set(use.tip, ko.tip);
  return {
    ...use,
    ...(ko.note ? { note: ko.note } : {}),
    ...(use.security && ko.security ? { security: ko.security } : {}),
    ...(use.tip && ko.tip ? { tip: ko.tip } : {}),
  };
}

function localizePart(part: AnswerPart, texts: KoreanUseTexts): AnswerPart {
  const tips = new Map<string, string>();
  if (part.type === 'port') {
    const knownUses = part.knownUses.map((use) => localizeUse(use, tips, texts));
    return { ...part, knownUses, tips: part.tips.map((tip) => tips.get(tip) ?? tip) };
  }
  if (part.type === 'service')
    return { ...part, knownUses: part.knownUses.map((use) => localizeUse(use, tips, texts)) };
  return part;
}

/**
 * The Korean texts come from `loadKoreanUseTexts()`, loaded once by the caller, so that English
 * answers never load them.
 *
 * @example localizeAnswer(answer, 'ko', await loadKoreanUseTexts()).parts[0] // curated notes in Korean
 */
export function localizeAnswer(answer: Answer, lang: AnswerLang, texts: KoreanUseTexts): Answer {
  if (lang === 'en') return answer;
  return { ...answer, parts: answer.parts.map((part) => localizePart(part, texts)) };
}
