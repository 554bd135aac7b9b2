/**
 * One process's measure of Korean against English, for `npm run bench`, which runs several of
 * these and prints one JSON line from each. In one process a ratio depends on that process: in an
 * earlier form of this bench, the same loop timing English in both of its slots read anywhere
 * from 0.90× to 1.03× from one process to the next, and the slot timed second was faster.
 * So each comparison here takes turns ten rounds at a time, the language that goes first changes
 * every turn, and the English-in-both-slots control is measured beside the Korean figures.
 *
 * - presentation: the mix's answers presented in each language and rendered as text;
 * - switching: the same with the language changing every round, where each switch finds the other
 *   language's tables out of the CPU's caches;
 * - asked: the same questions typed in English and in Korean, each read, answered, presented in
 *   its language and rendered;
 * - control: the English questions in both slots of the `asked` loop.
 *
 * Every loop is bounded in count.
 */
import {
  type Answer,
  answerQuestion,
  createKnowledge,
  loadKoreanUseTexts,
  presentAnswer,
  renderPresentationText,
} from '../../src/index.js';
import { percentile } from '../machine.js';
import { median } from './figures.js';
import { ASKED_IN_BOTH, MIX } from './questions.js';

type Lang = 'en' | 'ko';

/** Medians and p99s of each slot, and the ratios the bench reports. */
export interface KoreanTurns {
  presentation: Comparison;
  switching: Comparison;
  asked: Comparison;
  control: Comparison;
}

export interface Comparison {
  first: Spread;
  second: Spread;
  /** The second slot's median over the first's, over all samples. */
  ratio: number;
  /** The geometric mean of each question's own ratio: questions differ in size. */
  perQuestion: number;
}

export interface Spread {
  median: number;
  p99: number;
  samples: number;
}

const knowledge = createKnowledge();
knowledge.names();
const koreanTexts = await loadKoreanUseTexts();

const answered = new Map<string, Answer>();
for (const question of MIX) {
  const outcome = answerQuestion(question, knowledge);
  if (outcome.ok) answered.set(question, outcome.value);
}
const present = (lang: Lang) => (question: string) => {
  const answer = answered.get(question);
  if (answer) renderPresentationText(presentAnswer(answer, { lang, koreanTexts }));
};
const ask = (lang: Lang) => (question: string) => {
  const outcome = answerQuestion(question, knowledge);
  if (outcome.ok) renderPresentationText(presentAnswer(outcome.value, { lang, koreanTexts }));
};

interface Slot {
  questions: readonly string[];
  run: (question: string) => void;
}

/**
 * `rounds` rounds of each slot's questions, `roundsPerTurn` at a time, the slots taking turns;
 * which slot goes first changes every turn. Samples are kept per question.
 */
function takeTurns(first: Slot, second: Slot, rounds: number, roundsPerTurn: number): Comparison {
  const samples = [first, second].map((slot) => slot.questions.map(() => [] as number[]));
  const time = (slot: Slot, into: number[][]) => {
    slot.questions.forEach((question, index) => {
      const start = process.hrtime.bigint();
      slot.run(question);
      into[index]?.push(Number(process.hrtime.bigint() - start) / 1000);
    });
  };
  for (const slot of [first, second])
    for (let round = 0; round < 20; round++) slot.questions.forEach(slot.run);
  const [firstSamples = [], secondSamples = []] = samples;
  for (let turn = 0; turn < rounds / roundsPerTurn; turn++) {
    const order: [Slot, number[][]][] = [
      [first, firstSamples],
      [second, secondSamples],
    ];
    if (turn % 2 === 1) order.reverse();
    for (const [slot, into] of order) for (let round = 0; round < roundsPerTurn; round++) time(slot, into);
  }
  const perQuestion = firstSamples.map((mine, index) => median(secondSamples[index] ?? mine) / median(mine));
  const all = (perSlot: number[][]) => perSlot.flat().sort((a, b) => a - b);
  const [firstAll, secondAll] = [all(firstSamples), all(secondSamples)];
  return {
    first: spread(firstAll),
    second: spread(secondAll),
    ratio: median(secondAll) / median(firstAll),
    perQuestion: Math.exp(perQuestion.reduce((sum, value) => sum + Math.log(value), 0) / perQuestion.length),
  };
}

function spread(sorted: readonly number[]): Spread {
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99), samples: sorted.length };
}

const english = ASKED_IN_BOTH.map(([question]) => question);
const korean = ASKED_IN_BOTH.map(([, question]) => question);
const turns: KoreanTurns = {
  presentation: takeTurns(
    { questions: MIX, run: present('en') },
    { questions: MIX, run: present('ko') },
    100,
    10,
  ),
  switching: takeTurns(
    { questions: MIX, run: present('en') },
    { questions: MIX, run: present('ko') },
    100,
    1,
  ),
  asked: takeTurns({ questions: english, run: ask('en') }, { questions: korean, run: ask('ko') }, 200, 10),
  control: takeTurns({ questions: english, run: ask('en') }, { questions: english, run: ask('en') }, 200, 10),
};
console.log(JSON.stringify(turns));
