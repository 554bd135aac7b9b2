/**
 * The team's notes and "Was this helpful?" in Slack, end to end: signed requests into the service
 * composed from its environment (as `npm start` composes it, real Bolt), Slack's Web API played by
 * the stand-in, and the team's data in a real database — SQLite, and PostgreSQL when it answers.
 * Set, the answer shows the note first, list and "More", history, forget, another workspace sees
 * nothing, a shared channel sees nothing, the team's own names, a restart keeps everything, votes
 * counted and reported, the modals, admins-only writes, NOTES=off, and leaving the workspace.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findBlockKitViolations,
  type SlackBlock,
  type SlackMessage,
} from '../../adapters/slack/block-kit-limits.js';
import { MISSING_MODAL_ID, NOTE_MODAL_ID } from '../../adapters/slack/listeners/team-actions.js';
import { openStore } from '../../adapters/store/open-store.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/postgres.js';
import {
  appMention,
  blockAction,
  eventCallback,
  interactionForm,
  slashCommandFields,
  viewSubmission,
} from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { type RunningSlackService, startSlackServiceFromEnv } from '../support/slack/slack-service.js';
import { waitFor } from '../support/slack/wait.js';
import {
  BOT_USER_ID,
  startWebApiStandIn,
  TEAM_ID,
  type WebApiStandIn,
} from '../support/slack/web-api-stand-in.js';

const OTHER_TEAM = 'TOTHERTEAM';
const ADMIN = 'UADMIN0001';

type Button = { type: 'button'; action_id?: string; value?: string; text: { text: string } };

function buttonsOf(message: SlackMessage): Button[] {
  return message.blocks.flatMap((block) => (block.type === 'actions' ? (block.elements as Button[]) : []));
}

function button(message: SlackMessage, actionId: string): Button {
  const found = buttonsOf(message).find((candidate) => candidate.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button in ${JSON.stringify(message.blocks)}`);
  return found;
}

/** The blocks' text, in order, as one string. */
function blocksText(blocks: readonly SlackBlock[]): string {
  return JSON.stringify(blocks);
}

interface Engine {
  name: string;
  env: Record<string, string>;
  done(): Promise<void>;
}

