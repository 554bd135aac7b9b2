/**
 * Whole messages as Discord API JSON: an answer (embeds and OS buttons, no text beside them), a
 * problem with the question, or an internal error. The gateway sends these through discord.js and
 * the HTTP endpoint puts them in its response body; nothing a user typed can ping anyone.
 */
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  MessageFlags,
} from 'discord.js';
import {
  type Answer,
  type CheckOs,
  createTranslator,
  type Detail,
  type KoreanUseTexts,
  type Lang,
  type Presentation,
  type Problem,
  presentNotice,
  presentProblem,
  renderProblemText,
} from '../../src/index.js';
import { dataVersionTag } from '../shared/team/index.js';
import { renderButtons, renderPrivateButtons } from './buttons.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { clip } from './markdown.js';
import { type EmbedOptions, fitForDiscord, presentationEmbeds, presentForDiscord } from './render-embeds.js';

/** The body of a message: an interaction callback's `data`, or a channel message. */
export interface DiscordMessage {
  /**
   * Text above the embeds. Problems and notices are text only; answers have none, as Discord shows
   * the embed's title right below it and a copy of the title read as a stutter. An update sends ''
   * (see answerButton in interaction-handler.ts).
   */
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  flags?: number;
  /** Always empty: mentions echoed from a question must never notify anyone. */
  allowed_mentions: { parse: [] };
}

export const NO_MENTIONS = { parse: [] as [] };

/**
 * An answer in the detail asked for (default: short), its commands for `os` (default: the one
 * asked about, else Linux), with the presentation's buttons (OS choice, "Show everything") when
 * there is a query token for them.
 */
export function renderAnswerMessage(
  answer: Answer,
  token: string | undefined,
  options: {
    ephemeral: boolean;
    detail?: Detail;
    os?: CheckOs | null;
    present?: EmbedOptions['present'];
    publicUrl?: string | undefined;
    /** The answer's language (`chooseChatLanguage`); English when absent. */
    lang?: Lang;
    /** Korean curated texts, loaded on the first Korean answer (`loadKoreanUseTexts`). */
    koreanTexts?: KoreanUseTexts;
  },
): DiscordMessage {
  const presentation = presentForDiscord(answer, {
    present: options.present,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.koreanTexts ? { koreanTexts: options.koreanTexts } : {}),
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.os ? { os: options.os } : {}),
    ...(token ? { token } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  return {
    embeds: presentationEmbeds(presentation),
    components: renderButtons(presentation, { dataVersion: dataVersionTag(answer.data) }),
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowed_mentions: NO_MENTIONS,
  };
}

/**
 * A reply to a team command, a vote or a form: always private (flag 64), as an embed (with
 * "More" under a page of notes); author
 * names in it are plain text and `allowed_mentions` is empty, so nothing pings.
 */
export function renderPrivateMessage(presentation: Presentation): DiscordMessage {
  return {
    embeds: presentationEmbeds(fitForDiscord(presentation)),
    // "More" under a page of notes; nothing else in a private reply has a button.
    components: renderPrivateButtons(presentation),
    flags: MessageFlags.Ephemeral,
    allowed_mentions: NO_MENTIONS,
  };
}

/** A problem's reason and the hint, in the question's language (English: the problem's own message). */
export function problemContent(problem: Problem, lang: Lang = 'en'): string {
  if (lang === 'en') return renderProblemText(problem);
  return `${presentProblem(problem, { lang }).summary}\n${createTranslator(lang).text('notice.hint')}`;
}

/** A problem with the question: plain text, private wherever Discord allows it. */
export function renderProblemMessage(
  problem: Problem,
  options: { ephemeral: boolean; lang?: Lang },
): DiscordMessage {
  return {
    content: clip(problemContent(problem, options.lang), DISCORD_LIMITS.content),
    embeds: [],
    components: [],
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowed_mentions: NO_MENTIONS,
  };
}

/** A private one-line notice (a stale button, an unknown command). */
export function renderNoticeMessage(text: string): DiscordMessage {
  return {
    content: clip(text, DISCORD_LIMITS.content),
    embeds: [],
    components: [],
    flags: MessageFlags.Ephemeral,
    allowed_mentions: NO_MENTIONS,
  };
}

/** A button this version cannot read (an answer from an older one): private, asks again. */
export function renderExpiredButtonMessage(lang: Lang = 'en'): DiscordMessage {
  return renderNoticeMessage(presentNotice('expired-button', { lang }).summary);
}

/** For someone over the rate limit: private, with how long to wait. */
export function renderSlowDownMessage(retryAfterSeconds: number, lang: Lang = 'en'): DiscordMessage {
  return renderNoticeMessage(presentNotice('rate-limited', { retryAfterSeconds, lang }).summary);
}

/** A command name portbot does not define (the registration is out of date). */
export function renderUnknownCommandMessage(lang: Lang = 'en'): DiscordMessage {
  return renderNoticeMessage(createTranslator(lang).text('notice.unknownCommand'));
}

/** Our own failure: always private, with the id to find it in the logs. */
export function renderErrorMessage(correlationId: string, lang: Lang = 'en'): DiscordMessage {
  return {
    content: clip(presentNotice('apology', { correlationId, lang }).summary, DISCORD_LIMITS.content),
    embeds: [],
    components: [],
    flags: MessageFlags.Ephemeral,
    allowed_mentions: NO_MENTIONS,
  };
}
