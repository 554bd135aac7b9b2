/**
 * An answer with its curated texts (known uses' notes, security notes and tips) in another
 * language, where the data has them; everything else, and any text not yet translated, stays as
 * it is. Same shape and order as the English answer. Korean is the only other language so far.
 */
import { KNOWN_USES_KO_FILES, type KoreanKnownUseText } from '../knowledge/known-uses-ko-data.js';
import type { Answer, AnswerPart, KnownUseFact } from './answer.js';

export const ANSWER_LANGS = ['en', 'ko'] as const;
export type AnswerLang = (typeof ANSWER_LANGS)[number];

let koById: Map<string, KoreanKnownUseText> | undefined;

function koreanText(id: string): KoreanKnownUseText | undefined {
  if (!koById) {
    koById = new Map();
    for (const entries of Object.values(KNOWN_USES_KO_FILES))
      for (const [useId, text] of Object.entries(entries)) koById.set(useId, text);
  }
  return koById.get(id);
}

function localizeUse(use: KnownUseFact, tips: Map<string, string>): KnownUseFact {
  const ko = koreanText(use.id);
  if (!ko) return use;
  if (use.tip && ko.tip) tips.set(use.tip, ko.tip);
  return {
    ...use,
    ...(ko.note ? { note: ko.note } : {}),
    ...(use.security && ko.security ? { security: ko.security } : {}),
    ...(use.tip && ko.tip ? { tip: ko.tip } : {}),
  };
}

function localizePart(part: AnswerPart): AnswerPart {
  const tips = new Map<string, string>();
  if (part.type === 'port') {
    const knownUses = part.knownUses.map((use) => localizeUse(use, tips));
    return { ...part, knownUses, tips: part.tips.map((tip) => tips.get(tip) ?? tip) };
  }
  if (part.type === 'service')
    return { ...part, knownUses: part.knownUses.map((use) => localizeUse(use, tips)) };
  return part;
}

/**
 * @example localizeAnswer(answer, 'ko').parts[0] // the same part, curated notes in Korean
 */
export function localizeAnswer(answer: Answer, lang: AnswerLang): Answer {
  if (lang === 'en') return answer;
  return { ...answer, parts: answer.parts.map(localizePart) };
}
