/**
 * The core's Answer as a Slack message: the core's presentation of it (by default short, with the
 * commands for one OS, the asker's or Linux, and buttons for the others), fitted to Slack's limits, mapped to Block Kit,
 * with the summary and the plain-text rendering as the fallback `text`.
 */
import {
  type Answer,
  type CheckOs,
  createTranslator,
  type Detail,
  formatNoteScope,
  type KoreanUseTexts,
  type Lang,
  type Presentation,
  type PresentOptions,
  presentAnswer,
  renderPresentationText,
} from '../../../src/index.js';
import { decodeFeedbackValue, feedbackValueFor } from '../../shared/team/feedback-value.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { clip, escapeMrkdwn } from '../escape.js';
import { type ChromeOptions, toBlocks } from './blocks.js';
import { fitForSlack } from './fit.js';

export interface AnswerMessageOptions {
  /** Query token for the buttons; no buttons without it (shared and threaded answers). */
  token?: string | undefined;
  /** The slash command, shown in help examples ("/port 60140"). */
  command?: string | undefined;
  /** Who shared the answer into the channel (a Slack user id). */
  sharedBy?: string | undefined;
  /** `default` (short) unless "Show everything" was clicked. */
  detail?: Detail | undefined;
  /** What the question's context adds (its language, team notes, …): `presentOptionsOf`. */
  present?: Omit<PresentOptions, 'detail' | 'os' | 'token'> | undefined;
  /** The answer pages' origin (PUBLIC_URL): adds "Open in browser" to answers that have a page. */
  publicUrl?: string | undefined;
  /** The answer's language (`chooseChatLanguage`); English when absent. */
  lang?: Lang | undefined;
  /**
   * Korean curated texts (`await loadKoreanUseTexts()`, read on the first Korean answer): without
   * them a Korean answer shows the curated notes in English, marked "(영문)".
   */
  koreanTexts?: KoreanUseTexts | undefined;
  /** Answered in a thread (a mention, a DM): `token` gives only the vote and note buttons. */
  threaded?: boolean | undefined;
}

/** Plain-text fallback: long enough for a notification and a screen reader, never the whole table. */
const FALLBACK_LENGTH = 3000;
/** The commands shown when the question named no OS. */
const DEFAULT_OS: CheckOs = 'linux';

/** The port or range a team note from this answer would be about: its first port or range. */
export function noteScopeOf(answer: Answer): string | undefined {
  for (const part of answer.parts) {
    const transport = part.type === 'port' || part.type === 'range' ? part.transports : [];
    const one = transport.length === 1 ? { transport: transport[0] } : {};
    if (part.type === 'port') return formatNoteScope({ port: part.port, ...one });
    if (part.type === 'range') return formatNoteScope({ port: part.from, to: part.to, ...one });
  }
  return undefined;
}

/** The summary first (what a notification shows), then the message as plain text. */
export function fallbackText(presentation: Presentation): string {
  const text = `${presentation.summary}\n\n${renderPresentationText(presentation)}`;
  return escapeMrkdwn(clip(text, FALLBACK_LENGTH));
}

/** A fitted presentation (answer or notice) as a message. */
export function presentationMessage(presentation: Presentation, options: ChromeOptions): SlackMessage {
  const fitted = fitForSlack(presentation, options);
  return { text: fallbackText(fitted), blocks: toBlocks(fitted, options) };
}

/**
 * @example toSlackMessage(answer, { token: 'p60140' }).blocks[0] // header "Port 60140 — Mosh · …"
 */
export function toSlackMessage(answer: Answer, options: AnswerMessageOptions = {}): SlackMessage {
  const detail = options.detail ?? 'default';
  const presentation = presentAnswer(answer, {
    ...options.present,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.lang === 'ko' && options.koreanTexts ? { koreanTexts: options.koreanTexts } : {}),
    detail,
    // Everything means every OS's commands, unless the question (or a button) named one.
    os: detail === 'full' ? answer.os : (answer.os ?? DEFAULT_OS),
    ...(options.token ? { token: options.token } : {}),
    actions: {
      ...options.present?.actions,
      ...(options.token && !options.threaded ? { share: true } : {}),
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    },
    ...(options.command ? { commandPrefix: `${options.command} ` } : {}),
  });
  // The full detail has nothing more to offer: its note points to asking about less instead.
  const t = createTranslator(presentation.lang);
  const shown: Presentation =
    detail === 'full' || options.threaded
      ? { ...presentation, trimNote: [{ kind: 'muted', text: t.text('trim.noteNoAction') }] }
      : presentation;
  // The vote's identity (query token, language, data version) must fit a value the team layer reads back.
  const feedbackValue = options.token
    ? feedbackValueFor(answer, options.token, presentation.lang)
    : undefined;
  return presentationMessage(shown, {
    answerOs: answer.os,
    sharedBy: options.sharedBy,
    feedbackValue: feedbackValue && decodeFeedbackValue(feedbackValue) ? feedbackValue : undefined,
    noteScope: noteScopeOf(answer),
    threaded: options.threaded,
  });
}
