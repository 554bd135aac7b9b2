/**
 * Slack's limits for the core's one fitting strategy (`fitPresentation`): what a section, a field,
 * the header and the whole message may hold, measured as this adapter writes them. Two budgets:
 *
 * - the screen: a default answer stays within about one screen, SCREEN_LINES visible lines per
 *   answered item (lines as Slack breaks them, fields side by side), so a question gets a short
 *   answer and "Show everything" for the rest;
 * - Block Kit: 50 blocks, 3,000 characters per section text, 10 fields of 2,000, a 150-character
 *   header, and our own bound on the blocks' JSON (BLOCK_KIT_LIMITS.blocksJson).
 *
 * Sections go by the core's priorities; the footer says what was left out.
 */
import {
  type Block,
  type FitLimits,
  type FitRecord,
  fitPresentation,
  type Presentation,
} from '../../../src/index.js';
import { BLOCK_KIT_LIMITS } from '../block-kit-limits.js';
import {
  type ChromeOptions,
  chromeBlocks,
  divider,
  headingMrkdwn,
  type Piece,
  pieceBlock,
  pieceOf,
  toBlocks,
} from './blocks.js';

/** Visible lines of a default answer, per answered item, header and buttons included. */
export const SCREEN_LINES = 25;
/** Room kept in a section for its heading above a block. */
const HEADING_ROOM = 100;
/** Room kept under the JSON bound for what the measure does not see (joins between pieces). */
const JSON_ROOM = 200;
/** Rounds of tightening the section count when blocks split more than expected. */
const ROUNDS = 8;

function piecesLines(piece: Piece): number {
  if ('text' in piece) return piece.text.split('\n').length;
  let rows = 0;
  for (let index = 0; index < piece.fields.length; index += 2) {
    const pair = piece.fields.slice(index, index + 2).map((field) => field.split('\n').length);
    rows += Math.max(...pair);
  }
  return rows;
}

/** Visible lines of one block as Slack shows it (two fields per row). */
export function visibleLines(block: Block): number {
  return piecesLines(pieceOf(block));
}

/** JSON length of one block as its own section block: never less than its share when joined. */
function jsonLength(block: Block): number {
  return JSON.stringify(pieceBlock(pieceOf(block))).length;
}

function chromeOf(presentation: Presentation, options: ChromeOptions) {
  // Measured with the trim note shown, as it may be once anything is left out.
  const noted: Presentation = {
    ...presentation,
    sections: [],
    trimmed: presentation.trimmed ?? { dropped: [], shortened: [], clipped: false, note: true },
  };
  noted.trimmed = { ...(noted.trimmed as FitRecord), note: true };
  const blocks = chromeBlocks(noted, options);
  const dividers = Math.max(0, presentation.parts.length - 1);
  return {
    blocks: blocks.length + dividers,
    json: JSON.stringify(blocks).length + dividers * (JSON.stringify(divider()).length + 1),
    lines: blocks.length,
  };
}

function merge(first: FitRecord | undefined, second: FitRecord | undefined): FitRecord | undefined {
  if (!first || !second) return first ?? second;
  return {
    dropped: [...first.dropped, ...second.dropped],
    shortened: [...new Set([...first.shortened, ...second.shortened])],
    clipped: first.clipped || second.clipped,
    note: first.note || second.note,
  };
}

/** Caps on one block's lines, largest first: a long list is cut rather than a section dropped. */
const BLOCK_LINE_CAPS = [12, 8, 5, 4, 3] as const;

/** What a fit gave up, worst first: the most important section dropped, then how many. */
function loss(fitted: Presentation, priority: ReadonlyMap<string, number>): [number, number] {
  const dropped = fitted.trimmed?.dropped ?? [];
  const worst = Math.max(0, ...dropped.map((entry) => priority.get(entry.key) ?? 0));
  return [worst, dropped.length];
}

