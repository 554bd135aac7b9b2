/**
 * "Open in browser" in Slack: with PUBLIC_URL, every answer about a port, range or service ends
 * with a link button to its page; without it, none. Rendered on its own, then end to end through
 * the service composed from its environment (as `npm start` does), with Slack's stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findBlockKitViolations,
  type SlackBlock,
  type SlackMessage,
} from '../../adapters/slack/block-kit-limits.js';
import { commandReply, conversationReply, explainReply } from '../../adapters/slack/listeners/replies.js';
import { OPEN_ACTION_ID } from '../../adapters/slack/render/actions.js';
import { toSlackMessage } from '../../adapters/slack/render/answer-message.js';
import { answerQuestion } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';
import { appMention, blockAction, interactionForm, slashCommandForm } from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type RunningSlackService, startSlackServiceFromEnv } from '../support/slack/slack-service.js';
import { waitFor } from '../support/slack/wait.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const ORIGIN = 'https://portbot.example.com';

type Button = { type: 'button'; action_id?: string; url?: string; value?: string; text: { text: string } };

function buttonsOf(blocks: readonly SlackBlock[]): Button[] {
  return blocks.flatMap((block) => (block.type === 'actions' ? (block.elements as Button[]) : []));
}

function openButtons(message: SlackMessage): Button[] {
  return buttonsOf(message.blocks).filter((button) => button.url !== undefined);
}

function render(question: string, options: Parameters<typeof toSlackMessage>[1] = {}): SlackMessage {
  const asked = answerQuestion(question, testKnowledge());
  if (!asked.ok) throw new Error(`${question}: ${asked.problem.code}`);
  return toSlackMessage(asked.answer, { token: asked.token, command: '/port', ...options });
}

describe('Slack rendering: the link button', () => {
  it.each([
    ['60140', `${ORIGIN}/ports/60140`],
    ['53/udp', `${ORIGIN}/ports/53/udp`],
    ['8000-8010', `${ORIGIN}/ports/8000-8010`],
    ['postgres', `${ORIGIN}/services/postgresql`],
    ['22 and 443', `${ORIGIN}/search?q=22%20443`],
  ])('%s links to %s, last, as a url button within Block Kit', (question, url) => {
    for (const detail of ['default', 'full'] as const) {
      const message = render(question, { publicUrl: ORIGIN, detail });
      const buttons = buttonsOf(message.blocks);
      expect(buttons.at(-1)).toEqual({
        type: 'button',
        action_id: OPEN_ACTION_ID,
        text: { type: 'plain_text', text: 'Open in browser', emoji: true },
        url,
      });
      expect(openButtons(message)).toHaveLength(1);
      expect(findBlockKitViolations(message)).toEqual([]);
    }
  });

  it.each(['22 80 443 3306 5432 6379 8080 8443 9090 27017', '1-128', 'http'])(
    'the largest answers still fit with the link: %s',
    (question) => {
      for (const detail of ['default', 'full'] as const) {
        const message = render(question, { publicUrl: ORIGIN, detail });
        expect(findBlockKitViolations(message)).toEqual([]);
        expect(openButtons(message)).toHaveLength(1);
      }
    },
  );

  it('comes with answers that have no other buttons: threads and shared answers', () => {
    const asked = answerQuestion('5432', testKnowledge());
    if (!asked.ok) throw new Error(asked.problem.code);
    for (const options of [{}, { sharedBy: 'U0SHARER1' }]) {
      const message = toSlackMessage(asked.answer, { ...options, publicUrl: ORIGIN });
      expect(buttonsOf(message.blocks).map((button) => button.url)).toEqual([`${ORIGIN}/ports/5432`]);
      expect(findBlockKitViolations(message)).toEqual([]);
    }
  });

  it('every reply kind carries it with PUBLIC_URL and none without', () => {
    const knowledge = testKnowledge();
    const replies = (publicUrl?: string) => {
      const present = publicUrl ? { actions: { publicUrl } } : {};
      return [
        commandReply('22', knowledge, '/port', present),
        conversationReply('<@U0PORTBOT> what is 22', knowledge, '/port', present),
        explainReply('the service listens on 22', knowledge, '/port', present),
      ];
    };
    for (const reply of replies(ORIGIN))
      expect(openButtons(reply.message).map((button) => button.url)).toEqual([`${ORIGIN}/ports/22`]);
    for (const reply of replies()) expect(openButtons(reply.message)).toEqual([]);
  });

  it.each(['22', '22 and 443', 'postgres', '8000-8010', 'help'])(
    '"%s" has no link without PUBLIC_URL',
    (question) => {
      const message = render(question);
      expect(openButtons(message)).toEqual([]);
      expect(JSON.stringify(message)).not.toContain(OPEN_ACTION_ID);
    },
  );

  it('help has no page, so no link', () => {
    expect(openButtons(render('help', { publicUrl: ORIGIN }))).toEqual([]);
  });

  it('action ids stay unique beside Share, the OS buttons and "Show everything"', () => {
    const message = render('22', { publicUrl: ORIGIN });
    const ids = buttonsOf(message.blocks).map((button) => button.action_id);
    expect(ids).toContain(OPEN_ACTION_ID);
    expect(ids).toContain('portbot_share');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('Slack end to end with PUBLIC_URL', () => {
  let api: WebApiStandIn;
  let slack: RunningSlackService;

  beforeAll(async () => {
    api = await startWebApiStandIn();
    slack = await startSlackServiceFromEnv({
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: api.apiUrl,
      PUBLIC_URL: `${ORIGIN}/`,
      WEB: 'off',
    });
  });

  afterAll(async () => {
    await slack?.stop();
    await api?.close();
  });

  it('a /port answer links to the port page', async () => {
    const response = await signedPost(slack.eventsUrl, slashCommandForm('5432', api.responseUrl('c1')), FORM);
    expect(response.status).toBe(200);
    const reply = (await response.json()) as SlackMessage;
    expect(openButtons(reply).map((button) => button.url)).toEqual([`${ORIGIN}/ports/5432`]);
    expect(findBlockKitViolations(reply)).toEqual([]);
  });

  it('a mention answered in its thread links to the search for both ports', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const event = appMention(`<@${BOT_USER_ID}> what are 22 and 443?`);
    const response = await signedPost(slack.eventsUrl, JSON.stringify(event), JSON_TYPE);
    expect(response.status).toBe(200);
    const call = (await api.waitForCalls('chat.postMessage', before + 1))[before];
    const blocks = JSON.parse(call?.form.blocks ?? '[]') as SlackBlock[];
    const links = buttonsOf(blocks).filter((button) => button.url !== undefined);
    expect(links.map((button) => button.url)).toEqual([`${ORIGIN}/search?q=22%20443`]);
    // Beside it only the thread's private buttons (votes, a team note), nothing that re-asks.
    const others = buttonsOf(blocks).filter((button) => button.url === undefined);
    expect(others.map((button) => button.action_id)).toEqual([
      'portbot_feedback_up',
      'portbot_feedback_down',
      'portbot_note_add',
    ]);
  });

  it('an OS click keeps the link in the message it replaces', async () => {
    const response = await signedPost(slack.eventsUrl, slashCommandForm('8080', api.responseUrl('c2')), FORM);
    const reply = (await response.json()) as SlackMessage;
    const windows = buttonsOf(reply.blocks).find((button) => button.action_id === 'portbot_os_windows');
    const click = blockAction('portbot_os_windows', windows?.value ?? '', api.responseUrl('click'));
    expect((await signedPost(slack.eventsUrl, interactionForm(click), FORM)).status).toBe(200);
    const post = await waitFor(() => api.responsePosts.find((entry) => entry.id === 'click'), {
      what: 'the in-place answer',
    });
    expect(openButtons(post.body as SlackMessage).map((button) => button.url)).toEqual([
      `${ORIGIN}/ports/8080`,
    ]);
  });

  it('a click on the link is acknowledged at once, and answers nothing', async () => {
    const click = blockAction(OPEN_ACTION_ID, '', api.responseUrl('open'));
    const actions = click.actions as Record<string, unknown>[];
    const [action] = actions;
    if (action) {
      delete action.value;
      action.url = `${ORIGIN}/ports/5432`;
    }
    const before = api.calls.length;
    const response = await signedPost(slack.eventsUrl, interactionForm(click), FORM);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(api.responsePosts.filter((post) => post.id === 'open')).toEqual([]);
    expect(api.calls.slice(before)).toEqual([]);
  });
});
