/**
 * An answer with its curated texts (known uses' notes, security notes and tips, and the product
 * map's summaries, port roles and notes) in another language, where the data has them; names,
 * ids, numbers and any text not yet translated stay as they are. Same shape and order as the
 * English answer. Korean is the only other language so far.
 */
import { type KoreanUseTexts, productPortKey } from '../knowledge/korean-texts.js';
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
  if (part.type === 'product') {
    const ko = texts.labels?.products.get(part.id);
    if (!ko) return part;
    return {
      ...part,
      ...(part.summary && ko.summary ? { summary: ko.summary } : {}),
      groups: part.groups.map((group) => ({
        ...group,
        ports: group.ports.map((port) => {
          const words = ko.ports.get(productPortKey(port));
          return {
            ...port,
            ...(words?.role ? { role: words.role } : {}),
            ...(port.note && words?.note ? { note: words.note } : {}),
          };
        }),
      })),
      security: part.security.map((entry) => {
        const note = texts.get(entry.useId)?.security;
        return note ? { ...entry, note } : entry;
      }),
    };
  }
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
