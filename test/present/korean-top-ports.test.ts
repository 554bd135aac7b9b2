/**
 * Every port of nmap's 300 most often open TCP ports and 100 UDP ports, answered in Korean in full
 * (every use, tip, range note and every OS's commands): no English catalog sentence, no catalog
 * key, no unfilled placeholder, no English sentence outside what stays as written — product
 * names, commands and IANA's own registry entries — and no curated text shown in English after
 * "(영문)". Every product of the product map likewise. The list is read from Debian's
 * nmap-common, as the coverage script reads it (CI installs it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNmapServices, topPorts } from '../../scripts/nmap-services.js';
import {
  type Answer,
  answerQuestion,
  type Inline,
  type Line,
  loadKoreanUseTexts,
  type Presentation,
  plainText,
  presentAnswer,
  renderPresentationText,
} from '../../src/index.js';
import { loadProducts } from '../../src/knowledge/load-products.js';
import { CATALOGS } from '../../src/present/catalog/index.js';
import { testKnowledge } from '../support/knowledge.js';
import { untranslatedIn } from '../support/korean-check.js';

const NMAP_SERVICES = '/usr/share/nmap/nmap-services';
const MARK = CATALOGS.ko['fallback.english'];
/** English glue words: a line with several of them and no Hangul reads as an English sentence. */
const GLUE = /\b(the|and|is|are|to|of|with|from|this|that|not|your|you|when|by|on|in|for|it)\b/gi;

/** A line's spans up to a "(영문)" mark: the rest of the line is an English text, marked. */
function beforeMark(spans: readonly Inline[]): Inline[] {
  const index = spans.findIndex((span) => span.kind === 'muted' && span.text.trim() === MARK);
  return index === -1 ? [...spans] : spans.slice(0, index);
}

/** The texts of a presentation a translator is answerable for, one per line. */
function translatableLines(presentation: Presentation): string[] {
  const out: string[] = [presentation.title, presentation.summary, plainText(presentation.data)];
  const addLine = (value: Line) =>
    out.push(
      plainText(beforeMark(value.spans.filter((span) => span.kind !== 'code' && span.kind !== 'link'))),
    );
  for (const section of presentation.sections) {
    if (section.heading) out.push(section.heading);
    // IANA's registry entries are shown as IANA wrote them (service names and descriptions).
    if (section.id === 'port.assignments') continue;
    for (const block of section.blocks) {
      if (block.kind === 'lines') block.lines.forEach(addLine);
      else if (block.kind === 'fields')
        for (const field of block.fields) {
          out.push(plainText(beforeMark(field.label)));
          field.value.forEach(addLine);
        }
      else if (block.kind === 'table') {
        out.push(...block.columns.map((column) => column.label));
        for (const row of block.rows)
          out.push(
            ...row.cells.map((cell) => plainText(beforeMark(cell.filter((span) => span.kind !== 'code')))),
          );
      } else if (block.kind === 'code')
        out.push(plainText(beforeMark(block.label)), plainText(beforeMark(block.note)));
    }
  }
  return out;
}

function englishSentences(lines: readonly string[]): string[] {
  return lines.filter((value) => !/[\uac00-\ud7a3]/.test(value) && (value.match(GLUE) ?? []).length >= 2);
}

describe('nmap’s most often open ports, in Korean', async () => {
  const koreanTexts = await loadKoreanUseTexts();
  const knowledge = testKnowledge();
  /** The whole answer in Korean, as a presentation and as the terminal's text. */
  const inKorean = (answer: Answer) => {
    const presentation = presentAnswer(answer, { lang: 'ko', koreanTexts, detail: 'full', os: null });
    return { presentation, text: renderPresentationText(presentation) };
  };

  it('the check finds English where there is English', () => {
    const outcome = answerQuestion('22', knowledge);
    if (!outcome.ok) throw new Error('22 not answered');
    const english = presentAnswer(outcome.answer, { detail: 'full', os: null });
    expect(englishSentences(translatableLines(english)).length).toBeGreaterThan(3);
    expect(untranslatedIn(renderPresentationText(english)).length).toBeGreaterThan(3);
  });

  it('every top-300 TCP and top-100 UDP port answers in Korean with nothing left in English', () => {
    if (!existsSync(NMAP_SERVICES)) {
      if (process.env.CI) throw new Error(`${NMAP_SERVICES} is missing (install nmap-common)`);
      console.warn(
        `\n*** SKIPPING the Korean top-port check: ${NMAP_SERVICES} is missing (install nmap-common) ***\n`,
      );
      return;
    }
    const services = parseNmapServices(readFileSync(NMAP_SERVICES, 'utf8'));
    const ports = [...topPorts(services, 'tcp', 300), ...topPorts(services, 'udp', 100)];
    expect(ports).toHaveLength(400);
    const problems: string[] = [];
    let marked = 0;
    for (const { port, protocol } of ports) {
      const outcome = answerQuestion(`${port}/${protocol}`, knowledge);
      if (!outcome.ok) {
        problems.push(`${port}/${protocol}: not answered (${outcome.problem.code})`);
        continue;
      }
      const { presentation, text } = inKorean(outcome.answer);
      marked += text.split(MARK).length - 1;
      if (!text.startsWith(`포트 ${port} — `))
        problems.push(`${port}/${protocol}: headline ${text.split('\n')[0]}`);
      for (const found of untranslatedIn(text)) problems.push(`${port}/${protocol}: catalog "${found}"`);
      for (const found of englishSentences(translatableLines(presentation)))
        problems.push(`${port}/${protocol}: English "${found}"`);
    }
    expect(problems).toEqual([]);
    // Every curated text on these ports has its Korean version: nothing falls back to English.
    expect(marked).toBe(0);
  });

  it('every port in the README and every help example answers in Korean with nothing marked English', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const questions = new Set(
      [...readme.matchAll(/\b\d{2,5}\b/g)].map((match) => match[0]).filter((port) => Number(port) <= 65535),
    );
    const help = answerQuestion('help', knowledge);
    if (!help.ok) throw new Error('help not answered');
    for (const part of help.answer.parts)
      if (part.type === 'help') for (const example of part.examples) questions.add(example.question);
    expect(questions.size).toBeGreaterThan(30);
    const marked: string[] = [];
    for (const question of questions) {
      const outcome = answerQuestion(question, knowledge);
      if (!outcome.ok) continue;
      const { presentation, text } = inKorean(outcome.answer);
      if (text.includes(MARK)) marked.push(question);
      for (const found of englishSentences(translatableLines(presentation)))
        marked.push(`${question}: ${found}`);
    }
    expect(marked).toEqual([]);
  });

  it.each(loadProducts().map((product) => [product.id]))(
    'the product %s answers in Korean with nothing left in English',
    (id) => {
      const outcome = answerQuestion(`${id} ports`, knowledge);
      if (!outcome.ok) throw new Error(`${id}: not answered (${outcome.problem.code})`);
      expect(outcome.answer.parts.map((part) => part.type)).toEqual(['product']);
      const { presentation, text } = inKorean(outcome.answer);
      expect(text).not.toContain(MARK);
      expect(untranslatedIn(text)).toEqual([]);
      expect(englishSentences(translatableLines(presentation))).toEqual([]);
    },
  );
});
