/**
 * The Korean curated texts for a chat answer, read on the first Korean answer and kept for the
 * life of the process (the core caches the load). An English answer never reads them, so a
 * service whose teams ask in English pays nothing for Korean.
 *
 * @example toSlackMessage(answer, { lang, koreanTexts: await curatedTextsFor(lang) })
 */
import { type KoreanUseTexts, type Lang, loadKoreanUseTexts } from '../../src/index.js';

export async function curatedTextsFor(lang: Lang): Promise<KoreanUseTexts | undefined> {
  return lang === 'ko' ? loadKoreanUseTexts() : undefined;
}