async function engines(): Promise<Array<[string, () => Promise<Engine>]>> {
  const list: Array<[string, () => Promise<Engine>]> = [
    [
      'sqlite',
      async () => {
        const dir = mkdtempSync(join(tmpdir(), 'portbot-slack-team-'));
        return {
          name: 'sqlite',
          env: { PORTBOT_DB: join(dir, 'portbot.db') },
          done: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    ],
  ];
  if (await postgresAvailable())
    list.push([
      'postgres',
      async () => {
        const database: TestDatabase = await createTestDatabase();
        return { name: 'postgres', env: { DATABASE_URL: database.url }, done: () => database.drop() };
      },
    ]);
  return list;
}

const ENGINES = await engines();

function slackEnv(api: WebApiStandIn, extra: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: api.apiUrl,
    WEB: 'off',
    LOG_LEVEL: 'warn',
    // The per-user answer limit has its own tests; here it would only slow the story down.
    RATE_LIMIT_PER_MINUTE: '0',
    ...extra,
  };
}

describe.each(ENGINES)('Slack team notes on %s', (_name, openEngine) => {
  let engine: Engine;
  let api: WebApiStandIn;
  let slack: RunningSlackService & { metricsUrl: string };
  let sequence = 0;

  const start = () => startSlackServiceFromEnv(slackEnv(api, engine.env));

  /** `/port <text>` as `user` in `team`; the acknowledgement is the reply. */
  async function port(
    text: string,
    options: { user?: string; team?: string; extra?: Record<string, string> } = {},
  ): Promise<SlackMessage & { response_type?: string }> {
    sequence++;
    const fields = {
      ...slashCommandFields(text, api.responseUrl(`c${sequence}`), '/port', options.user),
      ...(options.team ? { team_id: options.team } : {}),
      ...options.extra,
    };
    const response = await signedPost(slack.eventsUrl, new URLSearchParams(fields).toString(), FORM);
    expect(response.status).toBe(200);
    return (await response.json()) as SlackMessage & { response_type?: string };
  }

  /** Clicks a button; resolves with what the listener posted to the response URL, if anything. */
  async function click(actionId: string, value: string, user?: string): Promise<string> {
    sequence++;
    const id = `click${sequence}`;
    const response = await signedPost(
      slack.eventsUrl,
      interactionForm(blockAction(actionId, value, api.responseUrl(id), user)),
      FORM,
    );
    expect(response.status).toBe(200);
    return id;
  }

  async function postedTo(id: string): Promise<SlackMessage & Record<string, unknown>> {
    const post = await waitFor(() => api.responsePosts.find((entry) => entry.id === id), {
      timeoutMs: 10_000,
      what: `a reply to ${id}`,
    });
    return post.body as SlackMessage & Record<string, unknown>;
  }

  async function submit(callbackId: string, metadata: string, values: Record<string, string>, user?: string) {
    const response = await signedPost(
      slack.eventsUrl,
      interactionForm(viewSubmission(callbackId, metadata, values, user)),
      FORM,
    );
    expect(response.status).toBe(200);
    const body = await response.text();
    return body === '' ? undefined : (JSON.parse(body) as Record<string, unknown>);
  }

  beforeAll(async () => {
    engine = await openEngine();
    api = await startWebApiStandIn();
    slack = await start();
  });

  afterAll(async () => {
    await slack?.stop();
    await api?.close();
    await engine?.done();
  });

  it('sets a note privately, and every answer about the port shows it first, with who and when', async () => {
    const saved = await port('note 8443 staging Grafana, ask #sre');
    expect(saved.response_type).toBe('ephemeral');
    expect(saved.text).toContain('Saved the team note on 8443');

    const answer = await port('8443');
    expect(findBlockKitViolations(answer)).toEqual([]);
    expect(answer.blocks[0]?.type).toBe('header');
    // Right after the headline: the labelled note, its author's name (never a ping) and the date.
    const first = blocksText(answer.blocks.slice(1, 2));
    expect(first).toContain('Team notes');
    expect(first).toContain('staging Grafana, ask #sre');
    expect(first).toContain('asker');
    expect(first).toContain(new Date().toISOString().slice(0, 10));
    expect(blocksText(answer.blocks)).not.toContain('<@');
    // The fallback text too, right after the summary.
    const [summary = '', ...rest] = answer.text.split('\n\n');
    expect(summary).toContain('8443');
    const [title, ...lines] = rest.join('\n\n').split('\n');
    expect(title).toContain('Port 8443');
    const top = lines.slice(0, 5).join('\n');
    expect(top).toContain('Team notes');
    expect(top).toContain('staging Grafana');
  });

  it('a range answer shows the notes it overlaps; the same port with a transport too', async () => {
    expect(blocksText((await port('8440-8450')).blocks)).toContain('staging Grafana');
    expect(blocksText((await port('8443/tcp')).blocks)).toContain('staging Grafana');
  });

  it('lists the notes and shows a note’s history, privately', async () => {
    const list = await port('notes');
    expect(list.response_type).toBe('ephemeral');
    expect(blocksText(list.blocks)).toContain('staging Grafana');
    const history = await port('history 8443');
    expect(blocksText(history.blocks)).toContain('asker');
    expect(blocksText(history.blocks)).toContain('staging Grafana');
  });

  it('another workspace sees nothing of it, nor does a channel shared with other organisations', async () => {
    expect(blocksText((await port('8443', { team: OTHER_TEAM })).blocks)).not.toContain('staging Grafana');
    expect(blocksText((await port('notes', { team: OTHER_TEAM })).blocks)).toContain('No team notes yet');
    const shared = await port('8443', { extra: { is_ext_shared_channel: 'true' } });
    expect(`${shared.text}${blocksText(shared.blocks)}`).not.toContain('staging Grafana');
    expect(buttonsOf(shared).map((b) => b.action_id)).not.toContain('portbot_note_add');
  });

  it('finds the port whose note names what was asked: /port billing api', async () => {
    await port('note 9443 billing API (payments team)');
    const answer = await port('billing api');
    expect(answer.blocks[0]?.type).toBe('header');
    expect(blocksText(answer.blocks.slice(0, 1))).toContain('9443');
    expect(blocksText(answer.blocks)).toContain('billing API');
    // Outside the workspace the name means nothing.
    expect(blocksText((await port('billing api', { team: OTHER_TEAM })).blocks)).not.toContain('9443');
  });

  it('👍 is stored and counted; 👎 opens "What was missing?", whose text reaches the admins’ report', async () => {
    const answer = await port('5432');
    const up = button(answer, 'portbot_feedback_up');
    const down = button(answer, 'portbot_feedback_down');
    expect(up.text.text).toContain('👍');
    expect(down.text.text).toContain('👎');
    expect(blocksText(answer.blocks)).toContain('Was this helpful?');
    expect(up.value).toMatch(/^p5432\|en\|/);

    const thanks = await postedTo(await click('portbot_feedback_up', up.value ?? ''));
    expect(thanks.response_type).toBe('ephemeral');
    expect(thanks.text).toContain('your vote is counted');
    const metrics = await (await fetch(slack.metricsUrl)).text();
    expect(metrics).toMatch(/portbot_feedback_total\{adapter="slack",vote="up"\} 1\b/);

    // Changing one's mind: the same answer, now 👎; a modal asks what was missing.
    const before = api.callsTo('views.open').length;
    const changed = await postedTo(await click('portbot_feedback_down', down.value ?? ''));
    expect(changed.text).toContain('your vote is changed');
    const [opened] = (await api.waitForCalls('views.open', before + 1)).slice(before);
    const view = JSON.parse(opened?.form.view ?? '{}') as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe(MISSING_MODAL_ID);
    expect(
      await submit(MISSING_MODAL_ID, view.private_metadata, { portbot_missing_text: 'x'.repeat(501) }),
    ).toMatchObject({
      response_action: 'errors',
    });
    expect(
      await submit(MISSING_MODAL_ID, view.private_metadata, { portbot_missing_text: 'the replica port' }),
    ).toBe(undefined);
    expect(await (await fetch(slack.metricsUrl)).text()).toMatch(
      /portbot_feedback_total\{adapter="slack",vote="down"\} 1\b/,
    );

    const refused = await port('feedback');
    expect(refused.text).toContain('Only workspace admins');
    const report = await port('feedback', { user: ADMIN });
    expect(blocksText(report.blocks)).toContain('p5432');
    expect(blocksText(report.blocks)).toContain('the replica port');
    // Another workspace's admins see nothing of it.
    expect(blocksText((await port('feedback', { user: ADMIN, team: OTHER_TEAM })).blocks)).not.toContain(
      'p5432',
    );
  });

  it('"Add a team note" opens a modal with the port; its submission sets the note', async () => {
    const answer = await port('6379');
    const add = button(answer, 'portbot_note_add');
    const before = api.callsTo('views.open').length;
    await click('portbot_note_add', add.value ?? '');
    const [opened] = (await api.waitForCalls('views.open', before + 1)).slice(before);
    const view = JSON.parse(opened?.form.view ?? '{}') as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    expect(view.callback_id).toBe(NOTE_MODAL_ID);
    expect(view.blocks[0]?.element.initial_value).toBe('6379');
    const empty = await submit(NOTE_MODAL_ID, view.private_metadata, {
      portbot_note_scope: '6379',
      portbot_note_text: '',
    });
    expect(empty).toMatchObject({ response_action: 'errors' });
    const ok = await submit(NOTE_MODAL_ID, view.private_metadata, {
      portbot_note_scope: '6379',
      portbot_note_text: 'session cache <!channel>',
    });
    expect(ok).toBe(undefined);
    const shown = await port('6379');
    expect(blocksText(shown.blocks.slice(1, 2))).toContain('session cache');
    expect(`${shown.text}${blocksText(shown.blocks)}`).not.toContain('<!channel>');
  });

  it('forget takes effect at once; the history keeps it', async () => {
    expect(blocksText((await port('8443')).blocks)).toContain('staging Grafana');
    const removed = await port('forget 8443');
    expect(removed.text).toContain('Removed the team note on 8443');
    expect(blocksText((await port('8443')).blocks)).not.toContain('staging Grafana');
    expect(blocksText((await port('history 8443')).blocks)).toContain('removed the note');
  });

  it('pages the list 50 at a time, with "More"', async () => {
    const store = await openStore(
      engine.env.DATABASE_URL
        ? { databaseUrl: engine.env.DATABASE_URL }
        : { sqlitePath: engine.env.PORTBOT_DB ?? '' },
    );
    try {
      for (let index = 0; index < 55; index++)
        await store.notes.set(TEAM_ID, { port: 20_000 + index }, `service ${index}`, {
          id: 'U9',
          name: 'Bo',
        });
    } finally {
      await store.close();
    }
    const first = await port('notes');
    const more = button(first, 'portbot_notes_more');
    expect(more.value).toBe('2|en');
    const second = await postedTo(await click('portbot_notes_more', more.value ?? ''));
    expect(second.replace_original).toBe(true);
    expect(second.text).toContain('page 2 of 2');
    // A Korean list's page 2 is Korean too, and "More" says so in Korean.
    const korean = await port('ko: notes');
    const koMore = button(korean, 'portbot_notes_more');
    expect(koMore.value).toBe('2|ko');
    const koSecond = await postedTo(await click('portbot_notes_more', koMore.value ?? ''));
    expect(koSecond.text).toContain('2쪽 중 2쪽');
    // A "More" sent before the language travelled with it still works, in English.
    expect((await postedTo(await click('portbot_notes_more', '2'))).text).toContain('page 2 of 2');
  });

  it('answers a Korean question in Korean, with the note labelled 팀 메모; ko: and en: choose too', async () => {
    const korean = await port('9443번 포트 용도');
    expect(blocksText(korean.blocks.slice(0, 1))).toMatch(/[가-힣]/);
    expect(blocksText(korean.blocks.slice(1, 2))).toContain('팀 메모');
    expect(korean.text).toContain('팀 메모');
    expect(blocksText(korean.blocks)).toContain('도움이 됐나요?');
    expect(button(korean, 'portbot_feedback_up').value).toMatch(/\|ko\|/);
    const prefixed = await port('ko: 22');
    expect(blocksText(prefixed.blocks.slice(0, 1))).toMatch(/[가-힣]/);
    expect(blocksText(prefixed.blocks)).toContain('OpenSSH');
    expect(blocksText((await port('22')).blocks.slice(0, 1))).not.toMatch(/[가-힣]/);
    // A refusal of a Korean question is Korean too.
    expect((await port('ko: 99999')).text).toMatch(/[가-힣]/);
  });

  it('/port lang ko is a personal setting: that person is answered in Korean until lang auto', async () => {
    expect((await port('lang ko')).response_type).toBe('ephemeral');
    expect(blocksText((await port('22')).blocks.slice(0, 1))).toMatch(/[가-힣]/);
    // Someone else in the workspace still gets English; an explicit en: still wins.
    expect(blocksText((await port('22', { user: ADMIN })).blocks.slice(0, 1))).not.toMatch(/[가-힣]/);
    expect(blocksText((await port('en: 22')).blocks.slice(0, 1))).not.toMatch(/[가-힣]/);
    await port('lang auto');
    expect(blocksText((await port('22')).blocks.slice(0, 1))).not.toMatch(/[가-힣]/);
  });

  it('a mention is answered in its thread with the note first and the votes, but no OS or Share buttons', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const event = appMention(`<@${BOT_USER_ID}> what is on 9443?`);
    expect((await signedPost(slack.eventsUrl, JSON.stringify(event), JSON_TYPE)).status).toBe(200);
    const [call] = (await api.waitForCalls('chat.postMessage', before + 1)).slice(before);
    const message = {
      text: call?.form.text ?? '',
      blocks: JSON.parse(call?.form.blocks ?? '[]') as SlackBlock[],
    };
    expect(blocksText(message.blocks.slice(1, 2))).toContain('billing API');
    expect(message.text).toContain('billing API');
    const ids = buttonsOf(message).map((b) => b.action_id);
    expect(ids).toEqual(['portbot_feedback_up', 'portbot_feedback_down', 'portbot_note_add']);
    expect(findBlockKitViolations(message)).toEqual([]);
  });

  it('a restart keeps the notes, their history and the votes', async () => {
    await slack.stop();
    slack = await start();
    expect(blocksText((await port('9443')).blocks)).toContain('billing API');
    expect(blocksText((await port('history 8443')).blocks)).toContain('staging Grafana');
    expect(blocksText((await port('feedback', { user: ADMIN })).blocks)).toContain('the replica port');
  });

  it('leaving the workspace (app_uninstalled) deletes its notes and votes, and no one else’s', async () => {
    await port('note 8443 theirs', { team: OTHER_TEAM });
    const event = {
      ...eventCallback({ type: 'app_uninstalled', event_ts: '1.0' }, 'EvUninstall1'),
      team_id: TEAM_ID,
    };
    expect((await signedPost(slack.eventsUrl, JSON.stringify(event), JSON_TYPE)).status).toBe(200);
    // Events are acknowledged before their listener runs, and the deletion goes past the team's
    // remembered notes revision (trusted for NOTES_REVISION_TTL_MS, 2 s): poll the answer until
    // the notes are gone, bounded at 100 rounds of at least 100 ms.
    const stillThere = async () => blocksText((await port('9443')).blocks).includes('billing API');
    for (let round = 0; round < 100 && (await stillThere()); round++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await stillThere()).toBe(false);
    expect(blocksText((await port('feedback', { user: ADMIN })).blocks)).not.toContain('p5432');
    expect(blocksText((await port('8443', { team: OTHER_TEAM })).blocks)).toContain('theirs');
  });
});

