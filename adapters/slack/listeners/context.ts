/** What every listener is given: the core's knowledge, logging, the question's journey, policies. */
import type { Knowledge, Lang } from '../../../src/index.js';
import type { DedupeStore } from '../../shared/event-dedupe.js';
import type { Logger } from '../../shared/logger.js';
import type {
  HandleQuestion,
  PresentBag,
  QuestionContext,
  QuestionKind,
  QuestionPlan,
} from '../../shared/question-journey.js';
import type { Team } from '../../shared/team/team.js';
import { slackWorkspaceId } from '../../shared/team/workspace-id.js';
import type { SlackMessage } from '../block-kit-limits.js';
import { toApologyMessage, toSlowDownMessage } from '../render/notice-message.js';
import type { RateLimitPolicy } from '../web-api.js';

export interface ListenerContext {
  knowledge: () => Knowledge;
  logger: Logger;
  /** The slash command as registered ("/port"). */
  command: string;
  dedupe: DedupeStore;
  /** How a 429 from Slack's Web API is honoured (not to be confused with the per-user limit). */
  rateLimit: RateLimitPolicy;
  /** Rate limit, reply cache, answer, send, metric, log line, apology: the shared journey. */
  handleQuestion: HandleQuestion;
  /** What every answer's presentation is given whoever asks (the pages' origin, for a link). */
  present: PresentBag;
  /** The team's notes, votes and settings; absent, answers come without them. */
  team?: Team | undefined;
  /** `PORTBOT_LANG`: the language when neither the question nor the person chose one. */
  defaultLang: Lang;
}

/** How long a claimed event id or message is remembered: Slack retries within minutes. */
export const DEDUPE_TTL_MS = 10 * 60_000;

/** Who asked and where: the workspace is the team (an Enterprise Grid org when no team is sent). */
export function slackQuestionContext(
  listener: Pick<ListenerContext, 'present'>,
  team: string | undefined,
  enterprise: string | undefined,
  user: string | undefined,
  lang: Lang = 'en',
): QuestionContext {
  return {
    platform: 'slack',
    workspace: slackWorkspaceId({ teamId: team, enterpriseId: enterprise }) ?? '-',
    user,
    lang,
    present: listener.present,
  };
}

/** The notes every Slack entry point shares: slowing down and the apology. */
export function slackPlan(
  kind: QuestionKind,
  context: QuestionContext,
  plan: Omit<QuestionPlan<SlackMessage>, 'kind' | 'context' | 'slowDown' | 'apology'>,
): QuestionPlan<SlackMessage> {
  return {
    kind,
    context,
    slowDown: (seconds, asked) => toSlowDownMessage(seconds, asked.lang),
    apology: (correlationId, asked) => toApologyMessage(correlationId, asked.lang),
    ...plan,
  };
}
