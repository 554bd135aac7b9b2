/**
 * The pages chat answers link to ("Open in browser") exist on the real web adapter: each link
 * answers 200 at once (no redirect, no 404), in English and in Korean, and the page calls itself
 * canonical when it is one port, range or service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, answerQuestion } from '../../src/index.js';
import { answerPageUrl } from '../../src/present/page-path.js';
import { testKnowledge } from '../support/knowledge.js';
import { type RunningWeb, startWeb } from './web-server.js';

const ORIGIN = 'https://portbot.example.com';
let web: RunningWeb;

beforeAll(async () => {
  web = await startWeb({ publicUrl: ORIGIN, limits: { search: { perMinute: 600, burst: 100 } } });
});
afterAll(async () => {
  await web?.close();
});

function answerOf(question: string): Answer {
  const outcome = answerQuestion(question, testKnowledge());
  if (!outcome.ok) throw new Error(`${question}: ${outcome.problem.code}`);
  return outcome.answer;
}

describe('chat links open their page', () => {
  it.each([
    ['60140', true],
    ['53/udp', true],
    ['8000-8010', true],
    ['postgres', true],
    ['postgress', true],
    ['sql server', true],
    ['msql', true],
    ['22 and 443', false],
    ['redis and 53/udp', false],
  ])('%s', async (question, canonical) => {
    for (const lang of ['en', 'ko'] as const) {
      const link = answerPageUrl(answerOf(question), ORIGIN, lang);
      expect(link).not.toBeNull();
      const path = (link as string).slice(ORIGIN.length);
      const response = await fetch(`${web.origin}${path}`, {
        redirect: 'manual',
        signal: AbortSignal.timeout(10_000),
      });
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}"`);
      if (canonical) expect(html).toContain(`<link rel="canonical" href="${link}"`);
    }
  });
});