describe('Slack team notes: who may write', () => {
  let api: WebApiStandIn;
  let dir: string;
  const running: RunningSlackService[] = [];

  beforeAll(async () => {
    api = await startWebApiStandIn();
    dir = mkdtempSync(join(tmpdir(), 'portbot-slack-editors-'));
  });
  afterAll(async () => {
    await Promise.all(running.map((service) => service.stop()));
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function port(slack: RunningSlackService, text: string, user?: string): Promise<SlackMessage> {
    const body = new URLSearchParams(
      slashCommandFields(text, api.responseUrl('w'), '/port', user),
    ).toString();
    const response = await signedPost(slack.eventsUrl, body, FORM);
    return (await response.json()) as SlackMessage;
  }

  it('NOTES_EDITORS=admins asks users.info; a member is refused privately, an admin may write', async () => {
    const slack = await startSlackServiceFromEnv(
      slackEnv(api, { PORTBOT_DB: join(dir, 'admins.db'), NOTES_EDITORS: 'admins' }),
    );
    running.push(slack);
    const refused = await port(slack, 'note 8443 staging');
    expect(refused.text).toContain('Only workspace admins can change team notes');
    expect(api.callsTo('users.info').at(-1)?.form.user).toBe('UASKER0001');
    expect((await port(slack, 'note 8443 staging', ADMIN)).text).toContain('Saved the team note');
    // Reading is for everyone.
    expect(JSON.stringify((await port(slack, '8443')).blocks)).toContain('staging');
  });

  it('NOTES=off: no notes in answers, every note command says they are off, votes still work', async () => {
    const slack = await startSlackServiceFromEnv(
      slackEnv(api, { PORTBOT_DB: join(dir, 'off.db'), NOTES: 'off' }),
    );
    running.push(slack);
    expect((await port(slack, 'note 8443 staging')).text).toContain('Team notes are turned off');
    const answer = await port(slack, '8443');
    expect(buttonsOf(answer).map((b) => b.action_id)).toEqual(
      expect.arrayContaining(['portbot_feedback_up', 'portbot_feedback_down']),
    );
    expect(buttonsOf(answer).map((b) => b.action_id)).not.toContain('portbot_note_add');
  });
});
