/**
 * Leaving a Slack workspace: app_uninstalled, and tokens_revoked with bot tokens, delete that
 * workspace's notes, votes and settings in a real store (SQLite, and PostgreSQL when it is up),
 * pushed through a real Bolt app; other workspaces keep theirs.
 */
import { Writable } from 'node:stream';
import { App, type Receiver } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/shared/logger.js';
import { registerUninstallListeners } from '../../adapters/slack/listeners/uninstall.js';
import type { Store } from '../../adapters/store/open-store.js';
import { type OpenedStore, storeEngines } from '../support/stores.js';

const engines = await storeEngines();
const logLines: string[] = [];
const logger = createLogger(
  'info',
  new Writable({
    write: (chunk, _encoding, done) => {
      logLines.push(String(chunk));
      done();
    },
  }),
);

/** Bolt with a receiver that never listens: events are pushed in with processEvent. */
function boltApp(): App {
  const receiver: Receiver = { init: () => {}, start: async () => undefined, stop: async () => undefined };
  // No token check at start, and a Web API on loopback that nothing answers: the listeners need neither.
  return new App({
    token: 'xoxb-test',
    signingSecret: 'test-secret',
    receiver,
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: 'http://127.0.0.1:9/api/' },
  });
}

async function push(app: App, body: Record<string, unknown>): Promise<void> {
  await app.processEvent({ body, ack: async () => {} });
}

async function seed(store: Store, workspace: string): Promise<void> {
  await store.notes.set(workspace, { port: 8443 }, 'staging Grafana', { id: 'U1', name: 'Ana' });
  await store.feedback.vote(workspace, {
    answerId: 'p8443|en|1',
    voterId: 'U1',
    queryToken: 'p8443',
    lang: 'en',
    dataVersion: '1',
    adapter: 'slack',
    vote: 'down',
  });
  await store.settings.setLanguage(workspace, 'U1', 'ko');
}

async function dataOf(store: Store, workspace: string) {
  return {
    notes: (await store.notes.list(workspace)).total,
    votes: (await store.feedback.report(workspace)).length,
    lang: await store.settings.language(workspace, 'U1'),
  };
}

const envelope = (team: string, event: Record<string, unknown>) => ({
  type: 'event_callback',
  token: 'legacy',
  team_id: team,
  api_app_id: 'A1',
  event: { ...event, event_ts: '1.0' },
  event_id: `Ev${team}${String(event.type)}`,
  event_time: 1,
});

describe.each(engines)('Slack removal on %s', (_engine, open) => {
  let opened: OpenedStore;
  let app: App;
  beforeAll(async () => {
    opened = await open();
    app = boltApp();
    registerUninstallListeners(app, { workspaces: async () => opened.store.workspaces, logger });
  });
  afterAll(async () => {
    await opened?.done();
  });

  it('app_uninstalled deletes that workspace’s data and nobody else’s', async () => {
    await seed(opened.store, 'T-gone');
    await seed(opened.store, 'T-stays');
    await push(app, envelope('T-gone', { type: 'app_uninstalled' }));
    expect(await dataOf(opened.store, 'T-gone')).toEqual({ notes: 0, votes: 0, lang: undefined });
    expect(await dataOf(opened.store, 'T-stays')).toEqual({ notes: 1, votes: 1, lang: 'ko' });
  });

  it('tokens_revoked deletes it when the bot token goes, not when only user tokens do', async () => {
    await seed(opened.store, 'T-revoked');
    await push(app, envelope('T-revoked', { type: 'tokens_revoked', tokens: { oauth: ['U1'] } }));
    expect((await dataOf(opened.store, 'T-revoked')).notes).toBe(1);
    await push(app, envelope('T-revoked', { type: 'tokens_revoked', tokens: { bot: ['B1'] } }));
    expect(await dataOf(opened.store, 'T-revoked')).toEqual({ notes: 0, votes: 0, lang: undefined });
  });
});

describe('Slack removal while the database is down', () => {
  it('logs the command that finishes the job instead of failing the event', async () => {
    const app = boltApp();
    registerUninstallListeners(app, {
      workspaces: async () => {
        throw new Error('connection refused');
      },
      logger,
    });
    await push(app, envelope('T-later', { type: 'app_uninstalled' }));
    expect(logLines.join('')).toContain('portbot data forget-workspace T-later');
  });
});
