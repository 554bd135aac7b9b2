/**
 * fitPresentation: whatever the limits, the result keeps them, keeps title and summary, gives up
 * the lowest priority first, never cuts a command, and records what it left out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  type Block,
  type FitLimits,
  fitPresentation,
  type Presentation,
  presentAnswer,
  renderPresentationText,
  type Section,
} from '../../src/index.js';
import { plainLength } from '../../src/present/fit.js';
import { PRIORITY } from '../../src/present/sections.js';
import { testKnowledge } from '../support/knowledge.js';

function present(question: string, detail: 'default' | 'full' = 'full'): Presentation {
  const outcome = answerQuestion(question, testKnowledge());
  if (!outcome.ok) throw new Error(question);
  return presentAnswer(outcome.value, {
    detail,
    token: 'tok',
    teamNotes: [{ text: 'Ask ops first.', author: 'Mina', date: '2026-12-01' }],
  });
}

const SAMPLES = [
  present('8080'),
  present('22 80 443 3389 5432 6379 8080 27017 9200 11211'),
  present('6000-6127'),
  present('postgres kafka zzzzqq'),
  present('60140', 'default'),
  present('ephemeral ports'),
];

/** A measure like a chat renderer's: markup and escaping make text longer than its characters. */
const markupMeasure = (block: Block) => Math.ceil(plainLength(block) * 1.2) + 10;

function total(presentation: Presentation, limits: FitLimits): number {
  const measure = limits.measure ?? plainLength;
  const sections = presentation.sections.reduce(
    (sum, section) =>
      sum +
      (section.heading?.length ?? 0) +
      section.blocks.reduce((inner, block) => inner + measure(block), 0),
    0,
  );
  const note = presentation.trimmed?.note
    ? measure({ kind: 'lines', lines: [{ spans: presentation.trimNote }] })
    : 0;
  return sections + note;
}

function expectWithin(fitted: Presentation, original: Presentation, limits: FitLimits): void {
  const measure = limits.measure ?? plainLength;
  if (limits.maxTotal !== undefined) expect(total(fitted, limits)).toBeLessThanOrEqual(limits.maxTotal);
  if (limits.maxSections !== undefined)
    expect(fitted.sections.length).toBeLessThanOrEqual(limits.maxSections);
  for (const section of fitted.sections) {
    if (limits.maxBlocksPerSection !== undefined)
      expect(section.blocks.length).toBeLessThanOrEqual(limits.maxBlocksPerSection);
    for (const block of section.blocks) {
      if (limits.maxBlockLength !== undefined)
        expect(measure(block)).toBeLessThanOrEqual(limits.maxBlockLength);
      if (block.kind === 'fields' && limits.maxFields !== undefined)
        expect(block.fields.length).toBeLessThanOrEqual(limits.maxFields);
    }
  }
  // Title and summary stay (clipped at most), in their place.
  expect(fitted.title.length).toBeGreaterThan(0);
  expect(fitted.summary.length).toBeGreaterThan(0);
  expect(original.title.startsWith(fitted.title.replace(/…$/, ''))).toBe(true);
  expect(original.summary.startsWith(fitted.summary.replace(/…$/, ''))).toBe(true);
  if (limits.maxTitle !== undefined) expect(fitted.title.length).toBeLessThanOrEqual(limits.maxTitle);
  // Commands are never cut: every code block is one of the original ones, whole.
  const codes = new Set(
    original.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'code' ? [block.code] : [])),
    ),
  );
  for (const section of fitted.sections)
    for (const block of section.blocks) if (block.kind === 'code') expect(codes.has(block.code)).toBe(true);
  // What left is recorded; what stays keeps its order.
  const keys = original.sections.map((section) => section.key);
  const kept = fitted.sections.map((section) => section.key);
  expect(kept).toEqual(keys.filter((key) => kept.includes(key)));
  // Every kept section that lost something is recorded as shortened.
  for (const section of fitted.sections) {
    const before = original.sections.find((entry) => entry.key === section.key);
    if (JSON.stringify(before?.blocks) !== JSON.stringify(section.blocks))
      expect(fitted.trimmed?.shortened, section.key).toContain(section.key);
  }
  const dropped = fitted.trimmed?.dropped.map((entry) => entry.key) ?? [];
  expect([...kept, ...dropped].sort()).toEqual([...keys].sort());
}

