/**
 * The words of the site's own frame — navigation, the search form, the feedback form, the 404 and
 * thanks pages — in English and Korean. What an answer says comes from the core; these are only
 * the page around it.
 */
import type { Lang } from './paths.js';

export interface WebText {
  siteName: string;
  tagline: string;
  skipToContent: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  searchHint: string;
  commonPorts: string;
  commonServices: string;
  homeTitle: string;
  homeDescription: string;
  otherLanguage: string;
  /** The language switch's landmark name. */
  otherLanguageName: string;
  helpfulQuestion: string;
  helpfulYes: string;
  helpfulNo: string;
  thanksTitle: string;
  thanksBody: string;
  backToAnswer: string;
  notFoundTitle: string;
  notFoundBody: string;
  portRangeReminder: string;
  searchResultsFor: string;
  osChoice: string;
  allSystems: string;
  copy: string;
  copied: string;
  footer: string;
  tooManyTitle: string;
  tooManyBody: (seconds: number) => string;
  refusedTitle: string;
  refusedBody: string;
}

const EN: WebText = {
  siteName: 'portbot',
  tagline: 'What is port N? Ranges, assignments, real-world uses and the commands to check it yourself.',
  skipToContent: 'Skip to the answer',
  searchLabel: 'Ask about a port, a range or a service',
  searchPlaceholder: '5432, 53/udp, 8000-8010, postgres',
  searchButton: 'Ask',
  searchHint:
    'A port (8080), a port and protocol (53/udp), a range (8000-8010) or a service name (postgres).',
  commonPorts: 'Common ports',
  commonServices: 'Common services',
  homeTitle: 'portbot — what is port N?',
  homeDescription:
    'Look up any TCP or UDP port: its IANA range and assignment, what really runs on it, and how to see which process holds it.',
  otherLanguage: '한국어',
  otherLanguageName: 'Language',
  helpfulQuestion: 'Was this page helpful?',
  helpfulYes: 'Yes',
  helpfulNo: 'No',
  thanksTitle: 'Thank you',
  thanksBody: 'Your answer was recorded. It helps decide what portbot explains better next.',
  backToAnswer: 'Back to the answer',
  notFoundTitle: 'Not found',
  notFoundBody: 'There is no page here.',
  portRangeReminder: 'Ports go from 0 to 65535.',
  searchResultsFor: 'Answer',
  osChoice: 'Commands for',
  allSystems: 'All systems',
  copy: 'Copy',
  copied: 'Copied',
  footer: 'portbot explains ports from its own knowledge. It never connects to, probes or scans any host.',
  tooManyTitle: 'Slow down',
  tooManyBody: (seconds) => `You're asking faster than portbot can keep up — try again in ${seconds} s.`,
  refusedTitle: 'Could not record that',
  refusedBody: 'The form had expired or came from another site. Reload the page and try again.',
};

const KO: WebText = {
  siteName: 'portbot',
  tagline: '포트 N번은 무엇일까? 범위, IANA 할당, 실제 용도, 그리고 직접 확인하는 명령어.',
  skipToContent: '답변으로 건너뛰기',
  searchLabel: '포트, 포트 범위 또는 서비스 이름으로 물어보세요',
  searchPlaceholder: '5432, 53/udp, 8000-8010, postgres',
  searchButton: '묻기',
  searchHint: '포트(8080), 포트와 프로토콜(53/udp), 범위(8000-8010) 또는 서비스 이름(postgres).',
  commonPorts: '자주 쓰는 포트',
  commonServices: '자주 쓰는 서비스',
  homeTitle: 'portbot — 이 포트는 무엇일까?',
  homeDescription:
    'TCP·UDP 포트를 찾아보세요: IANA 범위와 할당, 실제로 쓰이는 용도, 어떤 프로세스가 포트를 쓰는지 확인하는 방법.',
  otherLanguage: 'English',
  otherLanguageName: '언어',
  helpfulQuestion: '이 페이지가 도움이 되었나요?',
  helpfulYes: '예',
  helpfulNo: '아니요',
  thanksTitle: '감사합니다',
  thanksBody: '응답이 기록되었습니다. portbot이 무엇을 더 잘 설명해야 할지 정하는 데 도움이 됩니다.',
  backToAnswer: '답변으로 돌아가기',
  notFoundTitle: '찾을 수 없음',
  notFoundBody: '이 주소에는 페이지가 없습니다.',
  portRangeReminder: '포트 번호는 0부터 65535까지입니다.',
  searchResultsFor: '답변',
  osChoice: '명령어 보기',
  allSystems: '모든 운영체제',
  copy: '복사',
  copied: '복사됨',
  footer: 'portbot은 자체 지식으로 포트를 설명합니다. 어떤 호스트에도 접속하거나 스캔하지 않습니다.',
  tooManyTitle: '잠시만요',
  tooManyBody: (seconds) => `요청이 너무 빠릅니다. ${seconds}초 뒤에 다시 시도하세요.`,
  refusedTitle: '기록하지 못했습니다',
  refusedBody: '양식이 만료되었거나 다른 사이트에서 보낸 요청입니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
};

export const WEB_TEXT: Readonly<Record<Lang, WebText>> = { en: EN, ko: KO };
