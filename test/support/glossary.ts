/**
 * The terms the Korean glossary (`docs/GLOSSARY.ko.md`) says to avoid, read from its table, so that
 * the glossary stays the single source of them for every test of Korean texts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GLOSSARY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'GLOSSARY.ko.md');

export interface AvoidTerm {
  /** As the glossary writes it: "멀웨어", "바인드하다". */
  readonly term: string;
  readonly pattern: RegExp;
}

/** A verb's conjugations: 하다, 합니다, 한, 해서, 했다, 되다, 된, 됩니다… */
const VERB_ENDING = '(?:하|합|한|할|함|해|했|되|됩|된|될|됨|돼|됐)';

/**
 * The "avoid" column of the glossary table: comma-separated terms, remarks in parentheses dropped.
 * A verb given as `…하다` matches in every conjugation ("바인드합니다"), but its stem alone is left
 * alone, since it can be part of a noun ("바인드 셸" for a bind shell).
 */
export function parseAvoidTerms(markdown: string): AvoidTerm[] {
  const terms: AvoidTerm[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').map((cell) => cell.trim());
    // "| a | b | c |" splits into ['', a, b, c, '']
    if (cells.length < 5) continue;
    const avoid = cells[3] ?? '';
    if (avoid === 'avoid' || /^-+$/.test(avoid)) continue;
    for (const raw of avoid.split(',')) {
      const term = raw.replace(/\([^)]*\)/g, '').trim();
      if (term === '') continue;
      const verb = /^(.+)하다$/.exec(term)?.[1];
      const pattern = verb === undefined ? escapeRegExp(term) : `${escapeRegExp(verb)}\\s*${VERB_ENDING}`;
      terms.push({ term, pattern: new RegExp(pattern) });
    }
  }
  return terms;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The glossary's avoid terms. */
export function readGlossaryAvoidTerms(): AvoidTerm[] {
  return parseAvoidTerms(readFileSync(GLOSSARY, 'utf8'));
}
