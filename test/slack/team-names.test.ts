/**
 * The team's own names in Slack, end to end on SQLite and PostgreSQL: `/port billing api` and a
 * mention of it are looked up in the workspace's notes once and answered once — with the port
 * whose note names it, or, when no note does, with the one friendly "unknown service" reply; and a
 * cached answer reads nothing. The real Slack adapter, team layer and store; the store is wrapped
 * only to count its reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../adapters/shared/team/index.js';
import type { SlackMessage } from '../../adapters/slack/block-kit-limits.js';
import { appMention, slashCommandFields } from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type RunningSlackService, startSlackService } from '../support/slack/slack-service.js';
import { waitFor, waitForHandled } from '../support/slack/wait.js';
import { startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';
import { countReads, noReads, type OpenedStore, storeEngines } from '../support/stores.js';

describe.each(await storeEngines())("the team's own names on Slack (%s)", (_engine, open) => {
  let opened: OpenedStore;
  let api: WebApiStandIn;
  let slack: RunningSlackService;
  const reads = noReads();
  let sequence = 0;

  /** Requests Bolt has finished dispatching (listeners and their replies), by its debug line. */
  function handledRequests(): number {
    return slack.logs.filter((line) => line.msg === 'slack request handled').length;
  }

  async function port(text: string): Promise<SlackMessage & { response_type?: string }> {
    sequence += 1;
    const fields = slashCommandFields(text, api.responseUrl(`names${sequence}`), '/port');
    const response = await signedPost(slack.eventsUrl, new URLSearchParams(fields).toString(), FORM);
    expect(response.status).toBe(200);
    return (await response.json()) as SlackMessage & { response_type?: string };
  }

  beforeAll(async () => {
    opened = await open();
    const store = countReads(opened.store, reads);
    api = await startWebApiStandIn();
    slack = await startSlackService(
      {
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_API_URL: api.apiUrl,
      },
      {},
      { team: createTeam({ store: async () => store, revisionTtlMs: 60_000 }) },
    );
  }, 60_000);

  afterAll(async () => {
    await slack?.stop();
    await api?.close();
    await opened?.done();
  });

  it('answers an unmatched name once: one lookup, one private reply saying it knows no such service', async () => {
    reads.searches = 0;
    const before = api.responsePosts.length;
    const handled = handledRequests();
    const reply = await port('billing api');
    expect(reads.searches).toBe(1);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain("I don't know a service called");
    expect(reply.text).not.toMatch(/^Port /);
    // Nothing else was sent for it: no second message through the response URL or the Web API.
    // Bolt logs the command handled once its listener, and all it sent, is done: then the counts are final.
    await waitFor(() => (handledRequests() > handled ? true : undefined), {
      timeoutMs: 10_000,
      what: 'the command to be handled',
    });
    expect(api.responsePosts.length).toBe(before);
    expect(api.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers a name the notes hold with that port, after one lookup', async () => {
    // A note set here is seen by the next answer at once, even though "billing api" was cached.
    expect((await port('note 9443 billing API (payments team)')).text).toContain('9443');
    reads.searches = 0;
    const reply = await port('billing api');
    expect(reads.searches).toBe(1);
    expect(reply.text).toContain('9443');
    expect(JSON.stringify(reply.blocks)).toContain('billing API');
  });

  it('serves a cached answer without reading the database; a note written here shows at once', async () => {
    const first = await port('5432');
    expect(JSON.stringify(first.blocks)).not.toContain('the billing database');
    Object.assign(reads, noReads());
    const again = await port('5432');
    expect(again.blocks).toEqual(first.blocks);
    expect(reads).toEqual(noReads());
    await port('note 5432 the billing database');
    expect(JSON.stringify((await port('5432')).blocks)).toContain('the billing database');
  });

  it('finds the name in a mention too (the mention itself is no part of the name), with one reply', async () => {
    reads.searches = 0;
    const before = api.callsTo('chat.postMessage').length;
    const mention = appMention('<@UBOTSTANDIN> billing api');
    const response = await signedPost(slack.eventsUrl, JSON.stringify(mention), JSON_TYPE);
    expect(response.status).toBe(200);
    const posted = await waitFor(
      () => (api.callsTo('chat.postMessage').length > before ? api.callsTo('chat.postMessage') : undefined),
      { timeoutMs: 10_000, what: 'the reply to the mention' },
    );
    expect(JSON.stringify(posted.at(-1)?.form)).toContain('9443');
    // Once Bolt has handled the event to the end, no second reply can still be on its way.
    await waitForHandled(slack.logs, [mention]);
    expect(api.callsTo('chat.postMessage').length).toBe(before + 1);
    expect(reads.searches).toBe(1);
  });
});
