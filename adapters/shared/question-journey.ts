/**
 * The journey of every question, whichever platform and entry point it came through: a clock and
 * a correlation id from the moment it arrives, the per-user rate limit, the reply cache, the
 * answer, sending it, the metric and one info log line, and an apology when something of ours
 * fails. The platform supplies only what differs: how a reply is built and how it is sent.
 *
 *   question → limit? ─ over → slow-down note ───────────────┐
 *                     └ ok → cache ─ hit ─────────────────────┤
 *                                  └ miss → prepare → answer ─┴→ send → count + log line
 *                     (any failure → error line → apology, best effort)
 *
 * What an answer will depend on next goes into the context: team notes into `present.teamNotes`
 * (read by `prepare`, only when the reply is built, and the notes' revision into `revision`, so
 * that a cached reply is not reused after a note changes), feedback buttons into
 * `present.actions`, the asker's language into `lang`. Renderers receive
 * `presentOptionsOf(context)` and spread it into `presentAnswer`.
 */
import type { Knowledge, Lang, PresentOptions } from '../../src/index.js';
import { type AnswerOutcome, type AnswerRecorder, startAnswerClock } from './answer-recorder.js';
import { createKnowledgeCache, type KnowledgeCache } from './knowledge-cache.js';
import type { Logger } from './logger.js';
import { NO_RATE_LIMIT, type RateLimiter, rateLimitKey } from './rate-limit.js';

/** How a question came: a slash command, an @mention, a DM, "Explain ports", a button, or typing. */
export type QuestionKind = 'command' | 'mention' | 'dm' | 'shortcut' | 'button' | 'autocomplete';

/**
 * What the context adds to a presentation: team notes, Korean texts, optional actions (feedback,
 * add a note, open in the browser). Renderers spread it into `presentAnswer`'s options.
 */
export type PresentBag = Pick<
  PresentOptions,
  'lang' | 'teamNotes' | 'teamNotesUnavailable' | 'koreanTexts' | 'actions'
>;

/**
 * Who asked, where, and how the answer is to be presented. Renderers receive it whole, so that
 * what a presentation needs to know (team notes, feedback buttons, the language) is one field of
 * `present` away.
 */
export interface QuestionContext<Present extends object = PresentBag> {
  platform: string;
  /** Slack: the team (or enterprise) id; Discord: the guild id, or `dm`. */
  workspace: string;
  /** Without a user there is no one to limit (platforms always name people). */
  user: string | undefined;
  lang: Lang;
  /** Whatever the platform's renderers are handed; part of the reply's identity via `revision`. */
  present: Present;
}

/** A reply and how it counts: `answered` for a report (help included), `user_error` for a note. */
export interface Reply<Message> {
  message: Message;
  outcome: Extract<AnswerOutcome, 'answered' | 'user_error'>;
}

/** Why a message is being sent, so the platform can send each kind its own way (e.g. privately). */
export type Purpose = 'answer' | 'slow-down' | 'apology';

export interface QuestionPlan<Message, Present extends object = PresentBag> {
  kind: QuestionKind;
  context: QuestionContext<Present>;
  /** What was asked, as the reply cache's key and the debug log line's text. */
  input: string;
  /**
   * Cached under this revision (anything else the reply depends on: a command name, a reply mode);
   * absent: built every time.
   */
  revision?: string | undefined;
  /** Take a token from the asker's bucket (default true; help and autocomplete are exempt). */
  limited?: boolean;
  /** Count it in the metrics and write its answer line (default true; autocomplete is not). */
  counted?: boolean;
  /** Extra fields of the failure's log line (`via`, a channel, …). */
  logFields?: Record<string, unknown>;
  /**
   * What only a reply being built needs, read asynchronously (the team's notes on the ports it
   * names): skipped when a cached reply is served, so a cache hit reads nothing. `keep: false`
   * builds the reply without caching it (the notes were unavailable: the next one tries again).
   */
  prepare?(context: QuestionContext<Present>): Promise<Prepared<Present>>;
  /** Builds the reply (through the cache when `revision` is given). May throw: that is a bug. */
  answer(context: QuestionContext<Present>): Reply<Message>;
  slowDown(retryAfterSeconds: number, context: QuestionContext<Present>): Message;
  apology(correlationId: string, context: QuestionContext<Present>): Message;
  send(message: Message, sent: { purpose: Purpose; outcome: AnswerOutcome }): Promise<unknown> | undefined;
}

/** The context a reply is built in, after `prepare`, and whether the reply may be cached. */
export interface Prepared<Present extends object = PresentBag> {
  context: QuestionContext<Present>;
  keep: boolean;
}

