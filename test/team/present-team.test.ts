/** The replies to team commands: every outcome worded in each language, notes neutralised. */
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  LANGS,
  type Presentation,
  plainText,
  presentAnswer,
  presentTeamOutcome,
  renderPresentationText,
  type TeamOutcome,
} from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

const note = (port: number, text: string, at = Date.UTC(2026, 11, 5, 14, 3)) => ({
  scope: { port },
  text,
  author: 'Ana',
  at,
});

const OUTCOMES: TeamOutcome[] = [
  { kind: 'note.saved', scope: { port: 8443 }, replaced: false },
  { kind: 'note.saved', scope: { port: 8443, transport: 'udp' }, replaced: true },
  { kind: 'note.forgotten', scope: { port: 30000, to: 32767 } },
  { kind: 'note.list', notes: [note(22, 'bastion')], page: 1, total: 51, pageSize: 50 },
  { kind: 'note.list', notes: [], page: 1, total: 0, pageSize: 50 },
  {
    kind: 'note.history',
    scope: { port: 22 },
    changes: [
      { action: 'forget', author: 'Bo', at: 2 },
      { action: 'set', text: 'bastion', author: 'Ana', at: 1 },
    ],
  },
  { kind: 'note.history', scope: { port: 22 }, changes: [] },
  { kind: 'lang.saved', lang: 'ko' },
  { kind: 'lang.saved', lang: 'auto' },
  { kind: 'lang.usage' },
  { kind: 'feedback.report', rows: [{ question: 'p8443', up: 1, down: 3, missing: ['the VPN'] }] },
  { kind: 'feedback.report', rows: [] },
  { kind: 'vote.saved', changed: false, askMissing: true },
  { kind: 'missing.saved' },
  ...(
    [
      'bad_note_scope',
      'note_empty',
      'note_too_long',
      'bad_lang',
      'bad_page',
      'notes_off',
      'not_editor',
      'admins_only',
      'report_admins_only',
      'too_many_notes',
      'note_not_found',
      'comment_too_long',
      'bad_vote',
      'unavailable',
      'rate_limited',
    ] as const
  ).map((reason): TeamOutcome => ({ kind: 'refused', reason, scope: { port: 8443 }, retryAfterSeconds: 12 })),
];

function allText(presentation: Presentation): string {
  return renderPresentationText(presentation);
}

/** Each reply that shows an example, and the example it shows in each syntax and language. */
const EXAMPLES: Array<[string, TeamOutcome, Record<'words' | 'options', Record<'en' | 'ko', string>>]> = [
  [
    'an empty list',
    { kind: 'note.list', notes: [], page: 1, total: 0, pageSize: 50 },
    {
      words: { en: '/port note 8443 staging Grafana', ko: '/port note 8443 스테이징 Grafana' },
      options: {
        en: '/port-note set port:8443 text:staging Grafana',
        ko: '/포트-메모 설정 포트:8443 내용:스테이징 Grafana',
      },
    },
  ],
  [
    'a removed note',
    { kind: 'note.forgotten', scope: { port: 8443 } },
    {
      words: { en: '/port history 8443', ko: '/port history 8443' },
      options: { en: '/port-note history port:8443', ko: '/포트-메모 기록 포트:8443' },
    },
  ],
  [
    'too many notes',
    { kind: 'refused', reason: 'too_many_notes' },
    {
      words: { en: '/port forget 8443', ko: '/port forget 8443' },
      options: { en: '/port-note remove port:8443', ko: '/포트-메모 삭제 포트:8443' },
    },
  ],
  [
    'a bad page',
    { kind: 'refused', reason: 'bad_page' },
    {
      words: { en: '/port notes 2', ko: '/port notes 2' },
      options: { en: '/port-note list page:2', ko: '/포트-메모 목록 쪽:2' },
    },
  ],
  [
    'the language usage',
    { kind: 'lang.usage' },
    {
      words: { en: '/port lang ko', ko: '/port lang ko' },
      options: { en: '/port query:lang ko', ko: '/포트 질문:lang ko' },
    },
  ],
];

