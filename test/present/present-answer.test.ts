/**
 * Answer → presentation → plain text, over the real core: the full view says every fact today's
 * text rendering says (same first line), the default view folds what it says it folds, buttons
 * carry the query token, and nothing anyone typed can mention anyone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  answerQuestion,
  type Inline,
  type Presentation,
  presentAnswer,
  presentNotice,
  presentProblem,
  renderPresentationText,
} from '../../src/index.js';
import { renderAnswerText } from '../../src/report/render-text.js';
import { testKnowledge } from '../support/knowledge.js';

function answerOf(question: string, os?: 'linux' | 'macos' | 'windows'): Answer {
  const outcome = answerQuestion(question, testKnowledge(), os ? { os } : {});
  if (!outcome.ok) throw new Error(`${question}: ${outcome.problem.code}`);
  return outcome.value;
}

/** Every fact today's renderAnswerText shows, read from the answer itself. */
function factsOf(answer: Answer): string[] {
  const facts: string[] = [];
  for (const part of answer.parts) {
    switch (part.type) {
      case 'port':
        facts.push(...part.notes, part.ianaRange.name, part.ianaRange.meaning);
        for (const notable of part.notableRanges) facts.push(notable.label, notable.note);
        for (const fact of part.ephemeral) facts.push(fact.label, fact.showCommand);
        for (const assignment of part.assignments) {
          if (assignment.explanation) facts.push(assignment.explanation);
          for (const service of assignment.services) {
            facts.push(service.name, service.description, ...service.aliases);
            for (const ref of service.references) facts.push(ref.text, ...(ref.url ? [ref.url] : []));
            if (service.registered) facts.push(service.registered);
            if (service.modified) facts.push(service.modified);
            if (service.unauthorizedUse) facts.push(service.unauthorizedUse);
          }
        }
        for (const use of part.knownUses) {
          facts.push(use.name, use.note, use.category);
          if (use.role) facts.push(use.role);
          if (use.security) facts.push(use.security);
          if (use.homepage) facts.push(use.homepage);
        }
        facts.push(...part.tips);
        for (const check of part.checks) facts.push(check.command, check.note);
        break;
      case 'range':
        for (const range of part.ianaRanges) facts.push(range.name);
        for (const row of part.registryRanges) facts.push(...row.names);
        for (const row of part.rows) {
          facts.push(...Object.values(row.names), ...row.knownUses);
          if (Object.keys(row.names).length > 0 || row.knownUses.length > 0) facts.push(String(row.port));
        }
        break;
      case 'service':
        facts.push(part.name);
        if (part.description) facts.push(part.description);
        for (const port of part.ports) facts.push(String(port.port), ...(port.role ? [port.role] : []));
        for (const use of part.knownUses.filter((entry) => entry.security)) facts.push(use.security ?? '');
        for (const also of part.also) facts.push(also.name, ...(also.description ? [also.description] : []));
        break;
      case 'topic':
        for (const range of part.ianaRanges ?? []) facts.push(range.name, range.nickname, range.meaning);
        for (const range of part.ephemeralRanges ?? []) facts.push(range.label, range.showCommand);
        break;
      case 'help':
        for (const example of part.examples) facts.push(example.question, example.meaning);
        break;
      case 'about':
        facts.push(part.summary, part.version, part.privacy.summary, part.privacy.url ?? part.privacy.path);
        break;
    }
  }
  for (const warning of answer.warnings) facts.push(warning.message);
  facts.push(answer.data.label);
  return [...new Set(facts.filter((fact) => fact.trim() !== ''))];
}

const QUESTIONS = [
  '22',
  '53/udp',
  '443',
  '3000',
  '5432',
  '6379',
  '8080',
  '60140',
  '0',
  '8000-8010',
  'postgres',
  'kafka',
  'postgress',
  'ephemeral ports',
  'ephemeral port range on windows',
  'iana port ranges',
  'help',
  'about',
];

describe('the full view says everything today’s text says', () => {
  it.each(QUESTIONS.map((question) => [question]))('%s', (question) => {
    const answer = answerOf(question);
    const today = renderAnswerText(answer);
    const text = renderPresentationText(presentAnswer(answer, { detail: 'full' }));
    expect(text.split('\n')[0]).toBe(today.split('\n')[0]);
    for (const fact of factsOf(answer)) expect(text, `${question}: ${fact}`).toContain(fact);
    // Every command line today's rendering prints, as a line of its own.
    const lines = new Set(text.split('\n').map((line) => line.trim()));
    for (const part of answer.parts)
      if (part.type === 'port') for (const check of part.checks) expect(lines.has(check.command)).toBe(true);
  });

  it.each([
    ['22', 'Port 22 — SSH · System port (0–1023)'],
    ['8000-8010', 'Ports 8000–8010 (tcp, udp)'],
    ['help', 'Ask portbot about a port, a range or a service:'],
  ])('heads %s with its headline', (question, headline) => {
    expect(presentAnswer(answerOf(question)).title).toBe(headline);
  });

  it('titles an answer about several ports by their numbers, and heads each part', () => {
    const presentation = presentAnswer(answerOf('22 443 5432'));
    expect(presentation.title).toBe('Ports 22, 443, 5432');
    const headings = presentation.sections.filter((section) => section.id === 'port.overview');
    expect(headings.map((section) => section.heading)).toEqual(presentation.parts.map((part) => part.title));
    expect(new Set(presentation.sections.map((section) => section.key)).size).toBe(
      presentation.sections.length,
    );
  });
});

