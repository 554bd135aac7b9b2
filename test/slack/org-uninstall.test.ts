/**
 * Removing an Enterprise Grid organisation-wide install, end to end on SQLite and PostgreSQL:
 * people in two of the org's workspaces write notes, vote and choose a language through signed
 * `/port` commands and button clicks (each workspace's data kept under its own team id, linked to
 * the org on write); then `app_uninstalled` for the org deletes the org's data and every one of
 * its workspaces', while a workspace of another org, and a workspace that installed portbot on its
 * own, keep theirs. `team_access_revoked` deletes the workspaces it names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../adapters/shared/team/index.js';
import { orgWideRemoval } from '../../adapters/slack/listeners/uninstall.js';
import { blockAction, interactionForm, slashCommandFields, USER_ID } from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type RunningSlackService, startSlackService } from '../support/slack/slack-service.js';
import { startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';
import { type OpenedStore, storeEngines } from '../support/stores.js';

const ORG = 'EORG00001';
const OTHER_ORG = 'EORG00002';

describe.each(await storeEngines())('removing an org-wide Slack install (%s)', (_engine, open) => {
  let opened: OpenedStore;
  let api: WebApiStandIn;
  let slack: RunningSlackService;
  let sequence = 0;

  /** `/port <text>` from a workspace of an org (Slack sends both ids). */
  async function port(text: string, team: string, enterprise: string | undefined) {
    sequence += 1;
    const fields = {
      ...slashCommandFields(text, api.responseUrl(`org${sequence}`), '/port'),
      team_id: team,
      ...(enterprise ? { enterprise_id: enterprise, is_enterprise_install: 'true' } : {}),
    };
    const response = await signedPost(slack.eventsUrl, new URLSearchParams(fields).toString(), FORM);
    expect(response.status).toBe(200);
    return (await response.json()) as { text: string; blocks: { type: string; elements?: unknown[] }[] };
  }

  async function event(body: Record<string, unknown>) {
    sequence += 1;
    const response = await signedPost(
      slack.eventsUrl,
      JSON.stringify({
        token: 'legacy-verification-token',
        api_app_id: 'ASTANDIN01',
        type: 'event_callback',
        event_id: `EvOrg${sequence}`,
        event_time: Math.floor(Date.now() / 1000),
        ...body,
      }),
      JSON_TYPE,
    );
    expect(response.status).toBe(200);
  }

  async function kept(workspace: string) {
    const { store } = opened;
    return {
      notes: (await store.notes.list(workspace)).total,
      votes: (await store.feedback.report(workspace)).length,
      lang: (await store.settings.language(workspace, USER_ID)) ?? null,
    };
  }

  /** Waits (bounded) until the workspace has no notes left: events are handled after their 200. */
  async function gone(workspace: string) {
    await expect
      .poll(async () => (await opened.store.notes.list(workspace)).total, { timeout: 10_000, interval: 100 })
      .toBe(0);
  }

  beforeAll(async () => {
    opened = await open();
    api = await startWebApiStandIn();
    const store = opened.store;
    slack = await startSlackService(
      {
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_API_URL: api.apiUrl,
      },
      {},
      { team: createTeam({ store: async () => store }), workspaces: async () => store.workspaces },
      { logLevel: 'warn' },
    );
  }, 60_000);

  afterAll(async () => {
    await slack?.stop();
    await api?.close();
    await opened?.done();
  });

  it("deletes the org's data and every workspace's in it, and nobody else's", async () => {
    // Two workspaces of the org, one of another org, one on its own: notes, a language, a vote.
    for (const [team, org] of [
      ['TORGA0001', ORG],
      ['TORGB0001', ORG],
      ['TOTHER001', OTHER_ORG],
      ['TALONE001', undefined],
    ] as const) {
      expect((await port('note 8443 staging Grafana', team, org)).text).toContain('8443');
      await port('lang ko', team, org);
    }
    // A vote from the org's first workspace, through its button.
    const answer = await port('8443', 'TORGA0001', ORG);
    const up = answer.blocks
      .flatMap((block) =>
        block.type === 'actions' ? (block.elements as { action_id?: string; value?: string }[]) : [],
      )
      .find((button) => button.action_id === 'portbot_feedback_up');
    const click = blockAction('portbot_feedback_up', up?.value ?? '', api.responseUrl('vote'));
    const clicked = {
      ...click,
      team: { id: 'TORGA0001', domain: 'orga' },
      user: { ...(click.user as object), team_id: 'TORGA0001' },
      enterprise: { id: ORG, name: 'Org' },
      is_enterprise_install: true,
    };
    expect((await signedPost(slack.eventsUrl, interactionForm(clicked), FORM)).status).toBe(200);
    await expect
      .poll(async () => (await kept('TORGA0001')).votes, { timeout: 10_000, interval: 100 })
      .toBe(1);
    expect(await kept('TORGB0001')).toEqual({ notes: 1, votes: 0, lang: 'ko' });

    // The org-wide install is removed: Slack names the org, and no team of its own.
    await event({
      team_id: null,
      enterprise_id: ORG,
      is_enterprise_install: true,
      authorizations: [{ enterprise_id: ORG, team_id: null, is_enterprise_install: true, is_bot: true }],
      event: { type: 'app_uninstalled', event_ts: '1.0' },
    });
    await gone('TORGA0001');
    await gone('TORGB0001');
    expect(await kept('TORGA0001')).toEqual({ notes: 0, votes: 0, lang: null });
    expect(await kept('TORGB0001')).toEqual({ notes: 0, votes: 0, lang: null });
    expect(await kept('TOTHER001')).toEqual({ notes: 1, votes: 0, lang: 'ko' });
    expect(await kept('TALONE001')).toEqual({ notes: 1, votes: 0, lang: 'ko' });
  });

  it('deletes only the workspace whose own install in an org is removed, and the ones team_access_revoked names', async () => {
    await port('note 22 bastion', 'TOTHER002', OTHER_ORG);
    // A workspace-level install inside an org: its own team id, not marked as the org's install.
    await event({
      team_id: 'TOTHER001',
      enterprise_id: OTHER_ORG,
      authorizations: [{ enterprise_id: OTHER_ORG, team_id: 'TOTHER001', is_enterprise_install: false }],
      event: { type: 'app_uninstalled', event_ts: '1.0' },
    });
    await gone('TOTHER001');
    expect((await kept('TOTHER002')).notes).toBe(1);

    await event({
      team_id: null,
      enterprise_id: OTHER_ORG,
      event: { type: 'team_access_revoked', team_ids: ['TOTHER002'], event_ts: '1.0' },
    });
    await gone('TOTHER002');
    expect((await kept('TALONE001')).notes).toBe(1);
  });
});

describe('which removal is organisation-wide', () => {
  it.each([
    [{ enterprise_id: 'E1', is_enterprise_install: true, team_id: 'T1' }, 'E1'],
    [{ enterprise_id: 'E1', authorizations: [{ is_enterprise_install: true }] }, 'E1'],
    [{ enterprise_id: 'E1', team_id: null }, 'E1'],
    [{ enterprise_id: 'E1', team_id: 'E1' }, 'E1'],
    [{ authorizations: [{ enterprise_id: 'E1', is_enterprise_install: true }], team_id: 'T1' }, 'E1'],
    [{ enterprise_id: 'E1', team_id: 'T1' }, undefined],
    [{ enterprise_id: 'E1', team_id: 'T1', authorizations: [{ is_enterprise_install: false }] }, undefined],
    [{ team_id: 'T1' }, undefined],
    [{}, undefined],
  ])('%j → %s', (body, expected) => {
    expect(orgWideRemoval(body)).toBe(expected);
  });
});
