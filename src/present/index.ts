/** The presentation layer's public surface: re-exported from src/index.ts. */

export { findCatalogProblems } from './catalog/check.js';
export {
  CATALOGS,
  type Catalog,
  createTranslator,
  LANGS,
  type Lang,
  type MessageKey,
  type ParamValue,
  plainText,
  type Translator,
} from './catalog/index.js';
export { KO_QUESTION_EXAMPLES } from './catalog/ko-facts.js';
export { type Message, type PluralMessage, placeholdersIn } from './catalog/types.js';
export { type FitLimits, fitPresentation, plainLength } from './fit.js';
export { userText } from './inline.js';
export type {
  Action,
  ActionId,
  Block,
  CodeBlock,
  Detail,
  Field,
  FitRecord,
  IconName,
  Inline,
  Line,
  Presentation,
  PresentationPart,
  Section,
  TableColumn,
  TableRow,
  TeamNoteInput,
  Tone,
} from './model.js';
export { osMatters, type PresentOptions, presentAnswer } from './present-answer.js';
export {
  type NoticeKind,
  type NoticeOptions,
  presentNotice,
  presentProblem,
  problemText,
} from './present-notice.js';
export { renderPresentationText } from './render-text.js';
export { PRIORITY, SECTION_IDS, SECTIONS, type SectionId } from './sections.js';
