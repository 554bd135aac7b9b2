/**
 * One fitting strategy for every surface: a renderer states its limits (and how it measures a
 * block in its own format), and this drops or shortens sections by priority until they hold.
 * It replaces per-platform detail levels: Slack's 50 blocks and 3000-character sections,
 * Discord's 25 fields, 1024-character values and 6000 characters per message are all limits here.
 *
 * Order of giving up: first what breaks a per-block limit is cut at its end (rows, lines, fields;
 * a command too long is dropped whole, never cut); then whole sections go, lowest priority first
 * and the later of equals first; only when nothing but essential sections is left are those
 * shortened from their largest block, and dropped last. Title and summary are only clipped.
 */
import { mergeSpans, plainText } from './catalog/index.js';
import type { Block, FitRecord, Inline, Line, Presentation, Section } from './model.js';
import { PRIORITY } from './sections.js';

export interface FitLimits {
  /** Characters of the title and of the summary. */
  maxTitle?: number;
  maxSummary?: number;
  /** Sum of `measure` over every kept heading and block, plus the trim note when shown. */
  maxTotal?: number;
  maxSections?: number;
  maxBlocksPerSection?: number;
  /** `measure` of any one block. */
  maxBlockLength?: number;
  /** Fields in one fields block. */
  maxFields?: number;
  /** A block's length as the renderer will write it (escaping, markup); default: its plain text. */
  measure?: (block: Block) => number;
  /** A heading's length as rendered; default: its characters. */
  measureHeading?: (heading: string) => number;
}

/** Plain-text length of a block: the default measure, and what the text renderer roughly prints. */
export function plainLength(block: Block): number {
  const lines = (list: readonly Line[]) =>
    list.reduce((sum, value) => sum + plainText(value.spans).length + 1, 0);
  switch (block.kind) {
    case 'lines':
      return lines(block.lines);
    case 'fields':
      return block.fields.reduce(
        (sum, field) => sum + plainText(field.label).length + 1 + lines(field.value),
        0,
      );
    case 'table':
      return (
        block.columns.reduce((sum, column) => sum + column.label.length + 2, 0) +
        block.rows.reduce(
          (sum, row) => sum + row.cells.reduce((width, cell) => width + plainText(cell).length + 2, 0),
          0,
        )
      );
    case 'code':
      return plainText(block.label).length + plainText(block.note).length + block.code.length + 2;
    case 'links':
      return block.links.reduce((sum, value) => sum + value.text.length + value.url.length + 2, 0);
  }
}

function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  let end = max - 1;
  const unit = value.charCodeAt(end - 1);
  if (unit >= 0xd800 && unit <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}

/** Spans cut to `max` plain characters, ending with "…"; icons count by their label. */
function clipSpans(spans: readonly Inline[], max: number): Inline[] {
  const out: Inline[] = [];
  let left = Math.max(0, max - 1);
  for (const span of spans) {
    const length = span.kind === 'icon' ? span.label.length : span.text.length;
    if (length <= left) {
      out.push(span);
      left -= length;
      continue;
    }
    if (span.kind !== 'icon' && left > 0) out.push({ ...span, text: span.text.slice(0, left) });
    break;
  }
  out.push({ kind: 'text', text: '…' });
  return mergeSpans(out);
}

function clipLine(value: Line, max: number): Line {
  return { ...value, spans: clipSpans(value.spans, max) };
}

/**
 * One step smaller: the last line, row, field or link goes; a lone line is clipped. Undefined when
 * nothing is left to give (a command is never cut: half a command is worse than none).
 */
function shrinkBlock(block: Block, excess: number): Block | undefined {
  switch (block.kind) {
    case 'lines': {
      if (block.lines.length > 1) return { ...block, lines: block.lines.slice(0, -1) };
      const only = block.lines[0];
      const length = only ? plainText(only.spans).length : 0;
      if (!only || length <= 1) return undefined;
      return { ...block, lines: [clipLine(only, Math.max(1, Math.min(length - 1, length - excess)))] };
    }
    case 'fields': {
      if (block.fields.length > 1) return { ...block, fields: block.fields.slice(0, -1) };
      const only = block.fields[0];
      if (!only) return undefined;
      if (only.value.length > 1) return { ...block, fields: [{ ...only, value: only.value.slice(0, -1) }] };
      const [value] = only.value;
      const length = value ? plainText(value.spans).length : 0;
      if (!value || length <= 1) return undefined;
      return {
        ...block,
        fields: [{ ...only, value: [clipLine(value, Math.max(1, Math.min(length - 1, length - excess)))] }],
      };
    }
    case 'table':
      return block.rows.length > 1 ? { ...block, rows: block.rows.slice(0, -1) } : undefined;
    case 'links':
      return block.links.length > 1 ? { ...block, links: block.links.slice(0, -1) } : undefined;
    case 'code':
      return undefined;
  }
}

/**
 * @example
 * const fitted = fitPresentation(presentAnswer(answer), { maxTotal: 5800, maxFields: 25 });
 * if (fitted.trimmed) showNote(fitted.trimNote, fitted.showAll);
 */
