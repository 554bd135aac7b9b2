/**
 * The language rule: explicit choice, then the question's script, then the platform locale, the
 * person's setting, the workspace default, English. And the POSIX locale environment for the CLI.
 */
import { describe, expect, it } from 'vitest';
import {
  type ChatLanguageSignals,
  chooseChatLanguage,
  chooseLanguage,
  type LanguageSignals,
  languageFromLocaleEnv,
  languageOf,
} from '../../src/question/language.js';

describe('chooseLanguage', () => {
  it.each<[string, LanguageSignals, 'en' | 'ko']>([
    ['nothing at all', {}, 'en'],
    ['--lang ko', { explicit: 'ko', question: 'port 22' }, 'ko'],
    ['--lang en over a Hangul question', { explicit: 'en', question: '22번 포트' }, 'en'],
    ['?lang=ko-KR', { explicit: 'ko-KR' }, 'ko'],
    ['an unknown explicit value falls through', { explicit: 'fr', question: '포트 22' }, 'ko'],
    ['ko: prefix on an English question', { question: 'ko: port 22' }, 'ko'],
    ['en: prefix on a Hangul question', { question: 'en: 레디스 포트' }, 'en'],
    ['EN: prefix, any case', { question: ' EN:22', platformLocale: 'ko-KR' }, 'en'],
    ['explicit beats the prefix', { explicit: 'ko', question: 'en: 22' }, 'ko'],
    ['Hangul in the question', { question: '22번 포트', platformLocale: 'en-US' }, 'ko'],
    ['Hangul beats the stored setting', { question: '포트', userSetting: 'en' }, 'ko'],
    ['a Latin question, Korean locale', { question: 'port 22', platformLocale: 'ko-KR' }, 'ko'],
    [
      'a Latin question, English locale, Korean setting',
      { question: '22', platformLocale: 'en-US', userSetting: 'ko' },
      'ko',
    ],
    [
      'the stored setting beats the platform locale',
      { question: '22', platformLocale: 'ko', userSetting: 'en' },
      'en',
    ],
    ['the platform locale only says Korean or passes', { platformLocale: 'en-GB', userSetting: 'ko' }, 'ko'],
    ['the setting beats the workspace', { userSetting: 'en', workspaceDefault: 'ko' }, 'en'],
    ['the workspace default', { question: '443', workspaceDefault: 'ko' }, 'ko'],
    ['an unknown setting falls through', { userSetting: 'de', workspaceDefault: 'ko' }, 'ko'],
    [
      'only unknown values',
      { explicit: 'xx', platformLocale: 'ja-JP', userSetting: '', workspaceDefault: 'fr' },
      'en',
    ],
    ['null signals', { explicit: null, question: null, platformLocale: null }, 'en'],
    ['a "ko" inside a word is no prefix', { question: 'kong: 8000' }, 'en'],
  ])('%s', (_name, signals, expected) => {
    expect(chooseLanguage(signals)).toBe(expected);
  });
});

describe('chooseChatLanguage', () => {
  it.each<[string, ChatLanguageSignals, { lang: 'en' | 'ko'; text: string }]>([
    ['a bare port', { text: '22' }, { lang: 'en', text: '22' }],
    ['Slack /port ko: 22', { text: 'ko: 22' }, { lang: 'ko', text: '22' }],
    ['Slack /port KO:22/udp', { text: 'KO: 22/udp' }, { lang: 'ko', text: '22/udp' }],
    ['en: on a Hangul question', { text: 'en: 레디스 포트' }, { lang: 'en', text: '레디스 포트' }],
    [
      'en: beats a Korean Discord locale',
      { text: 'en: 443', platformLocale: 'ko' },
      { lang: 'en', text: '443' },
    ],
    [
      'an explicit choice beats the prefix',
      { text: 'en: 443', explicitPrefix: 'ko' },
      { lang: 'ko', text: '443' },
    ],
    [
      'Hangul in the question',
      { text: '22번 포트', platformLocale: 'en-US' },
      { lang: 'ko', text: '22번 포트' },
    ],
    [
      'Hangul beats a personal English setting',
      { text: '레디스', personal: 'en' },
      { lang: 'ko', text: '레디스' },
    ],
    ['Discord locale ko', { text: 'port 22', platformLocale: 'ko' }, { lang: 'ko', text: 'port 22' }],
    ['Slack locale ko-KR', { text: '3000', platformLocale: 'ko-KR' }, { lang: 'ko', text: '3000' }],
    [
      'a personal setting beats the locale',
      { text: '22', personal: 'en', platformLocale: 'ko' },
      { lang: 'en', text: '22' },
    ],
    [
      'a personal Korean setting',
      { text: '22', personal: 'ko', platformLocale: 'en-US' },
      { lang: 'ko', text: '22' },
    ],
    [
      'an English locale passes to the workspace',
      { text: '22', platformLocale: 'en-US', workspaceDefault: 'ko' },
      { lang: 'ko', text: '22' },
    ],
    ['the workspace default', { text: '8080', workspaceDefault: 'ko' }, { lang: 'ko', text: '8080' }],
    [
      'unknown values everywhere',
      { text: '8080', platformLocale: 'ja', personal: 'fr', workspaceDefault: 'de' },
      { lang: 'en', text: '8080' },
    ],
    ['a "ko" inside a word is no prefix', { text: 'kong: 8000' }, { lang: 'en', text: 'kong: 8000' }],
  ])('%s', (_name, signals, expected) => {
    expect(chooseChatLanguage(signals)).toEqual(expected);
  });
});

describe('languageOf', () => {
  it.each<[string | null, 'en' | 'ko' | null]>([
    ['ko', 'ko'],
    ['KO', 'ko'],
    ['ko-KR', 'ko'],
    ['ko_KR.UTF-8', 'ko'],
    ['kor', 'ko'],
    ['en_US.UTF-8', 'en'],
    ['kong', null],
    ['', null],
    [null, null],
    ['C', null],
  ])('%s → %s', (tag, expected) => {
    expect(languageOf(tag)).toBe(expected);
  });
});

describe('languageFromLocaleEnv', () => {
  it.each<[Record<string, string | undefined>, 'en' | 'ko']>([
    [{}, 'en'],
    [{ LANG: 'ko_KR.UTF-8' }, 'ko'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, 'ko'],
    [{ LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }, 'en'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'ko_KR.UTF-8' }, 'ko'],
    [{ LC_ALL: 'ko_KR.eucKR', LC_MESSAGES: 'en_US.UTF-8' }, 'ko'],
    [{ LC_ALL: 'POSIX' }, 'en'],
    [{ LC_ALL: '   ', LANG: 'ko' }, 'ko'],
    [{ LANG: 'fr_FR.UTF-8' }, 'en'],
  ])('%j → %s', (env, expected) => {
    expect(languageFromLocaleEnv(env)).toBe(expected);
  });
});
