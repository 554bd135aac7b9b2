/**
 * Every surface heads a port with the core's title and leads with the same uses, in the same
 * order: the terminal text, Slack's header and fallback, and Discord's embeds.
 */
import { describe, expect, it } from 'vitest';
import { renderAnswerEmbeds } from '../../adapters/discord/render-embeds.js';
import { toSlackMessage } from '../../adapters/slack/render/answer-message.js';
import { answerQuestion } from '../../src/index.js';
import { renderAnswerText } from '../../src/report/render-text.js';
import { testKnowledge } from '../support/knowledge.js';

function answer(question: string) {
  const outcome = answerQuestion(question, testKnowledge());
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

describe('one headline on every surface', () => {
  it.each([
    ['443', 'Port 443: HTTPS, HTTP/3, DNS over HTTPS'],
    ['3000', 'Port 3000: Node.js dev servers, Create React App, Ruby on Rails'],
    ['8080', 'Port 8080: HTTP alternate (8080), Apache Tomcat, Jenkins'],
    ['9090', 'Port 9090: Prometheus, Cockpit, Openfire'],
    ['6379/tcp', 'Port 6379/tcp: Redis, Ray'],
  ])('%s → %s', (question, title) => {
    const result = answer(question);
    expect(result.title).toBe(title);
    const lead = title.split(': ')[1] ?? '';
    expect(renderAnswerText(result).split('\n')[0]).toContain(`— ${lead} · `);
    const slack = toSlackMessage(result);
    expect(JSON.stringify(slack.blocks[0])).toContain(`— ${lead} · `);
    expect(slack.text.split('\n')[0]).toContain(lead);
    expect(renderAnswerEmbeds(result)[0]?.title).toContain(`— ${lead} · `);
  });

  it('heads each port the same way in a compact Discord answer about several ports', () => {
    const result = answer('443 3000 8080');
    const titles = renderAnswerEmbeds(result).map((embed) => embed.title?.split(' · ')[0]);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Port 443 — HTTPS, HTTP/3, DNS over HTTPS',
        'Port 3000 — Node.js dev servers, Create React App, Ruby on Rails',
        'Port 8080 — HTTP alternate (8080), Apache Tomcat, Jenkins',
      ]),
    );
  });
});
