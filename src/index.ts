/**
 * portbot's core: the public surface adapters import. Pure functions and data, no I/O.
 * It holds only what an adapter, a script or a benchmark imports (test/architecture/public-surface.test.ts);
 * tests reach the rest through the modules themselves.
 */
export type { Shell } from './checks/commands.js';
export { type CheckOs, toCheckOs } from './checks/os.js';
export { createEmbeddedRegistry } from './knowledge/embedded-registry.js';
export {
  checkRegistryImport,
  DEFAULT_MIN_REGISTRY_ROWS,
  encodeRegistryCache,
  openRegistryCache,
  parseRegistryCsv,
  type RegistryImportStats,
} from './knowledge/iana-import/index.js';
export { createKnowledge, type Knowledge } from './knowledge/knowledge.js';
export type { KnownUse } from './knowledge/known-use.js';
export { createKnownUseLines } from './knowledge/known-use-lines.js';
export { readKnownUseLines } from './knowledge/known-use-lines-data.js';
export { type KoreanUseTexts, loadKoreanUseTexts } from './knowledge/korean-texts.js';
export { flattenPrevalidatedKnownUses } from './knowledge/load-known-uses.js';
export { readNameTable } from './knowledge/name-table-data.js';
export { createRegistry, type Registry } from './knowledge/registry.js';
export type { DataSource, RegistryData } from './knowledge/registry-record.js';
export type { SearchableText } from './knowledge/searchable-text.js';
export { TRANSPORTS, type Transport } from './port/transport.js';
export { createTranslator, LANGS, type Lang, type MessageKey, plainText } from './present/catalog/index.js';
export { KO_QUESTION_EXAMPLES } from './present/catalog/ko-facts.js';
export { type FitLimits, fitPresentation } from './present/fit.js';
export type {
  Action,
  ActionId,
  Block,
  CodeBlock,
  Detail,
  Field,
  FitRecord,
  Inline,
  Line,
  Presentation,
  Section,
  TeamNoteInput,
  Tone,
} from './present/model.js';
export { canonicalPathOf, inLang, serviceSlug, serviceWord } from './present/page-path.js';
export { type PresentOptions, presentAnswer } from './present/present-answer.js';
export { presentNotice, presentProblem } from './present/present-notice.js';
export { renderPresentationText } from './present/render-text.js';
export {
  type Problem,
  type ProblemCode,
  QUESTION_EXAMPLES,
  type UsageProblemCode,
} from './problems.js';
export {
  BUTTON_VALUE_OVERHEAD,
  decodeButtonValue,
  encodeButtonValue,
} from './question/button-value.js';
export {
  type ChatLanguage,
  chooseChatLanguage,
  languageFromLocaleEnv,
  languageOf,
} from './question/language.js';
export { formatNoteScope, type NoteScope, parseNoteScope } from './question/note-scope.js';
export {
  MAX_ITEMS,
  MAX_QUESTION_LENGTH,
  MAX_RANGE_PORTS,
  type ParseOptions,
  parseQuestion,
} from './question/parse-question.js';
export type { Query } from './question/query.js';
export { decodeQueryToken, encodeQueryToken, MAX_QUERY_TOKEN_LENGTH } from './question/query-token.js';
export { ANSWER_SCHEMA_VERSION, type Answer, type AnswerOutcome } from './report/answer.js';
export { answerQuery, answerQuestion } from './report/answer-question.js';
export { completeQuestion } from './report/complete.js';
export { localizeAnswer } from './report/localize-answer.js';
export { renderProblemText } from './report/render-text.js';
export type { TextStyle } from './report/text-style.js';
export type { Coded, Failed, Ok } from './result.js';
export { MAX_NOTE_LENGTH } from './team/note-text.js';
export {
  MAX_MISSING_LENGTH,
  presentTeamOutcome,
  type TeamOutcome,
  type TeamRefusal,
  toTeamNoteInput,
} from './team/present-team.js';
export { parseTeamCommand, type TeamCommand } from './team/team-command.js';