export interface QuestionJourneyOptions {
  platform: string;
  logger: Logger;
  knowledge: () => Knowledge;
  answers?: AnswerRecorder | undefined;
  rateLimiter?: RateLimiter | undefined;
  /** Replies kept for repeated questions (0 turns the cache off). */
  replyCacheEntries: number;
}

/** What became of the question, and the id its log lines and apology carry. */
export interface JourneyEnd {
  outcome: AnswerOutcome;
  correlationId: string;
}

interface Decision<Message> {
  message: Message;
  outcome: AnswerOutcome;
  purpose: Purpose;
}

export type HandleQuestion = <Message, Present extends object>(
  plan: QuestionPlan<Message, Present>,
) => Promise<JourneyEnd>;

/** The presentation options a question's context gives: its language, then its bag. */
export function presentOptionsOf(context: QuestionContext): PresentBag {
  return { lang: context.lang, ...context.present };
}

/** The reply cache's key: the same question, asked the same way, in the same place and language. */
export function replyCacheKey(
  kind: QuestionKind,
  input: string,
  context: Pick<QuestionContext, 'platform' | 'workspace' | 'lang'>,
  revision: string,
): string {
  return [context.platform, kind, context.workspace, context.lang, revision, input].join('\u0000');
}

/**
 * @example
 * const handleQuestion = createQuestionJourney({ platform: 'slack', logger, knowledge, replyCacheEntries: 256 });
 * await handleQuestion({ kind: 'command', context, input: text, revision: '/port', answer, slowDown, apology, send });
 */
export function createQuestionJourney(options: QuestionJourneyOptions): HandleQuestion {
  const { logger, platform } = options;
  const limiter = options.rateLimiter ?? NO_RATE_LIMIT;
  // Replies of every entry point share one cache; their keys keep them apart.
  const cache: KnowledgeCache<Reply<unknown>> = createKnowledgeCache(options.replyCacheEntries);

  async function decide<Message, Present extends object>(
    plan: QuestionPlan<Message, Present>,
  ): Promise<Decision<Message>> {
    const { context } = plan;
    if (plan.limited !== false && context.user !== undefined) {
      const key = rateLimitKey(platform, context.workspace, context.user);
      const { allowed, retryAfterSeconds } = await limiter.take(key);
      if (!allowed)
        return {
          message: plan.slowDown(retryAfterSeconds, context),
          outcome: 'rate_limited',
          purpose: 'slow-down',
        };
    }
    const knowledge = options.knowledge();
    const key =
      plan.revision === undefined ? undefined : replyCacheKey(plan.kind, plan.input, context, plan.revision);
    const cached = key === undefined ? undefined : (cache.peek(knowledge, key) as Reply<Message> | undefined);
    if (cached) return { ...cached, purpose: 'answer' };
    const prepared = plan.prepare ? await plan.prepare(context) : { context, keep: true };
    const reply = plan.answer(prepared.context);
    if (key !== undefined && prepared.keep) cache.put(knowledge, key, reply);
    return { ...reply, purpose: 'answer' };
  }

  return async function handleQuestion<Message, Present extends object>(
    plan: QuestionPlan<Message, Present>,
  ): Promise<JourneyEnd> {
    const counted = plan.counted !== false;
    const clock = startAnswerClock({
      logger: counted ? logger : { info: () => {} },
      answers: counted ? options.answers : undefined,
      adapter: platform,
      kind: plan.kind,
    });
    const { correlationId } = clock;
    const fields = { via: plan.kind, ...plan.logFields };
    const fail = (error: unknown) => {
      logger.error({ err: error, correlationId, ...fields }, 'could not answer');
      clock.done('failed');
    };
    const apologise = async () => {
      try {
        await plan.send(plan.apology(correlationId, plan.context), { purpose: 'apology', outcome: 'failed' });
      } catch (error) {
        logger.warn({ err: error, what: 'apology', correlationId }, 'follow-up failed');
      }
    };

    logger.debug({ via: plan.kind, correlationId, text: plan.input }, 'question');
    let decided: Decision<Message>;
    try {
      decided = await decide(plan);
    } catch (error) {
      fail(error);
      await apologise();
      return { outcome: 'failed', correlationId };
    }
    try {
      await plan.send(decided.message, { purpose: decided.purpose, outcome: decided.outcome });
    } catch (error) {
      fail(error);
      await apologise();
      return { outcome: 'failed', correlationId };
    }
    clock.done(decided.outcome);
    return { outcome: decided.outcome, correlationId };
  };
}
