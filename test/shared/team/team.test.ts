/**
 * The chat team layer against a real store on SQLite and PostgreSQL: commands and their private
 * replies, permissions, NOTES=off, the limits, the notes an answer shows, the team's own names,
 * votes and the report, the person's language, and an outage that never fails an answer.
 */
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackCounter } from '../../../adapters/shared/feedback-metric.js';
import { createMemoryRateLimiter } from '../../../adapters/shared/rate-limit.js';
import {
  createTeam,
  dataVersionTag,
  encodeFeedbackValue,
  type Team,
  type TeamActor,
} from '../../../adapters/shared/team/index.js';
import { openStore } from '../../../adapters/store/open-store.js';
import {
  type Answer,
  answerQuestion,
  encodeQueryToken,
  parseQuestion,
  presentAnswer,
  renderPresentationText,
} from '../../../src/index.js';
import { testKnowledge } from '../../support/knowledge.js';
import { type OpenedStore, storeEngines } from '../../support/stores.js';

const engines = await storeEngines();

function answerOf(question: string): Answer {
  const result = answerQuestion(question, testKnowledge());
  if (!result.ok) throw new Error(`${question} must be answered`);
  return result.answer;
}

function valueFor(question: string, lang: 'en' | 'ko' = 'en'): string {
  const parsed = parseQuestion(question);
  if (!parsed.ok) throw new Error('unparsed');
  return encodeFeedbackValue({
    token: encodeQueryToken(parsed.query),
    lang,
    dataVersion: dataVersionTag(answerOf(question).data),
  });
}

let adminChecks = 0;
function actor(workspaceId: string, userId = 'U1', admin = false): TeamActor {
  return {
    platform: 'slack',
    workspaceId,
    userId,
    userName: `name of ${userId}`,
    isAdmin: async () => {
      adminChecks += 1;
      return admin;
    },
  };
}