function sectionOf(presentation: Presentation, id: string) {
  return presentation.sections.find((section) => section.id === id);
}

function textOf(spans: readonly Inline[]): string {
  return spans.map((span) => (span.kind === 'icon' ? span.label : span.text)).join('');
}

describe('the default view is short, and says what it folded', () => {
  it('shows at most 5 uses in full and names the rest', () => {
    const answer = answerOf('8080');
    const part = answer.parts[0];
    if (part?.type !== 'port') throw new Error('port');
    const uses = sectionOf(presentAnswer(answer), 'port.uses');
    const fields = uses?.blocks.flatMap((block) => (block.kind === 'fields' ? block.fields : [])) ?? [];
    expect(fields).toHaveLength(5);
    const folded = uses?.blocks
      .flatMap((block) => (block.kind === 'lines' ? block.lines : []))
      .map((line) => textOf(line.spans))
      .find((line) => line.startsWith('And '));
    const single = part.knownUses.filter((use) => !use.range);
    expect(folded).toMatch(
      new RegExp(`^And ${new Set(single.slice(5).map((use) => `${use.name}${use.role}`)).size} more: `),
    );
    for (const use of single.slice(5)) expect(folded).toContain(use.name);
    const full = sectionOf(presentAnswer(answer, { detail: 'full' }), 'port.uses');
    const allFields = full?.blocks.flatMap((block) => (block.kind === 'fields' ? block.fields : [])) ?? [];
    expect(allFields).toHaveLength(part.knownUses.length);
  });

  it('shows at most 3 tips and counts the rest', () => {
    const presentation = presentAnswer(answerOf('8080'));
    const lines = sectionOf(presentation, 'port.tips')?.blocks.flatMap((block) =>
      block.kind === 'lines' ? block.lines : [],
    );
    expect(lines?.slice(0, -1)).toHaveLength(3);
    expect(textOf(lines?.at(-1)?.spans ?? [])).toMatch(/^And \d+ more tips?$/);
  });

  it('offers "show everything" only when something was folded', () => {
    const ids = (question: string) =>
      presentAnswer(answerOf(question), { token: 't' }).actions.map((a) => a.id);
    expect(ids('8080')).toContain('detail.full');
    expect(ids('iana port ranges')).not.toContain('detail.full');
    expect(
      presentAnswer(answerOf('8080'), { token: 't', detail: 'full' }).actions.map((a) => a.id),
    ).not.toContain('detail.full');
  });

  it('gives the commands of one OS when one is named, of every OS otherwise', () => {
    const oses = (presentation: Presentation) =>
      new Set(
        sectionOf(presentation, 'port.checks')?.blocks.flatMap((block) =>
          block.kind === 'code' ? [block.os] : [],
        ),
      );
    expect(oses(presentAnswer(answerOf('22')))).toEqual(new Set(['linux', 'macos', 'windows']));
    expect(oses(presentAnswer(answerOf('22'), { os: 'windows' }))).toEqual(new Set(['windows']));
    expect(oses(presentAnswer(answerOf('22', 'macos')))).toEqual(new Set(['macos']));
    expect(textOf(presentAnswer(answerOf('22', 'macos')).data)).toMatch(/^Data: .* · Commands for macOS$/);
    expect(textOf(presentAnswer(answerOf('22')).data)).not.toContain('Commands for');
  });

  it('groups transports with the same assignment on one line', () => {
    const lines = sectionOf(presentAnswer(answerOf('60140')), 'port.assignments')?.blocks.flatMap((block) =>
      block.kind === 'lines' ? block.lines.map((line) => textOf(line.spans)) : [],
    );
    expect(lines?.[0]).toMatch(/^TCP, UDP: never assigned — /);
  });
});

