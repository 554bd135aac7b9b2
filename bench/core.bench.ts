/**
 * `npm run bench`: answer time per question over a realistic mix, memory of the loaded knowledge,
 * name search (autocomplete) time, and the CLI's cold start beside `node -e 0`, measured in the
 * same run. Prints a markdown section for BENCHMARKS.md. Every loop is bounded in count.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  type Answer,
  answerQuestion,
  completeQuestion,
  createKnowledge,
  loadKoreanUseTexts,
  presentAnswer,
  renderPresentationText,
} from '../src/index.js';
import { describeMachine, percentile } from './machine.js';

const MIX = [
  '60140',
  '80',
  '443',
  '22',
  '3389',
  '5432',
  '6379',
  '53/udp',
  'udp 53',
  'tcp/443',
  ':8080',
  '8443',
  '22 80 443',
  'what is 8080 vs 8443',
  "what's on 5432?",
  'is 3389 dangerous to expose',
  'how do I see what is using port 8080 on windows',
  'redis',
  'postgres',
  'postgress',
  'mysql',
  'kafka',
  'mongo',
  'k8s',
  'sql server',
  'ssh',
  'minecraft',
  'elasticsearch',
  'mongdb',
  'rabitmq',
  '8000-8010',
  '6000-6063',
  'ephemeral port range on linux',
  'which ports are the well-known ports',
  '27017',
  '11434',
  '25565',
  '6443',
  '10250',
  '9200',
  '99999',
  '80.5',
  'zzqxv',
];
/** One port, asked plainly: the answer most questions are. */
const PORTS = ['60140', '80', '443', '22', '3000', '3389', '5432', '6379', '8080', '27017', '53/udp', '9090'];
/** "Is N a good port", "suggest a port", "free ports between …". */
const ADVICE = [
  'is 5000 a good port for my app?',
  'is 3000 a good port for my app',
  'should i use 8080 for my api',
  'is 40000 ok to use',
  'is 4242 a good port for my service',
  'suggest a port for my service',
  'free ports between 8000 and 8100',
  'free ports 6000-6063',
  'what port should i use for my app',
  '5000 포트 괜찮아?',
];
/** The whole set of a product's ports. */
const PRODUCTS = [
  'which ports does kubernetes use',
  'docker swarm ports',
  'what ports should i open for active directory',
  'kafka ports',
  'mail server ports',
  'rabbitmq ports',
  'minecraft ports',
  'which udp ports does dns use',
  'ports for consul',
  'open kafka in the firewall',
];
/** The next thing to do: stop, firewall, reachability, address in use, permission denied. */
const INTENTS = [
  'kill process on port 3000 mac',
  'how do I free up 8080 on windows',
  'open 5432 in the firewall',
  'close port 23',
  'is 443 reachable from my laptop',
  'address already in use 8080',
  'permission denied port 80',
  '8080 포트 죽이기',
];
/** The same questions asked in English and in Korean: each pair gets the same answer. */
const ASKED_IN_BOTH: readonly (readonly [english: string, korean: string])[] = [
  ['port 22', '22번 포트'],
  ['what is port 60140', '60140 포트는 뭐야?'],
  ['redis port', '레디스 포트'],
  ['postgres port', '포스트그레스 포트'],
  ['port 443/udp', '포트 443/udp'],
  ["what's on 5432?", '5432 포트가 뭐야?'],
  ['kill port 8080', '8080 포트 죽이기'],
  ['ephemeral port range on linux', '리눅스 임시 포트 범위'],
  ['kafka port', '카프카 포트'],
  ['is 3389 dangerous', '3389 포트 위험해?'],
  ['open 5432 in the firewall', '5432 방화벽 열기'],
  ['mysql', '마이에스큐엘'],
  ['kubernetes ports', '쿠버네티스가 쓰는 포트들'],
  ['suggest a port', '포트 추천'],
];
/** Ranges too large for a table. */
const BIG_RANGES = ['1-1023', '30000-32767', '49152-65535', '1-65535'];
const KEYSTROKES = [
  'p',
  'po',
  'pos',
  'post',
  'postg',
  'postgr',
  'r',
  're',
  'red',
  'redi',
  'k',
  'ka',
  'kaf',
  'm',
  'my',
  'mys',
  '8',
  '80',
  '808',
  '8080',
  'ssh',
  'el',
  'ela',
  'mi',
  'min',
];

function timeEach(inputs: readonly string[], rounds: number, run: (input: string) => void): number[] {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      run(input);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  return samples.sort((a, b) => a - b);
}

