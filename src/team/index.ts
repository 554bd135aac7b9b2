/** The team's commands, notes and feedback in the core: re-exported from src/index.ts. */
export { MAX_NOTE_LENGTH, neutraliseNoteText, noteLength } from './note-text.js';
export {
  type FeedbackRowView,
  formatNoteDate,
  MAX_MISSING_LENGTH,
  MAX_NOTES_PER_WORKSPACE,
  type NoteChangeView,
  presentTeamOutcome,
  type TeamNoteView,
  type TeamOutcome,
  type TeamPresentOptions,
  type TeamRefusal,
  toTeamNoteInput,
} from './present-team.js';
export {
  MAX_NOTES_PAGE,
  parseTeamCommand,
  TEAM_PROBLEM_CODES,
  TEAM_WORDS,
  type TeamCommand,
  type TeamCommandKind,
  type TeamCommandParse,
  type TeamLang,
  type TeamProblemCode,
} from './team-command.js';