const limitsArbitrary = fc.record(
  {
    maxTitle: fc.integer({ min: 10, max: 200 }),
    maxSummary: fc.integer({ min: 10, max: 200 }),
    maxTotal: fc.integer({ min: 200, max: 12_000 }),
    maxSections: fc.integer({ min: 1, max: 60 }),
    maxBlocksPerSection: fc.integer({ min: 1, max: 40 }),
    maxBlockLength: fc.integer({ min: 300, max: 4000 }),
    maxFields: fc.integer({ min: 1, max: 25 }),
    measure: fc.constantFrom(undefined, markupMeasure),
  },
  { requiredKeys: [] },
);

describe('fitPresentation', () => {
  it('keeps every limit, title and summary, and whole commands, for any limits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), limitsArbitrary, (presentation, raw) => {
        const limits = Object.fromEntries(
          Object.entries(raw).filter(([, value]) => value !== undefined),
        ) as FitLimits;
        expectWithin(fitPresentation(presentation, limits), presentation, limits);
      }),
      { numRuns: 300 },
    );
  });

  it('gives up the lowest priority first when only the total is short', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.integer({ min: 300, max: 8000 }),
        (presentation, maxTotal) => {
          const fitted = fitPresentation(presentation, { maxTotal });
          const dropped = fitted.trimmed?.dropped ?? [];
          const droppedPriorities = dropped.map(
            (entry) => presentation.sections.find((section) => section.key === entry.key)?.priority ?? 0,
          );
          const keptOptional = fitted.sections.filter((section) => section.priority < PRIORITY.essential);
          // Dropping goes in ascending priority, and nothing kept ranks below anything dropped.
          expect(droppedPriorities).toEqual([...droppedPriorities].sort((a, b) => a - b));
          for (const section of keptOptional)
            expect(section.priority).toBeGreaterThanOrEqual(Math.max(0, ...droppedPriorities));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('drops the later of two equal sections first, and records what it dropped', () => {
    const block = (size: number): Block => ({
      kind: 'lines',
      lines: [{ spans: [{ kind: 'text', text: 'x'.repeat(size) }] }],
    });
    const section = (key: string, priority: number): Section => ({
      id: 'port.tips',
      key,
      part: null,
      heading: key,
      priority,
      blocks: [block(100)],
    });
    const base = SAMPLES[0] as Presentation;
    const presentation: Presentation = {
      ...base,
      sections: [section('a', 40), section('b', 20), section('c', 40), section('d', 100), section('e', 20)],
    };
    const fitted = fitPresentation(presentation, { maxTotal: 2 * 101 + 101 + base.trimNote.length + 80 });
    expect(fitted.trimmed?.dropped.map((entry) => entry.key)).toEqual(['e', 'b']);
    expect(fitted.sections.map((entry) => entry.key)).toEqual(['a', 'c', 'd']);
    expect(fitted.trimmed?.note).toBe(true);
    expect(renderPresentationText(fitted)).toContain('Shortened to fit: use “Show everything” for the rest.');
    expect(fitted.showAll?.id).toBe('detail.full');
  });

  it('leaves a presentation that fits as it is', () => {
    const presentation = present('22');
    const fitted = fitPresentation(presentation, {
      maxTotal: 100_000,
      maxFields: 25,
      maxBlockLength: 10_000,
    });
    expect(fitted).toEqual(presentation);
    expect(fitted.trimmed).toBeUndefined();
  });

  it("fits a ten-port answer into Discord's limits and Slack's", () => {
    const presentation = SAMPLES[1] as Presentation;
    const discord = fitPresentation(presentation, {
      maxTitle: 256,
      maxTotal: 5500,
      maxFields: 25,
      maxBlockLength: 1024,
    });
    const slack = fitPresentation(presentation, {
      maxTitle: 150,
      maxTotal: 9000,
      maxSections: 45,
      maxBlockLength: 2900,
      measure: markupMeasure,
    });
    for (const [fitted, limits] of [
      [discord, { maxTotal: 5500, maxFields: 25, maxBlockLength: 1024 }],
      [slack, { maxTotal: 9000, maxSections: 45, maxBlockLength: 2900, measure: markupMeasure }],
    ] as const) {
      expectWithin(fitted, presentation, limits);
      expect(fitted.trimmed?.dropped.length).toBeGreaterThan(0);
      // The essentials of every port stay: each port's headline and its commands.
      for (const [index] of presentation.parts.entries())
        expect(
          fitted.sections.some((section) => section.part === index && section.id === 'port.overview'),
        ).toBe(true);
    }
  });
});
