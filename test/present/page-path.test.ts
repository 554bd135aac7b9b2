/**
 * Where an answer lives on the web: the canonical path of a question, and the page an answer in
 * chat links to. Checked both ways: the page a link names answers the same parts again.
 */
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  answerQuery,
  answerQuestion,
  canonicalPathOf,
  inLang,
  parseQuestion,
  presentAnswer,
  serviceSlug,
  serviceWord,
} from '../../src/index.js';
import { answerPagePath, answerPageUrl } from '../../src/present/page-path.js';
import { testKnowledge } from '../support/knowledge.js';

function answerOf(question: string): Answer {
  const outcome = answerQuestion(question, testKnowledge());
  if (!outcome.ok) throw new Error(`${question}: ${outcome.problem.code}`);
  return outcome.answer;
}

/** What an answer is about, part by part, to compare two answers. */
function partsOf(answer: Answer): string[] {
  return answer.parts.map((part) => {
    if (part.type === 'port') return `port ${part.port} ${part.transports.join('+')}`;
    if (part.type === 'range') return `range ${part.from}-${part.to} ${part.transports.join('+')}`;
    if (part.type === 'service') return `service ${part.name}`;
    return part.type;
  });
}

/** The answer the page at `path` shows: a port page's text, a service word, or the search's q. */
function answerAt(path: string): Answer {
  const url = new URL(path, 'https://portbot.example.com');
  const ports = /^\/ports\/(.+)$/.exec(url.pathname);
  if (ports) return answerOf(ports[1] as string);
  const service = /^\/services\/(.+)$/.exec(url.pathname);
  if (service) {
    const words = [serviceWord(service[1] as string)];
    const query = {
      items: [{ type: 'service' as const, words }],
      os: null,
      focus: null,
      transports: [],
      problems: [],
    };
    const outcome = answerQuery(query, testKnowledge(), null);
    if (!outcome.ok) throw new Error(`${path}: ${outcome.problem.code}`);
    return outcome.answer;
  }
  expect(url.pathname).toBe('/search');
  return answerOf(url.searchParams.get('q') ?? '');
}

describe('canonicalPathOf', () => {
  it.each([
    ['60140', '/ports/60140'],
    ['53/udp', '/ports/53/udp'],
    ['8000-8010', '/ports/8000-8010'],
    ['postgres', '/services/postgres'],
    ['22 80', null],
    ['22 on windows', null],
    ['22/tcp 22/udp', null],
    ['help', null],
  ])('%s → %s', (question, path) => {
    const parsed = parseQuestion(question);
    expect(parsed.ok && canonicalPathOf(parsed.query)).toBe(path);
  });
});

