/**
 * The section registry is the one list a new section is added to: each id has a heading in every
 * catalog and a priority, and the presentations of real answers use exactly these ids, headed by
 * those headings. A renderer maps blocks and never names a section, so it needs no change.
 */
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  createTranslator,
  LANGS,
  type Presentation,
  presentAnswer,
  presentNotice,
  presentProblem,
} from '../../src/index.js';
import { CATALOGS } from '../../src/present/catalog/index.js';
import { PRIORITY, SECTION_IDS, SECTIONS, type SectionId } from '../../src/present/sections.js';
import { testKnowledge } from '../support/knowledge.js';

function presentations(): Presentation[] {
  const knowledge = testKnowledge();
  const out: Presentation[] = [];
  for (const question of [
    '8080',
    '60140',
    '6000-6010',
    'postgres',
    'ephemeral ports',
    'help',
    '22 80 zzzzqq',
    'rdp 22',
    'about',
    'about 22',
    'kubernetes ports',
    'open 5432 in the firewall',
    'is 5000 a good port for my app',
    'suggest a port',
    '1-65535',
  ]) {
    const outcome = answerQuestion(question, knowledge);
    if (!outcome.ok) throw new Error(question);
    out.push(
      presentAnswer(outcome.value, {
        teamNotes: [{ text: 'Ask ops first.', author: 'Mina', date: '2026-12-01' }],
      }),
    );
  }
  const problem = answerQuestion('99999', knowledge);
  if (!problem.ok) out.push(presentProblem(problem.problem));
  out.push(presentNotice('hint'));
  return out;
}

const ALL = presentations();

describe.each(SECTION_IDS.map((id) => [id]))('section %s', (id: SectionId) => {
  const entry = SECTIONS[id];

  it.each(LANGS.map((lang) => [lang]))('has its heading in the %s catalog', (lang) => {
    expect(CATALOGS[lang][entry.heading], entry.heading).toBeDefined();
  });

  it('has a priority in range', () => {
    expect(entry.priority).toBeGreaterThan(0);
    expect(entry.priority).toBeLessThanOrEqual(PRIORITY.essential);
  });

  it('appears in a real presentation, headed by its catalog heading when always headed', () => {
    const found = ALL.flatMap((presentation) => presentation.sections).filter((section) => section.id === id);
    expect(found.length).toBeGreaterThan(0);
    if (entry.headed === 'always' && id !== 'port.checks')
      for (const section of found) expect(section.heading).toBe(createTranslator('en').textOf(entry.heading));
    if (entry.headed === 'never') for (const section of found) expect(section.heading).toBeUndefined();
  });
});

describe('every presentation', () => {
  it.each(ALL.map((presentation) => [presentation.title, presentation]))(
    '%s uses registered ids in registry order',
    (_title, presentation) => {
      const order = new Map(SECTION_IDS.map((id, index) => [id, index]));
      for (const section of presentation.sections) expect(order.has(section.id)).toBe(true);
      // Within one part, sections follow the registry's order; team notes lead the message.
      for (const part of new Set(presentation.sections.map((section) => section.part))) {
        const ids = presentation.sections
          .filter((section) => section.part === part)
          .map((section) => order.get(section.id) ?? -1);
        expect(ids).toEqual([...ids].sort((a, b) => a - b));
      }
      const notes = presentation.sections.findIndex((section) => section.id === 'team-notes');
      if (notes >= 0) expect(notes).toBe(0);
    },
  );
});