describe("examples in the platform's own syntax", () => {
  it.each(
    EXAMPLES.flatMap(([name, outcome, expected]) =>
      (['words', 'options'] as const).flatMap((syntax) =>
        (['en', 'ko'] as const).map((lang) => [name, syntax, lang, outcome, expected[syntax][lang]] as const),
      ),
    ),
  )('%s, %s, %s', (_name, syntax, lang, outcome, example) => {
    const shown = allText(presentTeamOutcome(outcome, { lang, command: '/port', syntax }));
    expect(shown).toContain(example);
    // Discord's replies never show Slack's words, and Slack's never Discord's options.
    if (syntax === 'options') expect(shown).not.toMatch(/\/port (note|forget|history|notes|lang) /);
    else expect(shown).not.toMatch(/port-note|포트-메모|query:/);
  });
});

describe('presentTeamOutcome', () => {
  it.each(LANGS.flatMap((lang) => OUTCOMES.map((outcome) => [lang, outcome] as const)))(
    '%s: %j is worded, with no placeholder left',
    (lang, outcome) => {
      const presentation = presentTeamOutcome(outcome, { lang, command: '/port' });
      expect(presentation.title.length).toBeGreaterThan(0);
      expect(presentation.summary.length).toBeGreaterThan(0);
      const shown = allText(presentation);
      expect(shown).not.toMatch(/\{[a-z]+\}/i);
      if (outcome.kind === 'refused') expect(presentation.tone).toBe('problem');
    },
  );

  it('pages the list with a More action', () => {
    const first = presentTeamOutcome(OUTCOMES[3] as TeamOutcome);
    expect(first.actions).toEqual([{ id: 'notes.more', kind: 'more', label: 'More', page: 2 }]);
    expect(first.summary).toBe('51 notes · page 1 of 2');
    const last = presentTeamOutcome({
      kind: 'note.list',
      notes: [note(22, 'x')],
      page: 2,
      total: 51,
      pageSize: 50,
    });
    expect(last.actions).toEqual([]);
  });

  it('says who changed a note and when', () => {
    const shown = allText(presentTeamOutcome(OUTCOMES[5] as TeamOutcome));
    expect(shown).toContain('1970-01-01 00:00 UTC · Bo removed the note');
    expect(shown).toContain('Ana set: bastion');
  });

  it('neutralises hostile text in the list, the history and the report', () => {
    const hostile = '<!channel> @everyone [wiki](http://evil.example)';
    const outcomes: TeamOutcome[] = [
      {
        kind: 'note.list',
        notes: [{ ...note(22, hostile), author: '<@U1>' }],
        page: 1,
        total: 1,
        pageSize: 50,
      },
      {
        kind: 'note.history',
        scope: { port: 22 },
        changes: [{ action: 'set', text: hostile, author: '@here', at: 1 }],
      },
      { kind: 'feedback.report', rows: [{ question: 'p22', up: 0, down: 1, missing: [hostile] }] },
    ];
    for (const outcome of outcomes) {
      const shown = allText(presentTeamOutcome(outcome));
      expect(shown).not.toMatch(/<!channel>|@everyone|@here|<@U1>|\]\(|http:\/\//);
    }
  });

  it('shows "unavailable" in an answer whose notes could not be read, never failing it', () => {
    const result = answerQuestion('8443', testKnowledge());
    if (!result.ok) throw new Error('8443 must be answered');
    const { answer } = result;
    const presentation = presentAnswer(answer, { teamNotesUnavailable: true });
    expect(presentation.sections[0]?.id).toBe('team-notes');
    expect(
      plainText(
        presentation.sections[0]?.blocks[0]?.kind === 'lines'
          ? (presentation.sections[0].blocks[0].lines[0]?.spans ?? [])
          : [],
      ),
    ).toBe('Team notes are unavailable for now.');
    const ko = presentAnswer(answer, { lang: 'ko', teamNotesUnavailable: true });
    expect(allText(ko)).toContain('지금은 팀 메모를 불러올 수 없습니다.');
  });
});
