/**
 * Slack's rendering of what the team adds to an answer: the notes right after the headline,
 * "Was this helpful?" with 👍 and 👎 whose value is the vote's identity, and "Add a team note" with
 * the port — within Block Kit's limits for the largest answers, with the most and longest notes.
 */
import { describe, expect, it } from 'vitest';
import { decodeFeedbackValue } from '../../adapters/shared/team/feedback-value.js';
import { findBlockKitViolations, type SlackMessage } from '../../adapters/slack/block-kit-limits.js';
import { commandReply } from '../../adapters/slack/listeners/replies.js';
import type { TeamNoteInput } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

type Button = { action_id?: string; value?: string; text: { text: string } };

const buttonsOf = (message: SlackMessage): Button[] =>
  message.blocks.flatMap((block) => (block.type === 'actions' ? (block.elements as Button[]) : []));

const longNote = (index: number): TeamNoteInput => ({
  text: `${'staging billing API behind the VPN appliance, ask #sre '.repeat(6).slice(0, 295)} ${index}`,
  author: 'Ana María Dos Santos',
  date: '2026-12-05',
  scope: { port: 8000 + index },
});

const TEAM = { actions: { feedback: true, addNote: true } } as const;

describe('Slack rendering: team notes and "Was this helpful?"', () => {
  it.each([
    ['8443', '8443'],
    ['53/udp', '53/udp'],
    ['8000-8010', '8000-8010'],
    ['postgres', undefined],
  ])('%s: votes carry the identity; the note button proposes %s', (question, scope) => {
    const { message } = commandReply(question, testKnowledge(), '/port', { lang: 'en', ...TEAM });
    const up = buttonsOf(message).find((button) => button.action_id === 'portbot_feedback_up');
    const down = buttonsOf(message).find((button) => button.action_id === 'portbot_feedback_down');
    expect(up?.text.text).toBe('👍 Helpful');
    expect(down?.text.text).toBe('👎 Not helpful');
    expect(decodeFeedbackValue(up?.value ?? '')).toMatchObject({ lang: 'en' });
    expect(JSON.stringify(message.blocks)).toContain('Was this helpful?');
    const add = buttonsOf(message).find((button) => button.action_id === 'portbot_note_add');
    expect(add?.value).toBe(scope === undefined ? undefined : `${scope}|en`);
  });

  it.each(['22 80 443 3306 5432 6379 8080 8443 9090 27017', '1-128', 'http', '8000-8010'])(
    '%s with ten 300-character notes still fits, notes first, buttons kept',
    (question) => {
      const teamNotes = Array.from({ length: 10 }, (_, index) => longNote(index));
      for (const lang of ['en', 'ko'] as const) {
        const { message } = commandReply(question, testKnowledge(), '/port', { lang, teamNotes, ...TEAM });
        expect(findBlockKitViolations(message)).toEqual([]);
        expect(JSON.stringify(message.blocks[1])).toContain(lang === 'en' ? 'Team notes' : '팀 메모');
        const ids = buttonsOf(message).map((button) => button.action_id);
        expect(ids).toEqual(expect.arrayContaining(['portbot_feedback_up', 'portbot_feedback_down']));
      }
    },
  );

  it('a note cannot ping or hide a link, in the blocks or the fallback', () => {
    const teamNotes = [
      { text: '<!channel> see <http://evil.example|docs> @everyone', author: '<@U1>', date: 'x' },
    ];
    const { message } = commandReply('8443', testKnowledge(), '/port', { teamNotes, ...TEAM });
    const all = `${message.text}${JSON.stringify(message.blocks)}`;
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<http://evil.example|');
    expect(all).not.toContain('<@U1>');
  });
});
