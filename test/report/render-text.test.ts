import { describe, expect, it } from 'vitest';
import { answerQuestion, renderProblemText } from '../../src/index.js';
import { FULL_KNOWN_USES, renderAnswerText } from '../../src/report/render-text.js';
import { testKnowledge } from '../support/knowledge.js';

function text(question: string): string {
  const outcome = answerQuestion(question, testKnowledge());
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return renderAnswerText(outcome.value);
}

describe('plain-text rendering', () => {
  it("folds a busy port's many uses into one line after the first few", () => {
    const output = text('8080');
    const section = output.slice(
      output.indexOf('Known uses'),
      output.indexOf('\n\n', output.indexOf('Known uses')),
    );
    const full = section
      .split('\n')
      .filter((line) => line.startsWith('  • ') && !line.includes('Also here:'));
    expect(full.length).toBeLessThanOrEqual(FULL_KNOWN_USES);
    expect(output).toContain('Also here:');
  });

  it('lists the ranges a port falls in on one line', () => {
    expect(text('60140')).toMatch(/Inside the ranges of: .*Mosh \(60000–61000\)/);
  });

  it('leaves no dash hanging after a registry name without a description', () => {
    const output = text('5000');
    expect(output).toMatch(/tcp +commplex-main\n/);
    expect(output).not.toMatch(/ — *\n/);
  });

  it('ends every answer with its data source', () => {
    expect(text('22').split('\n').at(-1)).toMatch(/^Data: /);
  });

  it('gives a problem and the hint', () => {
    const outcome = answerQuestion('99999', testKnowledge());
    if (outcome.ok) throw new Error('expected a problem');
    expect(renderProblemText(outcome.problem)).toMatch(/not a valid port[\s\S]*Try a port/);
  });
});
