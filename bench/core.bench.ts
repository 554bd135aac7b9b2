/**
 * `npm run bench`: answer time per question over a realistic mix, memory of the loaded knowledge,
 * name search (autocomplete) time, Korean against English (in fresh processes, beside a control
 * that times English against itself), and the CLI's cold start beside `node -e 0`, measured in the
 * same run. Prints a markdown section for BENCHMARKS.md. Every loop is bounded in count.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { answerQuestion, completeQuestion, createKnowledge } from '../src/index.js';
import { describeMachine, percentile } from './machine.js';
import { median } from './support/figures.js';
import type { KoreanTurns, Spread } from './support/korean-turns.js';
import { ASKED_IN_BOTH, MIX } from './support/questions.js';

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

// Korean against English, each comparison in several fresh processes: one process's ratio
// depends on that process (see the worker), the median of several does not.
const KOREAN_PROCESSES = 5;
const koreanRuns = Array.from({ length: KOREAN_PROCESSES }, () => {
  const worker = spawnSync(process.execPath, [...process.execArgv, 'bench/support/korean-turns.ts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 120_000,
  });
  if (worker.status !== 0) throw new Error(`the Korean worker exited ${worker.status}`);
  return JSON.parse(worker.stdout) as KoreanTurns;
});
/** One figure over the processes: its median, then its lowest and highest. */
const times = (figure: (run: KoreanTurns) => number) => {
  const values = koreanRuns.map(figure).sort((a, b) => a - b);
  const [low = Number.NaN, high = Number.NaN] = [values[0], values.at(-1)];
  return `${median(values).toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)})`;
};
const slotRow = (label: string, figure: (run: KoreanTurns) => Spread) => {
  const spreads = koreanRuns.map(figure);
  const middle = (pick: (spread: Spread) => number) => us(median(spreads.map(pick)));
  return `| ${label} | ${middle((spread) => spread.median)} | ${middle((spread) => spread.p99)} | ${spreads.reduce((sum, spread) => sum + spread.samples, 0)} |`;
};

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
${slotRow('present + text, English, same mix', (run) => run.presentation.first)}
${slotRow('present + text, Korean, same mix', (run) => run.presentation.second)}
${slotRow(`question → answer → text, ${ASKED_IN_BOTH.length} questions in English`, (run) => run.asked.first)}
${slotRow(`question → answer → text, the same ${ASKED_IN_BOTH.length} asked in Korean`, (run) => run.asked.second)}
| autocomplete per keystroke | ${us(percentile(completions, 50))} | ${us(percentile(completions, 99))} | ${completions.length} |
| CLI cold start \`node bin/portbot.cjs 60140\` | ${ms(percentile(cli, 50))} | ${ms(percentile(cli, 99))} | ${cli.length} |
| CLI cold start, a name: \`redis\` | ${ms(percentile(cliName, 50))} | ${ms(percentile(cliName, 99))} | ${cliName.length} |
| CLI cold start, a product's set: \`kubernetes ports\` | ${ms(percentile(cliProduct, 50))} | ${ms(percentile(cliProduct, 99))} | ${cliProduct.length} |
| CLI cold start, Korean: \`--lang ko 22\` | ${ms(percentile(cliKorean, 50))} | ${ms(percentile(cliKorean, 99))} | ${cliKorean.length} |
| baseline \`node -e 0\` (same run) | ${ms(percentile(bare, 50))} | ${ms(percentile(bare, 99))} | ${bare.length} |

Korean against English, medians of ${KOREAN_PROCESSES} processes (lowest–highest), target within 1.10×:
- the same answer presented and rendered in Korean / in English: ${times((run) => run.presentation.ratio)}; with the language changing every round of the mix, ${times((run) => run.switching.ratio)}
- a question asked in Korean / the same in English, whole answer: ${times((run) => run.asked.ratio)} over all samples; per question ${times((run) => run.asked.perQuestion)} (geometric mean of the ${ASKED_IN_BOTH.length} questions' ratios)
- the same loop with English in both slots (what it reads when nothing differs): ${times((run) => run.control.ratio)}; per question ${times((run) => run.control.perQuestion)}

CLI cold start / baseline (medians; target ≤ 1.5×): a port ${ratio(cli)}×, a name ${ratio(cliName)}×, a product's set ${ratio(cliProduct)}×, Korean ${ratio(cliKorean)}×
Heap of the loaded knowledge (registry, curated data, names index): ${((heapAfter - heapBefore) / 2 ** 20).toFixed(1)} MiB${globalThis.gc ? '' : ' (approximate: run with --expose-gc for an exact figure)'}
`);
