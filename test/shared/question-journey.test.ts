/**
 * The shared journey of a question: limit, cache, answer, send, count, log line, apology. Real
 * parts throughout (the in-memory rate limiter, the knowledge-keyed cache, a pino logger writing
 * to an array); only the platform's reply and send are the test's own.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { AnswerOutcome } from '../../adapters/shared/answer-recorder.js';
import { createLogger } from '../../adapters/shared/logger.js';
import {
  createQuestionJourney,
  type Purpose,
  type QuestionContext,
  type QuestionPlan,
} from '../../adapters/shared/question-journey.js';
import { createMemoryRateLimiter } from '../../adapters/shared/rate-limit.js';
import { createKnowledge, type Knowledge } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

type Line = Record<string, unknown> & { msg: string };

function setUp(options: { entries?: number; burst?: number; knowledge?: () => Knowledge } = {}) {
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split('\n')) if (text) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  const recorded: [string, AnswerOutcome][] = [];
  const handleQuestion = createQuestionJourney({
    platform: 'test',
    logger: createLogger('debug', sink),
    knowledge: options.knowledge ?? testKnowledge,
    answers: { record: (adapter, outcome) => recorded.push([adapter, outcome]) },
    rateLimiter: createMemoryRateLimiter({ perMinute: 1, burst: options.burst ?? 100 }),
    replyCacheEntries: options.entries ?? 8,
  });
  const sent: [string, Purpose][] = [];
  let built = 0;
  const context = (over: Partial<QuestionContext> = {}): QuestionContext => ({
    platform: 'test',
    workspace: 'W1',
    user: 'U1',
    lang: 'en',
    present: {},
    ...over,
  });
  const plan = (over: Partial<QuestionPlan<string>> = {}): QuestionPlan<string> => ({
    kind: 'command',
    context: context(),
    input: '22',
    revision: 'r1',
    answer: () => ({ message: `answer ${++built}`, outcome: 'user_error' }),
    slowDown: (seconds) => `slow down ${seconds}`,
    apology: (id) => `sorry ${id}`,
    send: async (message, { purpose }) => {
      sent.push([message, purpose]);
    },
    ...over,
  });
  return { lines, recorded, sent, handleQuestion, plan, context, builds: () => built };
}

describe('the question journey', () => {
  it('answers, sends, counts once and writes one answer line without the question in it', async () => {
    const { handleQuestion, plan, sent, recorded, lines } = setUp();
    const end = await handleQuestion(plan({ answer: () => ({ message: 'hello', outcome: 'answered' }) }));
    expect(end.outcome).toBe('answered');
    expect(sent).toEqual([['hello', 'answer']]);
    expect(recorded).toEqual([['test', 'answered']]);
    const answerLines = lines.filter((line) => line.msg === 'answer');
    expect(answerLines).toHaveLength(1);
    expect(answerLines[0]).toMatchObject({
      correlationId: end.correlationId,
      kind: 'command',
      outcome: 'answered',
    });
    expect(lines.find((line) => line.msg === 'question')).toMatchObject({ text: '22', level: 20 });
  });

  it('answers a repeated question from the cache, kept apart by kind, workspace, language and revision', async () => {
    const { handleQuestion, plan, context, sent, builds } = setUp();
    const reply = () => ({ message: 'x', outcome: 'answered' as const });
    let answers = 0;
    const counting = () => {
      answers++;
      return reply();
    };
    await handleQuestion(plan({ answer: counting }));
    await handleQuestion(plan({ answer: counting }));
    expect(answers).toBe(1);
    await handleQuestion(plan({ answer: counting, kind: 'mention' }));
    await handleQuestion(plan({ answer: counting, context: context({ workspace: 'W2' }) }));
    await handleQuestion(plan({ answer: counting, context: context({ lang: 'ko' }) }));
    await handleQuestion(plan({ answer: counting, revision: 'r2' }));
    await handleQuestion(plan({ answer: counting, revision: undefined }));
    await handleQuestion(plan({ answer: counting, revision: undefined }));
    expect(answers).toBe(7);
    expect(sent).toHaveLength(8);
    expect(builds()).toBe(0);
  });

  it('prepares only a reply it builds (a cached one reads nothing), and keeps none that asks not to be', async () => {
    const { handleQuestion, plan, sent } = setUp();
    let prepared = 0;
    const prepare = async (asked: QuestionContext) => {
      prepared += 1;
      return { context: { ...asked, lang: 'ko' as const }, keep: true };
    };
    const reply = (asked: QuestionContext) => ({ message: `in ${asked.lang}`, outcome: 'answered' as const });
    await handleQuestion(plan({ prepare, answer: reply }));
    await handleQuestion(plan({ prepare, answer: reply }));
    expect(prepared).toBe(1);
    expect(sent.map(([message]) => message)).toEqual(['in ko', 'in ko']);

    // A reply made without its notes (unavailable) is sent, not kept: the next one prepares again.
    const unkept = async (asked: QuestionContext) => {
      prepared += 1;
      return { context: asked, keep: false };
    };
    await handleQuestion(plan({ input: '23', prepare: unkept, answer: reply }));
    await handleQuestion(plan({ input: '23', prepare: unkept, answer: reply }));
    expect(prepared).toBe(3);
    // Without a revision nothing is cached, and every reply is prepared.
    await handleQuestion(plan({ input: '24', revision: undefined, prepare, answer: reply }));
    await handleQuestion(plan({ input: '24', revision: undefined, prepare, answer: reply }));
    expect(prepared).toBe(5);
  });

  it('empties the cache when the knowledge changes, and keeps nothing with 0 entries', async () => {
    let knowledge = testKnowledge();
    const { handleQuestion, plan } = setUp({ knowledge: () => knowledge });
    let answers = 0;
    const counting = () => ({ message: String(++answers), outcome: 'answered' as const });
    await handleQuestion(plan({ answer: counting }));
    knowledge = createKnowledge();
    await handleQuestion(plan({ answer: counting }));
    expect(answers).toBe(2);

    const off = setUp({ entries: 0 });
    await off.handleQuestion(off.plan({ answer: counting }));
    await off.handleQuestion(off.plan({ answer: counting }));
    expect(answers).toBe(4);
  });

  it('asks a user over the limit to slow down; exempt questions and other users are answered', async () => {
    const { handleQuestion, plan, context, sent, recorded } = setUp({ burst: 1 });
    const reply = () => ({ message: 'answer', outcome: 'answered' as const });
    await handleQuestion(plan({ answer: reply }));
    const limited = await handleQuestion(plan({ answer: reply }));
    expect(limited.outcome).toBe('rate_limited');
    expect(sent[1]?.[1]).toBe('slow-down');
    expect(sent[1]?.[0]).toMatch(/^slow down \d+$/);
    await handleQuestion(plan({ answer: reply, limited: false }));
    await handleQuestion(plan({ answer: reply, context: context({ user: 'U2' }) }));
    await handleQuestion(plan({ answer: reply, context: context({ user: undefined }) }));
    expect(recorded.map(([, outcome]) => outcome)).toEqual([
      'answered',
      'rate_limited',
      'answered',
      'answered',
      'answered',
    ]);
  });

  it('neither limits nor counts what is not counted (autocomplete)', async () => {
    const { handleQuestion, plan, recorded, lines } = setUp({ burst: 1 });
    for (let index = 0; index < 3; index++)
      expect(
        (await handleQuestion(plan({ kind: 'autocomplete', limited: false, counted: false }))).outcome,
      ).toBe('user_error');
    expect(recorded).toEqual([]);
    expect(lines.filter((line) => line.msg === 'answer')).toEqual([]);
  });

  it('apologises with the correlation id of its error line and answer line when answering fails', async () => {
    const { handleQuestion, plan, sent, lines } = setUp();
    const end = await handleQuestion(
      plan({
        logFields: { via: 'os-button' },
        answer: () => {
          throw new Error('broken');
        },
      }),
    );
    expect(end.outcome).toBe('failed');
    expect(sent).toEqual([[`sorry ${end.correlationId}`, 'apology']]);
    expect(lines.find((line) => line.msg === 'could not answer')).toMatchObject({
      correlationId: end.correlationId,
      via: 'os-button',
      level: 50,
    });
    expect(lines.find((line) => line.msg === 'answer')).toMatchObject({ outcome: 'failed' });
  });

  it('apologises when sending fails, and only logs an apology that fails too', async () => {
    const { handleQuestion, plan, recorded, lines } = setUp();
    const purposes: Purpose[] = [];
    const end = await handleQuestion(
      plan({
        answer: () => ({ message: 'answer', outcome: 'answered' }),
        send: async (_message, { purpose }) => {
          purposes.push(purpose);
          throw new Error('platform down');
        },
      }),
    );
    expect(end.outcome).toBe('failed');
    expect(purposes).toEqual(['answer', 'apology']);
    expect(recorded).toEqual([['test', 'failed']]);
    expect(lines.find((line) => line.msg === 'follow-up failed')).toMatchObject({ level: 40 });
  });
});
