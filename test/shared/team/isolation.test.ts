/**
 * Through the chat team layer, a workspace never reads or changes another's notes or votes:
 * random commands from random people in random workspaces (fast-check), then every workspace's
 * list, every answer's notes and every report are compared with a model of its own commands.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTeam,
  encodeFeedbackValue,
  type Team,
  type TeamActor,
} from '../../../adapters/shared/team/index.js';
import { answerQuestion } from '../../../src/index.js';
import { testKnowledge } from '../../support/knowledge.js';
import { type OpenedStore, storeEngines } from '../../support/stores.js';

const engines = await storeEngines();
const PORTS = [22, 443, 8443, 30001];

const workspaceArb = fc.oneof(
  fc.stringMatching(/^T[A-Z0-9]{1,8}$/),
  fc.stringMatching(/^[1-9][0-9]{5,18}$/),
  fc.constantFrom('dm:U1', 'E1', 'T1'),
);
const operationArb = fc.record({
  workspace: fc.integer({ min: 0, max: 3 }),
  user: fc.stringMatching(/^U[A-Z0-9]{1,6}$/),
  kind: fc.constantFrom('set', 'forget', 'vote'),
  port: fc.constantFrom(...PORTS),
  text: fc.stringMatching(/^[a-z][a-z ]{0,20}$/),
});

const actorOf = (workspaceId: string, userId: string): TeamActor => ({
  platform: 'discord',
  workspaceId,
  userId,
  userName: userId,
  isAdmin: async () => true,
});

describe.each(engines)('isolation through the team layer on %s', (_engine, open) => {
  let opened: OpenedStore;
  let team: Team;
  beforeAll(async () => {
    opened = await open();
    team = createTeam({
      store: async () => opened.store,
      writeLimiter: { take: async () => ({ allowed: true, retryAfterSeconds: 0 }) },
    });
  });
  afterAll(async () => {
    await opened?.done();
  });

  it('no read or change crosses workspaces', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(workspaceArb, { minLength: 4, maxLength: 4 }),
        fc.array(operationArb, { minLength: 1, maxLength: 20 }),
        async (names, operations) => {
          run += 1;
          const workspaces = names.map((name) => `r${run}-${name}`);
          const model = new Map(workspaces.map((ws) => [ws, new Map<number, string>()]));
          const votes = new Map(workspaces.map((ws) => [ws, new Set<string>()]));
          for (const op of operations) {
            const ws = workspaces[op.workspace] as string;
            const who = actorOf(ws, op.user);
            if (op.kind === 'set') {
              await team.handleText(`note ${op.port} ${op.text}`, who);
              model.get(ws)?.set(op.port, op.text.trim());
            } else if (op.kind === 'forget') {
              await team.handleText(`forget ${op.port}`, who);
              model.get(ws)?.delete(op.port);
            } else {
              await team.vote(
                encodeFeedbackValue({ token: `p${op.port}`, lang: 'en', dataVersion: '1' }),
                'up',
                who,
              );
              votes.get(ws)?.add(`${op.port}|${op.user}`);
            }
          }
          for (const ws of workspaces) {
            const expected = model.get(ws) as Map<number, string>;
            const listed = await team.handleText('notes', actorOf(ws, 'reader'));
            const shown =
              listed?.outcome.kind === 'note.list'
                ? new Map(listed.outcome.notes.map((note) => [note.scope.port, note.text]))
                : new Map();
            expect(shown).toEqual(expected);
            for (const port of PORTS) {
              const result = answerQuestion(String(port), testKnowledge());
              if (!result.ok) throw new Error('answered');
              const notes = await team.notesFor(result.answer, ws);
              expect(notes.teamNotes?.map((note) => note.text) ?? []).toEqual(
                expected.has(port) ? [expected.get(port)] : [],
              );
            }
            const report = await team.handleText('feedback', actorOf(ws, 'admin'));
            const counted =
              report?.outcome.kind === 'feedback.report'
                ? report.outcome.rows.reduce((sum, row) => sum + row.up, 0)
                : -1;
            expect(counted).toBe(votes.get(ws)?.size);
          }
        },
      ),
      { numRuns: 15, seed: 1313 },
    );
  }, 180_000);
});