describe.each(engines)('the team layer on %s', (_engine, open) => {
  let opened: OpenedStore;
  let team: Team;
  beforeAll(async () => {
    opened = await open();
    team = createTeam({ store: async () => opened.store });
  });
  afterAll(async () => {
    await opened?.done();
  });

  it('sets, shows first in answers, lists, keeps history and forgets a note', async () => {
    const ws = 'T-flow';
    const saved = await team.handleText('note 8443 staging Grafana, ask #sre', actor(ws));
    expect(saved?.visibility).toBe('private');
    expect(saved?.outcome).toEqual({ kind: 'note.saved', scope: { port: 8443 }, replaced: false });

    const notes = await team.notesFor(answerOf('8443'), ws);
    expect(notes.teamNotes).toEqual([
      {
        text: 'staging Grafana, ask #sre',
        author: 'name of U1',
        date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      },
    ]);
    const shown = presentAnswer(answerOf('8443'), notes);
    expect(shown.sections[0]?.id).toBe('team-notes');
    expect(renderPresentationText(shown)).toContain('staging Grafana, ask #sre');

    expect((await team.handleText('note 8443 prod Grafana', actor(ws, 'U2')))?.outcome).toMatchObject({
      replaced: true,
    });
    const listed = await team.handleText('notes', actor(ws));
    expect(listed?.outcome).toMatchObject({ kind: 'note.list', total: 1, page: 1 });
    const history = await team.handleText('history 8443', actor(ws));
    expect(history?.outcome).toMatchObject({
      kind: 'note.history',
      changes: [
        { action: 'set', text: 'prod Grafana', author: 'name of U2' },
        { action: 'set', text: 'staging Grafana, ask #sre', author: 'name of U1' },
      ],
    });
    expect(renderPresentationText(history?.presentation as never)).toMatch(
      /UTC · name of U2 set: prod Grafana/,
    );
    expect((await team.handleText('forget 8443', actor(ws)))?.outcome.kind).toBe('note.forgotten');
    // forget takes effect at once.
    expect(await team.notesFor(answerOf('8443'), ws)).toEqual({});
    expect((await team.handleText('forget 8443', actor(ws)))?.outcome).toMatchObject({
      kind: 'refused',
      reason: 'note_not_found',
    });
  });

  it('answers a port, a port/transport and a range with the notes that cover it', async () => {
    const ws = 'T-cover';
    await team.handleText('note 8443/udp VPN appliance', actor(ws));
    await team.handleText('note 30000-32767 Kubernetes NodePorts', actor(ws));
    await team.handleText('note 5432 main database', actor(ws));
    const udp = await team.notesFor(answerOf('8443/udp'), ws);
    expect(udp.teamNotes?.map((note) => note.text)).toEqual(['VPN appliance']);
    expect((await team.notesFor(answerOf('8443/tcp'), ws)).teamNotes).toBeUndefined();
    const inRange = await team.notesFor(answerOf('31000'), ws);
    expect(inRange.teamNotes).toEqual([
      expect.objectContaining({ text: 'Kubernetes NodePorts', scope: { port: 30000, to: 32767 } }),
    ]);
    const range = await team.notesFor(answerOf('32760-32770'), ws);
    expect(range.teamNotes?.map((note) => note.text)).toEqual(['Kubernetes NodePorts']);
    const service = await team.notesFor(answerOf('postgres'), ws);
    expect(service.teamNotes?.map((note) => note.text)).toContain('main database');
  });

  it('changes the revision on every write, and only for that workspace', async () => {
    const before = await team.revision('T-rev');
    const other = await team.revision('T-rev-other');
    await team.handleText('note 22 bastion', actor('T-rev'));
    const afterSet = await team.revision('T-rev');
    await team.handleText('forget 22', actor('T-rev'));
    const afterForget = await team.revision('T-rev');
    expect(new Set([before, afterSet, afterForget]).size).toBe(3);
    expect(await team.revision('T-rev-other')).toBe(other);
  });

  it('keeps the revision in memory for a moment: a write here shows at once, one elsewhere within the TTL', async () => {
    let clock = 1_000_000;
    const here = createTeam({ store: async () => opened.store, now: () => clock, revisionTtlMs: 2_000 });
    // Another replica: its own team over the same database.
    const elsewhere = createTeam({ store: async () => opened.store, now: () => clock });
    const first = await here.revision('T-ttl');
    await elsewhere.handleText('note 22 bastion', actor('T-ttl'));
    clock += 1_999;
    expect(await here.revision('T-ttl')).toBe(first);
    clock += 1;
    const seen = await here.revision('T-ttl');
    expect(seen).not.toBe(first);
    await here.handleText('note 22 jump host', actor('T-ttl'));
    expect(await here.revision('T-ttl')).not.toBe(seen);
    // A refused write changes nothing, and forgetting what it remembered costs one read.
    const settled = await here.revision('T-ttl');
    await here.handleText('forget 23', actor('T-ttl'));
    expect(await here.revision('T-ttl')).toBe(settled);
  });

  it("keeps a person's language in memory the same way: a choice here shows at once, elsewhere within the TTL", async () => {
    let clock = 5_000_000;
    const here = createTeam({ store: async () => opened.store, now: () => clock, revisionTtlMs: 2_000 });
    const elsewhere = createTeam({ store: async () => opened.store, now: () => clock });
    expect(await here.languageOf('T-lang-ttl', 'U1')).toBeUndefined();
    await elsewhere.handleText('lang ko', actor('T-lang-ttl'));
    clock += 1_999;
    expect(await here.languageOf('T-lang-ttl', 'U1')).toBeUndefined();
    clock += 1;
    expect(await here.languageOf('T-lang-ttl', 'U1')).toBe('ko');
    await here.handleText('lang auto', actor('T-lang-ttl'));
    expect(await here.languageOf('T-lang-ttl', 'U1')).toBeUndefined();
    // Another person in the same workspace is read on their own.
    expect(await here.languageOf('T-lang-ttl', 'U2')).toBeUndefined();
  });

  it('finds the port the team named: "billing api" → the note that says billing API', async () => {
    const ws = 'T-names';
    await team.handleText('note 9443 Billing API (prod), owner: payments', actor(ws));
    const question = 'billing api';
    const core = answerQuestion(question, testKnowledge());
    expect(core.ok).toBe(false);
    const replacement = await team.teamNamesQuestion(question, ws);
    expect(replacement).toBe('9443');
    expect(await team.teamNamesQuestion('what is the billing api?', ws)).toBe('9443');
    const answered = answerOf(replacement as string);
    expect((await team.notesFor(answered, ws)).teamNotes?.[0]?.text).toBe(
      'Billing API (prod), owner: payments',
    );
    expect(await team.teamNamesQuestion(question, 'T-names-other')).toBeUndefined();
    expect(await team.teamNamesQuestion('invoices', ws)).toBeUndefined();
  });

  it('lets everyone write by default, without asking who is an admin', async () => {
    adminChecks = 0;
    expect((await team.handleText('note 80 web', actor('T-everyone')))?.outcome.kind).toBe('note.saved');
    expect(adminChecks).toBe(0);
  });

  it('limits writes to admins with NOTES_EDITORS=admins, and says why privately', async () => {
    const admins = createTeam({
      store: async () => opened.store,
      settings: { enabled: true, editors: { kind: 'admins' } },
    });
    const refused = await admins.handleText('note 81 web', actor('T-admins', 'U1', false));
    expect(refused?.outcome).toEqual({ kind: 'refused', reason: 'admins_only' });
    expect(refused?.visibility).toBe('private');
    expect(refused?.presentation.summary).toBe('Only workspace admins can change team notes here.');
    expect((await admins.handleText('note 81 web', actor('T-admins', 'U9', true)))?.outcome.kind).toBe(
      'note.saved',
    );
    // Reading needs no permission.
    expect((await admins.handleText('notes', actor('T-admins', 'U1', false)))?.outcome).toMatchObject({
      total: 1,
    });
  });

  it('limits writes to listed users with NOTES_EDITORS=U123,U456', async () => {
    const listed = createTeam({
      store: async () => opened.store,
      settings: { enabled: true, editors: { kind: 'listed', ids: new Set(['U123', 'U456']) } },
    });
    expect((await listed.handleText('note 82 x', actor('T-listed', 'U999', true)))?.outcome).toMatchObject({
      reason: 'not_editor',
    });
    expect((await listed.handleText('note 82 x', actor('T-listed', 'U456')))?.outcome.kind).toBe(
      'note.saved',
    );
  });

  it('turns everything about notes off with NOTES=off', async () => {
    await team.handleText('note 83 x', actor('T-off'));
    const off = createTeam({
      store: async () => opened.store,
      settings: { enabled: false, editors: { kind: 'everyone' } },
    });
    for (const command of ['note 83 y', 'notes', 'forget 83', 'history 83'])
      expect((await off.handleText(command, actor('T-off')))?.outcome).toEqual({
        kind: 'refused',
        reason: 'notes_off',
      });
    expect(await off.notesFor(answerOf('83'), 'T-off')).toEqual({});
    expect(await off.revision('T-off')).toBe('off');
    expect(await off.teamNamesQuestion('x', 'T-off')).toBeUndefined();
  });

  it('refuses a note over 300 characters, the 2,001st note and a write flood', async () => {
    expect((await team.handleText(`note 84 ${'x'.repeat(301)}`, actor('T-limits')))?.outcome).toEqual({
      kind: 'refused',
      reason: 'note_too_long',
      length: 301,
    });
    const full = await opened.store.workspaces.import('T-full', {
      format: 'portbot-team-notes',
      version: 1,
      workspace: 'T-full',
      exportedAt: '2026-12-05T00:00:00Z',
      notes: Array.from({ length: 2000 }, (_, port) => ({
        port: port + 1,
        text: `note ${port}`,
        author: { id: 'U1', name: 'a' },
        updatedAt: 1,
      })),
      history: [],
    });
    expect(full.ok).toBe(true);
    const tooMany = await team.handleText('note 9999 one more', actor('T-full'));
    expect(tooMany?.outcome).toMatchObject({ kind: 'refused', reason: 'too_many_notes' });
    expect(tooMany?.presentation.summary).toContain('2000');
    // Replacing an existing note is still allowed.
    expect((await team.handleText('note 1 replaced', actor('T-full')))?.outcome.kind).toBe('note.saved');
    const page40 = await team.handleText('notes 40', actor('T-full'));
    expect(page40?.outcome).toMatchObject({ kind: 'note.list', page: 40, total: 2000 });
    expect(page40?.presentation.actions).toEqual([]);
    expect((await team.handleText('notes', actor('T-full')))?.presentation.actions).toEqual([
      { id: 'notes.more', kind: 'more', label: 'More', page: 2 },
    ]);

    const limited = createTeam({
      store: async () => opened.store,
      writeLimiter: createMemoryRateLimiter({ perMinute: 1, burst: 2 }, { now: () => 0 }),
    });
    const outcomes = [];
    for (let index = 0; index < 3; index++)
      outcomes.push((await limited.handleText(`note ${100 + index} x`, actor('T-flood')))?.outcome);
    expect(outcomes.map((outcome) => outcome?.kind)).toEqual(['note.saved', 'note.saved', 'refused']);
    expect(outcomes[2]).toMatchObject({ reason: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    // Another person is not held up.
    expect((await limited.handleText('note 103 x', actor('T-flood', 'U2')))?.outcome.kind).toBe('note.saved');
  });

  it('counts one vote per person per answer, changeable, and reports it to admins only', async () => {
    const registry = new Registry();
    const voting = createTeam({
      store: async () => opened.store,
      feedbackCounter: feedbackCounter(registry),
    });
    const value = valueFor('8443');
    const ws = 'T-votes';
    expect((await voting.vote(value, 'up', actor(ws, 'U1')))?.outcome).toEqual({
      kind: 'vote.saved',
      changed: false,
      askMissing: false,
    });
    expect((await voting.vote(value, 'down', actor(ws, 'U1')))?.outcome).toEqual({
      kind: 'vote.saved',
      changed: true,
      askMissing: true,
    });
    await voting.vote(value, 'down', actor(ws, 'U1'));
    await voting.vote(value, 'down', actor(ws, 'U2'));
    expect((await voting.missing(value, 'which team owns it', actor(ws, 'U2')))?.outcome.kind).toBe(
      'missing.saved',
    );
    expect((await voting.missing(value, 'x'.repeat(501), actor(ws, 'U2')))?.outcome).toMatchObject({
      reason: 'comment_too_long',
    });
    expect((await voting.vote('not a value', 'up', actor(ws)))?.outcome).toMatchObject({
      reason: 'bad_vote',
    });
    expect((await voting.vote('p22|fr|x', 'up', actor(ws)))?.outcome).toMatchObject({ reason: 'bad_vote' });

    const metric = await registry.getSingleMetricAsString('portbot_feedback_total');
    expect(metric).toContain('portbot_feedback_total{adapter="slack",vote="up"} 1');
    expect(metric).toContain('portbot_feedback_total{adapter="slack",vote="down"} 2');

    expect((await voting.handleText('feedback', actor(ws, 'U1', false)))?.outcome).toMatchObject({
      reason: 'report_admins_only',
    });
    const report = await voting.handleText('feedback', actor(ws, 'U7', true));
    expect(report?.outcome).toEqual({
      kind: 'feedback.report',
      rows: [{ question: 'p8443', up: 0, down: 2, missing: ['which team owns it'] }],
    });
    // Another workspace sees none of it.
    expect((await voting.handleText('feedback', actor('T-votes-other', 'U7', true)))?.outcome).toEqual({
      kind: 'feedback.report',
      rows: [],
    });
  });

  it('stores a person’s language (lang ko) and forgets it with lang auto', async () => {
    expect(await team.languageOf('T-lang', 'U1')).toBeUndefined();
    expect((await team.handleText('lang ko', actor('T-lang')))?.outcome).toEqual({
      kind: 'lang.saved',
      lang: 'ko',
    });
    expect(await team.languageOf('T-lang', 'U1')).toBe('ko');
    expect(await team.languageOf('T-lang', 'U2')).toBeUndefined();
    await team.handleText('lang auto', actor('T-lang'));
    expect(await team.languageOf('T-lang', 'U1')).toBeUndefined();
    expect((await team.handleText('lang', actor('T-lang')))?.outcome).toEqual({ kind: 'lang.usage' });
  });

  it('keeps everything across a restart', async () => {
    await team.handleText('note 6443 k8s API', actor('T-restart'));
    const again = createTeam({ store: async () => opened.reopen() });
    expect((await again.notesFor(answerOf('6443'), 'T-restart')).teamNotes?.[0]?.text).toBe('k8s API');
  });

  it('leaves questions that are not team commands to the answer path', async () => {
    for (const question of ['lotus notes', 'domino', '1352', 'about', '8443'])
      expect(await team.handleText(question, actor('T-q'))).toBeUndefined();
  });
});

describe('a database outage', () => {
  const unreachable = () =>
    openStore({ databaseUrl: 'postgres://portbot:x@127.0.0.1:1/portbot', statementTimeoutMs: 500 });

  it('keeps answers flowing ("unavailable for now") and refuses writes clearly', async () => {
    const team = createTeam({ store: unreachable });
    const notes = await team.notesFor(answerOf('8443'), 'T1');
    expect(notes).toEqual({ teamNotesUnavailable: true });
    expect(renderPresentationText(presentAnswer(answerOf('8443'), notes))).toContain(
      'Team notes are unavailable for now.',
    );
    expect(await team.revision('T1')).toBe('down');
    expect(await team.teamNamesQuestion('billing api', 'T1')).toBeUndefined();
    expect(await team.languageOf('T1', 'U1')).toBeUndefined();
    const write = await team.handleText('note 8443 x', actor('T1'));
    expect(write?.outcome).toEqual({ kind: 'refused', reason: 'unavailable' });
    expect(write?.presentation.summary).toMatch(/unavailable for now, so nothing was changed/);
    expect((await team.vote(valueFor('22'), 'up', actor('T1')))?.outcome).toMatchObject({
      reason: 'unavailable',
    });
  });

  it('remembers no revision from an outage: answers see the database as soon as it is back', async () => {
    const opened = await openStore({ sqlitePath: ':memory:' });
    let down = true;
    const team = createTeam({
      store: async () => {
        if (down) throw new Error('the database is down');
        return opened;
      },
    });
    try {
      expect(await team.revision('T1')).toBe('down');
      down = false;
      expect(await team.revision('T1')).toBe('n0');
      // Remembered while it lasts, through a new outage too: cached answers keep flowing.
      down = true;
      expect(await team.revision('T1')).toBe('n0');
      expect(await team.notesFor(answerOf('22'), 'T1')).toEqual({ teamNotesUnavailable: true });
    } finally {
      await opened.close();
    }
  });

  it('gives an answer its notes within the time budget, or goes without them', async () => {
    const slow = createTeam({ store: () => new Promise(() => {}), readBudgetMs: 50 });
    expect(await slow.notesFor(answerOf('22'), 'T1')).toEqual({ teamNotesUnavailable: true });
  });

  it('treats a store that was closed under it as down', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    await store.close();
    const team = createTeam({ store: async () => store });
    expect(await team.notesFor(answerOf('22'), 'T1')).toEqual({ teamNotesUnavailable: true });
    expect((await team.handleText('notes', actor('T1')))?.outcome).toEqual({
      kind: 'refused',
      reason: 'unavailable',
    });
  });
});
