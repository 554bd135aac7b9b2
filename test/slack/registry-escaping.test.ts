/**
 * Text from an imported registry is data, never markup: service names, aliases, descriptions,
 * references and notes holding `<!everyone>`, `<!channel>`, `<@U123>`, `<http://x|y>`, backticks
 * and `&` reach Slack escaped in every layout, inside code spans too, in the blocks and in the
 * plain-text fallback. Rendered directly (both detail levels, with and without buttons) and
 * through the running service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../adapters/slack/block-kit-limits.js';
import { toSlackMessage } from '../../adapters/slack/render/answer-message.js';
import { type Answer, answerQuestion } from '../../src/index.js';
import type { RegistryRecord } from '../../src/knowledge/registry-record.js';
import { knowledgeFromRegistry } from '../support/knowledge.js';
import { slashCommandForm } from '../support/slack/payloads.js';
import { FORM, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type RunningSlackService, startSlackService } from '../support/slack/slack-service.js';
import { startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const HOSTILE = '<!everyone> <!channel> <@U123> <http://x|y> `tick` & co';

function row(
  from: number,
  to: number,
  transport: 'tcp' | 'udp',
  names: string[],
  description: string,
): RegistryRecord {
  return {
    from,
    to,
    transport,
    names,
    description,
    status: 'assigned',
    references: ['[<!channel>]', '[RFC9110]'],
    unauthorizedUse: '<@U123> reported & <!here>',
  };
}

const knowledge = knowledgeFromRegistry(
  [
    row(40001, 40001, 'tcp', ['<!everyone>', '<!channel>'], HOSTILE),
    row(40001, 40001, 'udp', ['<@U123>', '<http://x|y>'], HOSTILE),
    row(40002, 40002, 'tcp', ['evilsvc', 'a`b`c&d'], HOSTILE),
    row(40003, 40003, 'tcp', ['```<!everyone>```'], '```<!channel>```'),
    row(40010, 40020, 'tcp', ['<!channel>'], HOSTILE),
    row(40010, 40020, 'udp', ['<!everyone>&'], HOSTILE),
  ],
  [{ name: '<!everyone>', transport: 'tcp', description: HOSTILE }],
);

const QUESTIONS = [
  '40001',
  '40002',
  '40003',
  '40001/udp',
  '40010-40020',
  '40001 40002 40003 40010-40020',
  'evilsvc',
];

/** Our own links are `<https://…|label>`; anything else Slack would read as markup. */
const OUR_LINK = /<https:\/\/[^\s<>|&]+\|[^<>]*>/g;

function expectInert(text: string, label: string): void {
  const rest = text.replace(OUR_LINK, '');
  expect(rest, `${label}: markup`).not.toMatch(/[<>]/);
  expect(rest, `${label}: a bare &`).not.toMatch(/&(?!amp;|lt;|gt;)/);
}

/** Every text Slack reads in a message: the fallback and each block's strings. */
function texts(message: SlackMessage): string[] {
  const found: string[] = [message.text];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(message.blocks);
  return found;
}

function answer(question: string): Answer {
  const outcome = answerQuestion(question, knowledge);
  if (!outcome.ok) throw new Error(`no answer for ${question}`);
  return outcome.value;
}

describe('registry text in Block Kit', () => {
  it.each(QUESTIONS)('"%s": every layout escapes the registry text', (question) => {
    const result = answer(question);
    for (const detail of ['default', 'full'] as const) {
      for (const options of [{ token: 'p40001' }, { sharedBy: 'U0SHARER1' }]) {
        const message = toSlackMessage(result, { ...options, detail });
        for (const text of texts(message).map((value) => value.replace('<@U0SHARER1>', '')))
          expectInert(text, `${question} ${detail}`);
      }
    }
  });

  it('still shows the names, escaped, in bold (services) and in code spans (aliases)', () => {
    // One port at a time, in full, with aliases.
    const message = ['40001', '40002', '40003']
      .map((port) => JSON.stringify(toSlackMessage(answer(port), { detail: 'full' })))
      .join();
    expect(message).toContain('*&lt;!everyone&gt;*');
    expect(message).toContain('`&lt;!channel&gt;`');
    expect(message).toContain('*&lt;@U123&gt;*');
    expect(message).toContain('`&lt;http://x|y&gt;`');
    // Backticks would end the span early: they are dropped, the rest kept.
    expect(message).toContain('`abc&amp;d`');
    expect(message).toContain('&lt;!everyone&gt; &lt;!channel&gt; &lt;@U123&gt;');
  });

  it('escapes the header (plain_text) and keeps it within its limit', () => {
    const message = toSlackMessage(answer('40001'));
    const [header] = message.blocks;
    expect(header?.type).toBe('header');
    const text = JSON.stringify(header);
    expect(text).not.toMatch(/<!|<@/);
  });
});

describe('through the running service', () => {
  let api: WebApiStandIn;
  let slack: RunningSlackService;

  beforeAll(async () => {
    api = await startWebApiStandIn();
    slack = await startSlackService(
      {
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_API_URL: api.apiUrl,
      },
      {},
      { knowledge: () => knowledge },
    );
  });

  afterAll(async () => {
    await slack?.stop();
    await api?.close();
  });

  it.each(QUESTIONS)('/port %s answers with the registry text escaped', async (question) => {
    const response = await signedPost(
      slack.eventsUrl,
      slashCommandForm(question, api.responseUrl('esc')),
      FORM,
    );
    expect(response.status).toBe(200);
    const reply = (await response.json()) as SlackMessage;
    expect(reply.blocks.length).toBeGreaterThan(0);
    for (const text of texts(reply)) expectInert(text, question);
  });
});
