/**
 * The Korean note, security note and tip of curated uses, by use id. Loaded on demand: only a
 * Korean answer asks for them, so the English path never parses the Korean files.
 *
 * @example presentAnswer(answer, { lang: 'ko', koreanTexts: await loadKoreanUseTexts() })
 */
export interface KoreanUseText {
  note?: string;
  security?: string;
  tip?: string;
}

export type KoreanUseTexts = ReadonlyMap<string, KoreanUseText>;

const FIELDS = ['note', 'security', 'tip'] as const;

/** Keeps the string fields of each entry; anything else in a file is left out, never thrown. */
export function koreanUseTextsFrom(files: Readonly<Record<string, unknown>>): KoreanUseTexts {
  const texts = new Map<string, KoreanUseText>();
  for (const content of Object.values(files)) {
    if (typeof content !== 'object' || content === null) continue;
    for (const [id, entry] of Object.entries(content as Record<string, unknown>)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const text: KoreanUseText = {};
      for (const field of FIELDS) {
        const value = (entry as Record<string, unknown>)[field];
        if (typeof value === 'string' && value.trim() !== '') text[field] = value;
      }
      texts.set(id, text);
    }
  }
  return texts;
}

let loading: Promise<KoreanUseTexts> | undefined;

export function loadKoreanUseTexts(): Promise<KoreanUseTexts> {
  loading ??= import('./known-uses-ko-data.js').then((data) => koreanUseTextsFrom(data.KNOWN_USE_KO_FILES));
  return loading;
}