describe('actions', () => {
  it('carries the token, ticks the current OS, and keeps stable ids', () => {
    const presentation = presentAnswer(answerOf('22', 'linux'), {
      token: 'p22',
      actions: { share: true, feedback: true, addNote: true, openUrl: 'https://portbot.example/p/22' },
    });
    expect(presentation.actions.map((action) => action.id)).toEqual([
      'share',
      'os.linux',
      'os.macos',
      'os.windows',
      'detail.full',
      'feedback.up',
      'feedback.down',
      'note.add',
      'open',
    ]);
    const linux = presentation.actions.find((action) => action.id === 'os.linux');
    expect(linux).toMatchObject({ selected: true, label: '✓ Linux', token: 'p22' });
  });

  it('offers no button that re-asks without a token, and no OS choice where the OS changes nothing', () => {
    expect(presentAnswer(answerOf('22')).actions).toEqual([]);
    expect(
      presentAnswer(answerOf('postgres'), { token: 'spostgres' }).actions.map((a) => a.kind),
    ).not.toContain('os');
  });
});

const MENTIONS = /@everyone|@here|<@|<!|<#/;

describe('nothing anyone typed can mention anyone', () => {
  it.each([
    ['<!channel> 22'],
    ['@everyone 443'],
    ['<@U0ADMIN01> postgres <#C0GENERAL|general>'],
    ['@here zzzz@everyone 8080'],
    ['<!subteam^S0TEAM|@oncall> kafka'],
  ])('%s', (question) => {
    const outcome = answerQuestion(question, testKnowledge());
    const presentation = outcome.ok ? presentAnswer(outcome.value) : presentProblem(outcome.problem);
    expect(renderPresentationText(presentation)).not.toMatch(MENTIONS);
    expect(JSON.stringify(presentation)).not.toMatch(MENTIONS);
  });

  it('shows team notes right after the headline, without their mentions', () => {
    const presentation = presentAnswer(answerOf('5432'), {
      teamNotes: [
        {
          text: 'Prod DB <!channel> ask @everyone first\n<@U123> owns it',
          author: '<@U999>',
          date: '2026-12-01',
        },
        { text: '   ', author: 'nobody', date: '2026-12-02' },
        { text: 'Pooler here.', author: 'Mina', date: '2026-12-03', scope: { port: 6432, transport: 'tcp' } },
      ],
    });
    expect(presentation.sections[0]?.id).toBe('team-notes');
    const text = renderPresentationText(presentation);
    expect(text.split('\n').slice(0, 4).join('\n')).toMatch(/Team notes\n {2}• ‹＠U999› · 2026-12-01/);
    expect(text).toContain('Prod DB ‹!channel› ask ＠everyone first');
    expect(text).not.toMatch(MENTIONS);
    expect(text).not.toContain('nobody');
    expect(text).toContain('6432/tcp — Mina · 2026-12-03');
  });

  it('holds for any text typed as a question, a team note or an author', () => {
    const fragment = fc.constantFrom(
      '<!channel>',
      '<!here>',
      '@everyone',
      '@here',
      '<@U0ADMIN01>',
      '<#C01|x>',
      '<@&123>',
      '22',
      'postgres',
      ' ',
      '\n',
      '\u200b',
      '<',
      '!',
      '@',
      '#',
    );
    const typed = fc
      .array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(typed, typed, typed, (question, note, author) => {
        const outcome = answerQuestion(question, testKnowledge());
        const presentation = outcome.ok
          ? presentAnswer(outcome.value, { teamNotes: [{ text: note, author, date: '2026-12-05' }] })
          : presentProblem(outcome.problem);
        expect(renderPresentationText(presentation)).not.toMatch(MENTIONS);
      }),
      { numRuns: 200 },
    );
  });

  it('holds plain characters in spans, never pre-escaped markup', () => {
    const json = JSON.stringify(presentAnswer(answerOf('6000-6063 x11 445'), { detail: 'full' }));
    expect(json).not.toMatch(/&lt;|&gt;|&amp;|\\\*\*|:warning:/);
  });
});

describe('notices', () => {
  it.each([
    ['99999', /not a valid port/],
    ['9000-8000', /./],
    ['zzzzqq', /don't know a service/],
  ])('words the problem with %s and the hint', (question, message) => {
    const outcome = answerQuestion(question, testKnowledge());
    if (outcome.ok) throw new Error('expected a problem');
    const presentation = presentProblem(outcome.problem, { command: '/port' });
    expect(presentation.summary).toMatch(message);
    expect(presentation.tone).toBe('problem');
    const text = renderPresentationText(presentation);
    expect(text).toContain('Try a port (8080)');
    expect(text).toContain('/port 60140');
  });

  it.each([
    ['hint', {}, /I answer questions about ports/],
    ['no-ports', { command: '/port' }, /I found no port numbers[\s\S]*Try \/port with a port/],
    ['expired-button', {}, /That button no longer works: please ask again\./],
    ['apology', { correlationId: 'ab12<!channel>' }, /\(ref ab12channel\)/],
    ['rate-limited', { retryAfterSeconds: 0.2 }, /try again in 1 s\./],
    ['rate-limited', { retryAfterSeconds: 12 }, /try again in 12 s\./],
  ] as const)('words the %s notice', (kind, options, expected) => {
    const text = renderPresentationText(presentNotice(kind, options));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(MENTIONS);
  });
});