/** Runs each command `runs` times, taking turns, so that load changes on the machine hit both alike. */
function coldStarts(commands: readonly (readonly string[])[], runs: number): number[][] {
  const samples = commands.map(() => [] as number[]);
  for (let index = 0; index < runs; index++) {
    commands.forEach((args, which) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { stdio: 'ignore', timeout: 10_000 });
      if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
      samples[which]?.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return samples.map((list) => list.sort((a, b) => a - b));
}

// Cold starts first, while this process is still small and idle: after the loops below, V8's
// background threads here (concurrent marking, compaction) compete with the children for the CPU.
if (!existsSync('dist/cli.cjs')) throw new Error('run `npm run build` first');
// Taking turns, so that load on the machine hits every command alike.
const [cli = [], bare = [], cliName = [], cliProduct = [], cliKorean = []] = coldStarts(
  [
    ['bin/portbot.cjs', '60140'],
    ['-e', '0'],
    ['bin/portbot.cjs', 'redis'],
    ['bin/portbot.cjs', 'kubernetes ports'],
    ['bin/portbot.cjs', '--lang', 'ko', '22'],
  ],
  31,
);
const heapBefore = process.memoryUsage().heapUsed;
const knowledge = createKnowledge();
knowledge.names();
globalThis.gc?.();
const heapAfter = process.memoryUsage().heapUsed;

// Warm up once, as a running service would be.
for (const question of MIX) answerQuestion(question, knowledge);
const answers = timeEach(MIX, 200, (question) => answerQuestion(question, knowledge));
for (const question of [...ADVICE, ...PRODUCTS, ...INTENTS, ...BIG_RANGES])
  answerQuestion(question, knowledge);
const ports = timeEach(PORTS, 400, (question) => answerQuestion(question, knowledge));
const advice = timeEach(ADVICE, 300, (question) => answerQuestion(question, knowledge));
const products = timeEach(PRODUCTS, 300, (question) => answerQuestion(question, knowledge));
const intents = timeEach(INTENTS, 300, (question) => answerQuestion(question, knowledge));
const bigRanges = timeEach(BIG_RANGES, 300, (question) => answerQuestion(question, knowledge));
const completions = timeEach(KEYSTROKES, 400, (typed) => completeQuestion(typed, knowledge));

// The same answers presented and rendered as text in English and in Korean. Each language runs
// ten rounds of the mix at a time, taking turns, so that load on the machine hits both alike and
// each is timed in its steady state, as on a team's service that answers in one language.
const koreanTexts = await loadKoreanUseTexts();
const answered = new Map<string, Answer>();
for (const question of MIX) {
  const outcome = answerQuestion(question, knowledge);
  if (outcome.ok) answered.set(question, outcome.value);
}
const presentIn = (lang: 'en' | 'ko') => (question: string) => {
  const answer = answered.get(question);
  if (answer) renderPresentationText(presentAnswer(answer, { lang, koreanTexts }));
};
/** 100 rounds of the mix per language, `roundsPerTurn` at a time. */
function presentTakingTurns(roundsPerTurn: number): { en: number[]; ko: number[] } {
  const en: number[] = [];
  const ko: number[] = [];
  for (let turn = 0; turn < 100 / roundsPerTurn; turn++) {
    en.push(...timeEach(MIX, roundsPerTurn, presentIn('en')));
    ko.push(...timeEach(MIX, roundsPerTurn, presentIn('ko')));
  }
  return { en: en.sort((a, b) => a - b), ko: ko.sort((a, b) => a - b) };
}
const { en: presentedEn, ko: presentedKo } = presentTakingTurns(10);
// Also with the language changing every round: each switch finds the other language's tables
// out of the CPU's caches.
const switching = presentTakingTurns(1);
// A whole answer: the question read, answered, presented in its language and rendered as text.
const askIn = (lang: 'en' | 'ko') => (question: string) => {
  const outcome = answerQuestion(question, knowledge);
  if (outcome.ok) renderPresentationText(presentAnswer(outcome.value, { lang, koreanTexts }));
};
const english = ASKED_IN_BOTH.map(([question]) => question);
const korean = ASKED_IN_BOTH.map(([, question]) => question);
for (let round = 0; round < 20; round++) {
  english.forEach(askIn('en'));
  korean.forEach(askIn('ko'));
}
// Per question too: the mix's questions differ in size, so the pooled medians may come from
// different questions; each question's Korean median over its English one compares like with like.
const perQuestionEn = english.map(() => [] as number[]);
const perQuestionKo = korean.map(() => [] as number[]);
const timeInto = (samples: number[][], lang: 'en' | 'ko', questions: string[]) => {
  questions.forEach((question, index) => {
    const start = process.hrtime.bigint();
    askIn(lang)(question);
    samples[index]?.push(Number(process.hrtime.bigint() - start) / 1000);
  });
};
for (let turn = 0; turn < 20; turn++) {
  for (let round = 0; round < 10; round++) timeInto(perQuestionEn, 'en', english);
  for (let round = 0; round < 10; round++) timeInto(perQuestionKo, 'ko', korean);
}
const askedEn = perQuestionEn.flat().sort((a, b) => a - b);
const askedKo = perQuestionKo.flat().sort((a, b) => a - b);
const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
const perQuestionRatios = perQuestionKo.map(
  (samples, index) => median(samples) / median(perQuestionEn[index] ?? samples),
);
const geometricMean = (values: number[]) =>
  Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
const koreanRatio = (samples: { en: number[]; ko: number[] }) =>
  (percentile(samples.ko, 50) / percentile(samples.en, 50)).toFixed(2);

const ratio = (samples: number[]) => (percentile(samples, 50) / percentile(bare, 50)).toFixed(2);

const us = (value: number) => `${value.toFixed(1)} µs`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`### Core (npm run bench)

Machine: ${describeMachine()}

| measure | median | p99 | samples |
| --- | --- | --- | --- |
| answer (parse + answer), ${MIX.length}-question mix | ${us(percentile(answers, 50))} | ${us(percentile(answers, 99))} | ${answers.length} |
| answer, one port (${PORTS.length} questions; target < 50 µs) | ${us(percentile(ports, 50))} | ${us(percentile(ports, 99))} | ${ports.length} |
| answer, port advice and suggestions (${ADVICE.length}; target < 200 µs) | ${us(percentile(advice, 50))} | ${us(percentile(advice, 99))} | ${advice.length} |
| answer, a product's ports by role (${PRODUCTS.length}; target < 200 µs) | ${us(percentile(products, 50))} | ${us(percentile(products, 99))} | ${products.length} |
| answer, intents: stop, firewall, reach, in use, permission (${INTENTS.length}) | ${us(percentile(intents, 50))} | ${us(percentile(intents, 99))} | ${intents.length} |
| answer, ranges past 128 ports as a summary (${BIG_RANGES.length}) | ${us(percentile(bigRanges, 50))} | ${us(percentile(bigRanges, 99))} | ${bigRanges.length} |
| present + text, English, same mix | ${us(percentile(presentedEn, 50))} | ${us(percentile(presentedEn, 99))} | ${presentedEn.length} |
| present + text, Korean, same mix | ${us(percentile(presentedKo, 50))} | ${us(percentile(presentedKo, 99))} | ${presentedKo.length} |
| question → answer → text, ${english.length} questions in English | ${us(percentile(askedEn, 50))} | ${us(percentile(askedEn, 99))} | ${askedEn.length} |
| question → answer → text, the same ${korean.length} asked in Korean | ${us(percentile(askedKo, 50))} | ${us(percentile(askedKo, 99))} | ${askedKo.length} |
| autocomplete per keystroke | ${us(percentile(completions, 50))} | ${us(percentile(completions, 99))} | ${completions.length} |
| CLI cold start \`node bin/portbot.cjs 60140\` | ${ms(percentile(cli, 50))} | ${ms(percentile(cli, 99))} | ${cli.length} |
| CLI cold start, a name: \`redis\` | ${ms(percentile(cliName, 50))} | ${ms(percentile(cliName, 99))} | ${cliName.length} |
| CLI cold start, a product's set: \`kubernetes ports\` | ${ms(percentile(cliProduct, 50))} | ${ms(percentile(cliProduct, 99))} | ${cliProduct.length} |
| CLI cold start, Korean: \`--lang ko 22\` | ${ms(percentile(cliKorean, 50))} | ${ms(percentile(cliKorean, 99))} | ${cliKorean.length} |
| baseline \`node -e 0\` (same run) | ${ms(percentile(bare, 50))} | ${ms(percentile(bare, 99))} | ${bare.length} |

Korean / English presentation (medians; target: within 1.10×): ${koreanRatio({ en: presentedEn, ko: presentedKo })}×; with the language changing every round of the mix, ${koreanRatio(switching)}×
A question asked in Korean / the same in English, whole answer (target: within 1.10×): ${koreanRatio({ en: askedEn, ko: askedKo })}× (medians of all samples); per question ${geometricMean(perQuestionRatios).toFixed(2)}× (geometric mean of the ${perQuestionRatios.length} questions' ratios, ${Math.min(...perQuestionRatios).toFixed(2)}–${Math.max(...perQuestionRatios).toFixed(2)})
CLI cold start / baseline (medians; target ≤ 1.5×): a port ${ratio(cli)}×, a name ${ratio(cliName)}×, a product's set ${ratio(cliProduct)}×, Korean ${ratio(cliKorean)}×
Heap of the loaded knowledge (registry, curated data, names index): ${((heapAfter - heapBefore) / 2 ** 20).toFixed(1)} MiB${globalThis.gc ? '' : ' (approximate: run with --expose-gc for an exact figure)'}
`);