export function fitPresentation(presentation: Presentation, limits: FitLimits): Presentation {
  const measureBlock = limits.measure ?? plainLength;
  // Blocks are never changed in place (a shorter one replaces it), so a measure can be kept.
  const sizes = new WeakMap<Block, number>();
  const measure = (block: Block): number => {
    let size = sizes.get(block);
    if (size === undefined) {
      size = measureBlock(block);
      sizes.set(block, size);
    }
    return size;
  };
  const measureHeading = limits.measureHeading ?? ((heading: string) => heading.length);
  const noteLength = measure({ kind: 'lines', lines: [{ spans: presentation.trimNote }] });
  const record: FitRecord = { dropped: [], shortened: [], clipped: false, note: false };
  const shortened = new Set<string>();
  const title =
    limits.maxTitle !== undefined ? clip(presentation.title, limits.maxTitle) : presentation.title;
  const summary =
    limits.maxSummary !== undefined ? clip(presentation.summary, limits.maxSummary) : presentation.summary;
  record.clipped = title !== presentation.title || summary !== presentation.summary;

  // 1. Per-section and per-block limits: cut at the end.
  const sections: Section[] = presentation.sections.map((section) => {
    let blocks = [...section.blocks];
    let cut = false;
    if (limits.maxBlocksPerSection !== undefined && blocks.length > limits.maxBlocksPerSection) {
      blocks = blocks.slice(0, Math.max(0, limits.maxBlocksPerSection));
      cut = true;
    }
    blocks = blocks.flatMap((original) => {
      let block: Block | undefined = original;
      if (block.kind === 'fields' && limits.maxFields !== undefined)
        block =
          block.fields.length > limits.maxFields
            ? { ...block, fields: block.fields.slice(0, limits.maxFields) }
            : block;
      if (block.kind === 'fields' && block.fields.length === 0) {
        cut = true;
        return [];
      }
      const max = limits.maxBlockLength;
      // Each step removes an element or at least one character: bounded by the block's size.
      for (let step = 0; max !== undefined && block && measure(block) > max && step < 100_000; step++)
        block = shrinkBlock(block, measure(block) - max);
      const kept = block && (max === undefined || measure(block) <= max) ? [block] : [];
      if (kept[0] !== original) cut = true;
      return kept;
    });
    if (cut) shortened.add(section.key);
    return { ...section, blocks };
  });

  const drop = (index: number) => {
    const [gone] = sections.splice(index, 1);
    if (!gone) return;
    shortened.delete(gone.key);
    record.dropped.push({
      key: gone.key,
      id: gone.id,
      part: gone.part,
      ...(gone.heading !== undefined ? { heading: gone.heading } : {}),
    });
  };
  // Emptied by the cuts above, with nothing to say: gone.
  for (let index = sections.length - 1; index >= 0; index--)
    if (sections[index]?.blocks.length === 0 && shortened.has(sections[index]?.key ?? '')) drop(index);

  /** The section to give up next: lowest priority, the later of equals; essential ones last. */
  const victim = (allowEssential: boolean): number => {
    let best = -1;
    sections.forEach((section, index) => {
      if (!allowEssential && section.priority >= PRIORITY.essential) return;
      const current = sections[best];
      if (!current || section.priority <= current.priority) best = index;
    });
    return best;
  };

  // 2. Number of sections.
  if (limits.maxSections !== undefined)
    while (sections.length > Math.max(0, limits.maxSections)) drop(victim(true));

  // 3. The total, with the trim note counted once anything is left out.
  const trimmedNow = () => record.dropped.length > 0 || shortened.size > 0;
  const sectionsTotal = () =>
    sections.reduce(
      (sum, section) =>
        sum +
        (section.heading !== undefined ? measureHeading(section.heading) : 0) +
        section.blocks.reduce((inner, block) => inner + measure(block), 0),
      0,
    );
  const max = limits.maxTotal;
  const noteFits = max !== undefined ? noteLength <= max : true;
  const total = () => sectionsTotal() + (trimmedNow() && noteFits ? noteLength : 0);
  for (let step = 0; max !== undefined && total() > max && step < 100_000; step++) {
    const optional = victim(false);
    if (optional >= 0) {
      drop(optional);
      continue;
    }
    // Only essential sections left: shorten the largest block, then drop the last section.
    let target: { section: number; block: number; size: number } | undefined;
    sections.forEach((section, sectionIndex) => {
      section.blocks.forEach((block, blockIndex) => {
        const size = measure(block);
        if (!target || size > target.size) target = { section: sectionIndex, block: blockIndex, size };
      });
    });
    const section = target ? sections[target.section] : undefined;
    if (!target || !section) {
      drop(sections.length - 1);
      continue;
    }
    const smaller = shrinkBlock(section.blocks[target.block] as Block, total() - max);
    const blocks = [...section.blocks];
    if (smaller) blocks[target.block] = smaller;
    else blocks.splice(target.block, 1);
    sections[target.section] = { ...section, blocks };
    shortened.add(section.key);
    if (blocks.length === 0 && section.heading === undefined) drop(target.section);
  }

  record.shortened = [...shortened];
  record.note = trimmedNow() && noteFits;
  const trimmed = trimmedNow() || record.clipped;
  return { ...presentation, title, summary, sections, ...(trimmed ? { trimmed: record } : {}) };
}
