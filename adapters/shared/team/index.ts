/** What both chat adapters use of the team's notes, votes and settings. */
export {
  answerIdOf,
  dataVersionTag,
  decodeFeedbackValue,
  encodeFeedbackValue,
  type FeedbackIdentity,
  feedbackValueFor,
  MAX_FEEDBACK_VALUE_LENGTH,
} from './feedback-value.js';
export {
  DEFAULT_NOTES_SETTINGS,
  type NotesEditors,
  type NotesSettings,
  type NotesSettingsRead,
  readNotesSettings,
} from './settings.js';
export {
  type AnswerNotes,
  createTeam,
  DEFAULT_NOTE_WRITE_LIMIT,
  FEEDBACK_REPORT_DAYS,
  NOTES_READ_BUDGET_MS,
  NOTES_REVISION_TTL_MS,
  type Team,
  type TeamActor,
  type TeamDeps,
  type TeamPlatform,
  type TeamReply,
  type TeamRequestOptions,
} from './team.js';
export { discordWorkspaceId, slackWorkspaceId } from './workspace-id.js';