/**
 * Within the screen budget; of the block caps, the largest that drops the least (a section of
 * lower priority, or fewer): the top known uses cut to a row rather than all of them dropped.
 */
function screenFit(presentation: Presentation, chromeLines: number): Presentation {
  const lines = SCREEN_LINES * Math.max(1, presentation.parts.length) - chromeLines;
  // The trim note shares the footer's row, already counted in the chrome. (Should the fit measure
  // it some other way, it counts as a line: a line too short, never too long.)
  const measure = (block: Block) =>
    block.kind === 'lines' && block.lines.length === 1 && block.lines[0]?.spans === presentation.trimNote
      ? 0
      : visibleLines(block);
  const priorities = new Map(presentation.sections.map((section) => [section.key, section.priority]));
  const worse = (a: Presentation, b: Presentation) => {
    const [x, y] = [loss(a, priorities), loss(b, priorities)];
    return x[0] !== y[0] ? x[0] > y[0] : x[1] > y[1];
  };
  let best: Presentation | undefined;
  for (const cap of BLOCK_LINE_CAPS) {
    const fitted = fitPresentation(presentation, {
      measure,
      measureHeading: () => 1,
      maxTotal: lines,
      maxBlockLength: cap,
    });
    if (!best || worse(best, fitted)) best = fitted;
  }
  return best ?? presentation;
}

function blockKitLimits(chrome: { blocks: number; json: number }, maxSections: number): FitLimits {
  return {
    maxTitle: BLOCK_KIT_LIMITS.headerText,
    maxTotal: BLOCK_KIT_LIMITS.blocksJson - chrome.json - JSON_ROOM,
    maxSections,
    maxBlocksPerSection: BLOCK_KIT_LIMITS.sectionFields,
    maxBlockLength: BLOCK_KIT_LIMITS.sectionText - HEADING_ROOM,
    maxFields: BLOCK_KIT_LIMITS.sectionFields,
    measure: jsonLength,
    // A heading may open a section of its own (above fields): counted with that text object.
    measureHeading: (heading) => JSON.stringify({ type: 'mrkdwn', text: headingMrkdwn(heading) }).length + 10,
  };
}

/**
 * The presentation cut to Slack's limits: the screen budget for the default detail, then Block
 * Kit's. A section usually maps to one block; when the mapping needs more blocks than are left,
 * the section count is tightened by the excess and the fit tried again.
 * @example fitForSlack(presentAnswer(answer, { token }), { answerOs: null }).trimmed?.dropped
 */
export function fitForSlack(presentation: Presentation, options: ChromeOptions): Presentation {
  const chrome = chromeOf(presentation, options);
  const screened = presentation.detail === 'default' ? screenFit(presentation, chrome.lines) : presentation;
  let maxSections = BLOCK_KIT_LIMITS.blocks - chrome.blocks;
  let json = chrome.json;
  let fitted = screened;
  for (let round = 0; round < ROUNDS; round++) {
    fitted = fitPresentation(screened, blockKitLimits({ ...chrome, json }, maxSections));
    if (fitted.trimmed !== screened.trimmed) {
      const trimmed = merge(screened.trimmed, fitted.trimmed);
      fitted = { ...fitted, ...(trimmed ? { trimmed } : {}) };
    }
    // The measure is meant to be on the safe side; should the mapping still come out larger,
    // the budget shrinks by the excess and the fit runs again.
    const blocks = toBlocks(fitted, options);
    const extraBlocks = blocks.length - BLOCK_KIT_LIMITS.blocks;
    const extraJson = JSON.stringify(blocks).length - BLOCK_KIT_LIMITS.blocksJson;
    if (extraBlocks <= 0 && extraJson <= 0) break;
    if (extraBlocks > 0)
      maxSections = Math.max(1, Math.min(maxSections, fitted.sections.length) - extraBlocks);
    if (extraJson > 0) json += extraJson + JSON_ROOM;
  }
  return fitted;
}