describe('answerPagePath: the page a chat answer links to', () => {
  it.each([
    ['what is 60140', '/ports/60140'],
    ['53/udp', '/ports/53/udp'],
    ['22 tcp', '/ports/22/tcp'],
    ['8000-8010', '/ports/8000-8010'],
    ['6000-6063', '/ports/6000-6063'],
    // A service links to its product's own page, whatever word found it.
    ['postgres', '/services/postgresql'],
    ['postgress', '/services/postgresql'],
    ['sql server', '/services/microsoft-sql-server'],
    // A name the slug would not read back is linked by the word that was asked.
    ['msql', '/services/msql'],
    // The OS and parts of the question that could not be answered do not change the page.
    ['22 on windows', '/ports/22'],
    ['22 and 99999', '/ports/22'],
    ['22 ephemeral ports', '/ports/22'],
    ['22 and 80', '/search?q=22%2080'],
    ['redis and 53/udp', '/search?q=53%2Fudp%20redis'],
    ['help', null],
    ['ephemeral ports', null],
    ['about', null],
  ])('%s → %s', (question, path) => {
    expect(answerPagePath(answerOf(question))).toBe(path);
  });

  it.each([
    '22',
    '53/udp',
    '8000-8010/udp',
    'postgres',
    'kafka',
    'msql',
    'http alternate',
    '22 and 80',
    'ssh 443 sql server',
    'redis and mysql',
  ])('the page for "%s" answers the same parts', (question) => {
    const answer = answerOf(question);
    const path = answerPagePath(answer);
    expect(path).not.toBeNull();
    expect(partsOf(answerAt(path as string))).toEqual(partsOf(answer));
  });

  it('every curated product links to a page about that product', () => {
    const knowledge = testKnowledge();
    const names = [...new Set(knowledge.knownUses.map((use) => use.name))];
    expect(names.length).toBeGreaterThan(100);
    const wrong = names.filter((name) => {
      const slug = serviceSlug(name);
      // The word a chat answer about this product links with, when asked by its own slug or name.
      const outcome = answerQuery(
        { items: [{ type: 'service', words: [slug] }], os: null, focus: null, transports: [], problems: [] },
        knowledge,
        null,
      );
      if (!outcome.ok) return false; // Not reachable by its slug: then the asked word is used.
      const path = answerPagePath(outcome.answer);
      if (!path) return true;
      const [part] = answerAt(path).parts;
      return outcome.answer.parts[0]?.type === 'service' && part?.type === 'service'
        ? part.name !== outcome.answer.parts[0].name
        : false;
    });
    expect(wrong).toEqual([]);
  });
});

describe('answerPageUrl', () => {
  it.each([
    ['en', 'https://portbot.example.com/ports/22'],
    ['ko', 'https://portbot.example.com/ko/ports/22'],
  ] as const)('in %s', (lang, url) => {
    expect(answerPageUrl(answerOf('22'), 'https://portbot.example.com', lang)).toBe(url);
    expect(answerPageUrl(answerOf('22'), 'https://portbot.example.com/', lang)).toBe(url);
  });

  it('Korean search links keep the question', () => {
    expect(answerPageUrl(answerOf('22 80'), 'http://127.0.0.1:3000', 'ko')).toBe(
      'http://127.0.0.1:3000/ko/search?q=22%2080',
    );
  });

  it('is null for an answer with no page', () => {
    expect(answerPageUrl(answerOf('help'), 'https://portbot.example.com', 'en')).toBeNull();
  });

  it.each([
    ['/', 'ko', '/ko/'],
    ['/ko/', 'en', '/'],
    ['/ko/ports/22', 'ko', '/ko/ports/22'],
  ] as const)('inLang(%s, %s) → %s', (path, lang, expected) => {
    expect(inLang(path, lang)).toBe(expected);
  });
});

describe('presentAnswer: "Open in browser"', () => {
  const origin = 'https://portbot.example.com';
  const openOf = (question: string, lang: 'en' | 'ko' = 'en') =>
    presentAnswer(answerOf(question), { lang, actions: { publicUrl: origin } }).actions.find(
      (action) => action.kind === 'open',
    );

  it('links an answer about a port to its page, in the presentation language', () => {
    expect(openOf('22')).toEqual({
      id: 'open',
      kind: 'open',
      label: 'Open in browser',
      url: `${origin}/ports/22`,
    });
    expect(openOf('22', 'ko')).toMatchObject({ label: '브라우저에서 열기', url: `${origin}/ko/ports/22` });
  });

  it('has none without a public URL, and none for help', () => {
    const actions = presentAnswer(answerOf('22'), {}).actions;
    expect(actions.some((action) => action.kind === 'open')).toBe(false);
    expect(openOf('help')).toBeUndefined();
  });

  it('is the last action, after the buttons that need a token', () => {
    const actions = presentAnswer(answerOf('22'), {
      token: 'p22',
      actions: { share: true, publicUrl: origin },
    }).actions;
    expect(actions.at(-1)?.kind).toBe('open');
    expect(actions.filter((action) => action.kind === 'open')).toHaveLength(1);
  });
});
