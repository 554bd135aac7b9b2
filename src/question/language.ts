/**
 * Which language an answer is written in. One pure rule for every surface, strongest signal first:
 *
 * 1. an explicit choice: `--lang ko`, `?lang=ko`, or a leading `ko:` / `en:` in the question;
 * 2. the question's own script: any Hangul syllable or jamo → Korean;
 * 3. the person's stored setting (a choice the person made, so it outweighs a device's locale);
 * 4. the platform's locale for the person (Discord's interaction locale, Slack's user locale): it
 *    only ever says Korean; an English locale passes, as many Korean teams run English clients;
 * 5. the workspace default (`PORTBOT_LANG`);
 * 6. English.
 *
 * Unknown values ("fr", "", "zz-ZZ") are passed over, never an error: the next signal decides.
 */
import type { Lang } from '../present/catalog/index.js';
import { stripLanguagePrefix } from './korean.js';

export interface LanguageSignals {
  /** `--lang`, `?lang=`, or the prefix `parseQuestion` stripped (`ParseResult.lang`). */
  explicit?: string | null;
  question?: string | null;
  /** The platform's locale tag: "ko-KR", "ko", "en-US". */
  platformLocale?: string | null;
  userSetting?: string | null;
  workspaceDefault?: string | null;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** A locale or language tag → a language portbot writes, or null: "ko_KR.UTF-8", "KO", "en-GB". */
export function languageOf(tag: string | null | undefined): Lang | null {
  if (typeof tag !== 'string') return null;
  const primary = /^\s*([A-Za-z]{2,3})(?:$|[-_.@\s])/.exec(tag)?.[1]?.toLowerCase();
  if (primary === 'ko' || primary === 'kor') return 'ko';
  if (primary === 'en' || primary === 'eng') return 'en';
  return null;
}

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

export function chooseLanguage(signals: LanguageSignals): Lang {
  const explicit = languageOf(signals.explicit);
  if (explicit) return explicit;
  if (typeof signals.question === 'string') {
    const prefix = /^\s*(ko|en)\s*:/i.exec(signals.question)?.[1];
    if (prefix) return prefix.toLowerCase() as Lang;
    if (hasHangul(signals.question)) return 'ko';
  }
  const setting = languageOf(signals.userSetting);
  if (setting) return setting;
  if (languageOf(signals.platformLocale) === 'ko') return 'ko';
  return languageOf(signals.workspaceDefault) ?? 'en';
}

export interface ChatLanguageSignals {
  /** What the person typed: `/port ko: 22`, a mention's text, an autocomplete value. */
  text: string;
  /** An explicit choice made elsewhere (a button that carries it, `?lang=`); beats the prefix. */
  explicitPrefix?: string | null;
  /** Discord's interaction `locale` ("ko", "en-US"), Slack's user locale ("ko-KR"). */
  platformLocale?: string | null;
  /** The person's stored setting ("ko" | "en"), when there is one. */
  personal?: string | null;
  /** The workspace default: the service's `PORTBOT_LANG` (`en` unless set). */
  workspaceDefault?: string | null;
}

export interface ChatLanguage {
  lang: Lang;
  /** The question without a leading `ko:` / `en:` (what the parser and the cache key see). */
  text: string;
}

/**
 * The language of a chat answer, and the question with its language prefix taken off. One call
 * for every chat entry point (slash command, mention, DM, button, autocomplete).
 *
 * @example chooseChatLanguage({ text: 'ko: 22' }) // { lang: 'ko', text: '22' }
 * @example chooseChatLanguage({ text: 'port 22', platformLocale: 'ko' }).lang // 'ko'
 */
export function chooseChatLanguage(signals: ChatLanguageSignals): ChatLanguage {
  const stripped = stripLanguagePrefix(signals.text);
  const lang = chooseLanguage({
    explicit: signals.explicitPrefix ?? stripped.lang,
    question: stripped.text,
    platformLocale: signals.platformLocale ?? null,
    userSetting: signals.personal ?? null,
    workspaceDefault: signals.workspaceDefault ?? null,
  });
  return { lang, text: stripped.text };
}

/**
 * The language of a POSIX locale environment: the first non-empty of LC_ALL, LC_MESSAGES, LANG
 * decides (as `setlocale` does); "C" and "POSIX" mean English.
 */
export function languageFromLocaleEnv(env: {
  LC_ALL?: string | undefined;
  LC_MESSAGES?: string | undefined;
  LANG?: string | undefined;
}): Lang {
  for (const value of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    return languageOf(value) ?? 'en';
  }
  return 'en';
}
