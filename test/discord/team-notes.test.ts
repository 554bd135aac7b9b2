/**
 * The server's own notes and "Was this helpful?" end to end, on SQLite and on PostgreSQL: the
 * real service with the real team layer and store, discord.js on the gateway stand-in and signed
 * HTTP interactions, both in one adapter. Set, the answer shows the note right after its
 * headline, list, history, another server sees nothing, a restart keeps everything, votes are
 * stored and counted, the forms, remove, and a removal from the server deletes its data.
 */
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canManageServer } from '../../adapters/discord/team-interactions.js';
import { feedbackCounter } from '../../adapters/shared/feedback-metric.js';
import { createTeam, type Team } from '../../adapters/shared/team/index.js';
import type { Store } from '../../adapters/store/open-store.js';
import { isCallbackFor, startFakeDiscord, waitUntil } from '../support/discord/fake-discord.js';
import {
  buttonClick,
  FAKE_TOKEN,
  formSubmit,
  IDS,
  inGuild,
  portCommand,
  portNoteCommand,
} from '../support/discord/payloads.js';
import { createTestSigner, postInteraction } from '../support/discord/signing.js';
import { discordConfig, type RunningPortbot, startPortbot } from '../support/discord/start-portbot.js';
import { countReads, noReads, type OpenedStore, storeEngines } from '../support/stores.js';

interface Button {
  custom_id?: string;
  label: string;
  emoji?: { name: string };
}
interface Body {
  type: number;
  data: {
    custom_id?: string;
    title?: string;
    flags?: number;
    content?: string;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
    components?: { components: (Button & { value?: string; max_length?: number })[] }[];
    allowed_mentions?: { parse: string[] };
  };
}

const OTHER_GUILD = '900000000000000011';
const PAGED_GUILD = '900000000000000012';
const NOTE = 'staging Grafana, ask <@900000000000000077> @everyone';

/** Everything a message says, as one string. */
function textOf(body: Body): string {
  return JSON.stringify(body.data.embeds ?? []);
}

function buttons(body: Body): Button[] {
  return (body.data.components ?? []).flatMap((row) => row.components);
}

describe.each(await storeEngines())('team notes on Discord (%s)', (_engine, open) => {
  let opened: OpenedStore;
  let store: Store;
  let team: Team;
  let registry: Registry;
  let discord: Awaited<ReturnType<typeof startFakeDiscord>>;
  let portbot: RunningPortbot;
  const reads = noReads();
  const signer = createTestSigner();

  const start = () =>
    startPortbot(
      discordConfig({ token: FAKE_TOKEN, apiUrl: discord.apiUrl, publicKey: signer.publicKeyHex }),
      {
        team,
        workspaces: async () => store.workspaces,
      },
    );

  async function viaGateway(payload: { id: string; locale?: string }): Promise<Body> {
    // On a busy machine discord.js may reconnect between tests: wait (bounded) for the connection.
    for (let attempt = 0; ; attempt += 1) {
      try {
        discord.gateway.dispatch('INTERACTION_CREATE', payload);
        break;
      } catch (error) {
        if (attempt >= 150) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return (await discord.waitForRequest(isCallbackFor(payload.id), 15_000)).body as Body;
  }

  /** Waits (bounded) for the journey's closing "answer" line of the question asked as `text`. */
  async function journeyDone(text: string): Promise<void> {
    await waitUntil(
      () => {
        const asked = portbot.logs.filter((line) => line.msg === 'question' && line.text === text).at(-1);
        return (
          asked !== undefined &&
          portbot.logs.some((line) => line.msg === 'answer' && line.correlationId === asked.correlationId)
        );
      },
      10_000,
      `the answer line for "${text}"`,
    );
  }

  async function viaHttp(payload: unknown): Promise<Body> {
    const { status, body } = await postInteraction(
      `${portbot.baseUrl}/discord/interactions`,
      signer,
      payload,
    );
    expect(status).toBe(200);
    return body as Body;
  }

  beforeAll(async () => {
    opened = await open();
    store = opened.store;
    registry = new Registry();
    // The real store (reopened by a test below), its reads on the answer path counted.
    team = createTeam({
      store: async () => countReads(store, reads),
      feedbackCounter: feedbackCounter(registry),
    });
    // Heartbeats far apart: a slow acknowledgement under load would make discord.js reconnect.
    discord = await startFakeDiscord({ heartbeatIntervalMs: 5_000 });
    portbot = await start();
    await waitUntil(() => portbot.adapter.ready(), 15_000, 'the gateway to be ready');
  }, 60_000);

  afterAll(async () => {
    await portbot?.stop();
    await discord?.close();
    await opened?.done();
  });

  it('sets a note privately (HTTP), and the answer shows it right after the headline (gateway)', async () => {
    const saved = await viaHttp(portNoteCommand('set', { port: '8443', text: NOTE }));
    expect(saved.type).toBe(4);
    expect(saved.data.flags).toBe(64);
    expect(textOf(saved)).toContain('8443');

    const answer = await viaGateway(portCommand('8443'));
    expect(answer.type).toBe(4);
    expect(answer.data.allowed_mentions?.parse).toEqual([]);
    const embed = answer.data.embeds?.[0];
    expect(embed?.title).toMatch(/^Port 8443/);
    // The first thing under the headline: the note, by a name (never a ping), with its date.
    const first = embed?.fields?.[0];
    expect(first?.name).toBe('Team notes');
    expect(first?.value).toContain('staging Grafana');
    expect(first?.value).not.toMatch(/<@!?\d+>/);
    expect(textOf(answer)).toContain('asker');
    expect(textOf(answer)).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(embed?.description ?? '').not.toContain('staging Grafana');
  });

  it('serves a repeated question from the cache without reading the notes, on both transports', async () => {
    const first = await viaHttp(portCommand('8443'));
    reads.covering = 0;
    const again = await viaHttp(portCommand('8443'));
    expect(again.data.embeds).toEqual(first.data.embeds);
    expect(reads.covering).toBe(0);
    const gateway = await viaGateway(portCommand('8443'));
    expect(textOf(gateway)).toContain('staging Grafana');
    await viaGateway(portCommand('8443'));
    expect(reads.covering).toBeLessThanOrEqual(1);
  });

  it('lists the notes (gateway) and shows their history (HTTP), privately', async () => {
    const list = await viaGateway(portNoteCommand('list'));
    expect(list.data.flags).toBe(64);
    expect(textOf(list)).toContain('8443');
    expect(textOf(list)).toContain('staging Grafana');
    const history = await viaHttp(portNoteCommand('history', { port: '8443' }));
    expect(history.data.flags).toBe(64);
    expect(textOf(history)).toContain('asker');
    expect(textOf(history)).toContain('staging Grafana');
  });

  it('shows nothing of it to another server', async () => {
    const answer = await viaHttp(inGuild(portCommand('8443'), OTHER_GUILD));
    expect(answer.data.embeds?.[0]?.title).toMatch(/^Port 8443/);
    expect(textOf(answer)).not.toContain('staging Grafana');
    const list = await viaHttp(inGuild(portNoteCommand('list'), OTHER_GUILD));
    expect(textOf(list)).toContain('No team notes yet');
    expect(textOf(list)).not.toContain('asker');
    // The example is Discord's own command, never Slack's words; in Korean as a Korean client shows it.
    expect(textOf(list)).toContain('/port-note set port:8443 text:staging Grafana');
    expect(textOf(list)).not.toContain('/port note');
    const korean = await viaHttp({ ...inGuild(portNoteCommand('list'), OTHER_GUILD), locale: 'ko' });
    expect(textOf(korean)).toContain('/포트-메모 설정 포트:8443 내용:');
    const usage = await viaHttp(inGuild(portCommand('lang'), OTHER_GUILD));
    expect(textOf(usage)).toContain('/port query:lang ko');
    expect(textOf(usage)).not.toContain('/port lang');
  });

  it('pages the list 50 at a time with "More", page 2 in the list\'s own language; page: still works', async () => {
    for (let index = 0; index < 55; index++)
      await store.notes.set(PAGED_GUILD, { port: 20_000 + index }, `service ${index}`, {
        id: 'U9',
        name: 'Bo',
      });
    const first = await viaHttp(inGuild(portNoteCommand('list'), PAGED_GUILD));
    expect(first.data.flags).toBe(64);
    expect(textOf(first)).toContain('page 1 of 2');
    const more = buttons(first).find((button) => button.custom_id?.startsWith('notes:'));
    expect(more?.label).toBe('More');
    expect(more?.custom_id).toBe('notes:2:en');
    // The click replaces the private list in place (type 7) with the next page.
    const second = await viaGateway(inGuild(buttonClick(more?.custom_id ?? ''), PAGED_GUILD));
    expect(second.type).toBe(7);
    expect(textOf(second)).toContain('page 2 of 2');
    expect(textOf(second)).toContain('service 54');
    expect(buttons(second)).toEqual([]);

    // A Korean client's list says "More" in Korean, and its page 2 stays Korean whoever's client clicks.
    const korean = await viaHttp({ ...inGuild(portNoteCommand('list'), PAGED_GUILD), locale: 'ko' });
    const koMore = buttons(korean).find((button) => button.custom_id?.startsWith('notes:'));
    expect(koMore?.custom_id).toBe('notes:2:ko');
    const koSecond = await viaHttp(inGuild(buttonClick(koMore?.custom_id ?? ''), PAGED_GUILD));
    expect(koSecond.type).toBe(7);
    expect(textOf(koSecond)).toContain('2쪽 중 2쪽');

    // The registered page: option still answers that page.
    const paged = await viaHttp(inGuild(portNoteCommand('list', { page: 2 }), PAGED_GUILD));
    expect(paged.type).toBe(4);
    expect(textOf(paged)).toContain('page 2 of 2');
  });

  it('still answers Lotus Notes to /port query:notes', async () => {
    const answer = await viaHttp(portCommand('notes'));
    expect(textOf(answer)).toMatch(/Lotus|Domino|1352/);
  });

  it('counts a 👍 (gateway), and after a 👎 asks what was missing in a form (HTTP)', async () => {
    const answer = await viaHttp(portCommand('8443'));
    const up = buttons(answer).find((button) => button.emoji?.name === '👍');
    const down = buttons(answer).find((button) => button.emoji?.name === '👎');
    expect(up?.custom_id).toMatch(/^up:p8443\|en\|/);
    expect(up?.label).toBe('Helpful');
    expect(down?.custom_id).toMatch(/^dn:/);

    const thanks = await viaGateway(buttonClick(up?.custom_id ?? ''));
    expect(thanks.type).toBe(4);
    expect(thanks.data.flags).toBe(64);
    const counted = await registry.getSingleMetricAsString('portbot_feedback_total');
    expect(counted).toContain('portbot_feedback_total{adapter="discord",vote="up"} 1');

    // Changed to 👎: the same person's one vote on this answer, now down, and a form.
    const form = await viaHttp(buttonClick(down?.custom_id ?? ''));
    expect(form.type).toBe(9);
    expect(form.data.title).toBe('What was missing?');
    expect(form.data.custom_id).toMatch(/^miss:p8443\|en\|/);
    const input = form.data.components?.[0]?.components[0];
    expect(input?.max_length).toBe(500);
    const after = await registry.getSingleMetricAsString('portbot_feedback_total');
    expect(after).toContain('portbot_feedback_total{adapter="discord",vote="down"} 1');

    const stored = await viaHttp(
      formSubmit(form.data.custom_id ?? '', { [input?.custom_id ?? '']: 'which VLAN it is on' }),
    );
    expect(stored.data.flags).toBe(64);
    const report = await store.feedback.report(IDS.guild);
    expect(report).toEqual([
      expect.objectContaining({ queryToken: 'p8443', up: 0, down: 1, missing: ['which VLAN it is on'] }),
    ]);
    expect(await store.feedback.report(OTHER_GUILD)).toEqual([]);
  });

  it('opens "Add a team note" as a form with the port filled in, and its submit sets the note', async () => {
    const answer = await viaGateway(portCommand('5432'));
    const add = buttons(answer).find((button) => button.custom_id?.startsWith('note:'));
    expect(add?.label).toBe('Add a team note');
    const form = await viaHttp(buttonClick(add?.custom_id ?? ''));
    expect(form.type).toBe(9);
    const [scope, text] = (form.data.components ?? []).map((row) => row.components[0]);
    expect(scope?.value).toBe('5432');
    const saved = await viaGateway(
      formSubmit(form.data.custom_id ?? '', {
        [scope?.custom_id ?? '']: '5432',
        [text?.custom_id ?? '']: 'the billing database',
      }),
    );
    expect(saved.data.flags).toBe(64);
    expect(textOf(await viaHttp(portCommand('5432')))).toContain('the billing database');
    // The team's own names answer too, after one lookup.
    reads.searches = 0;
    expect((await viaHttp(portCommand('billing database'))).data.embeds?.[0]?.title).toMatch(/^Port 5432/);
    expect(reads.searches).toBe(1);
  });

  it('answers a name no note holds once: one lookup, one private "unknown service" reply', async () => {
    reads.searches = 0;
    const before = discord.requests.length;
    const reply = await viaHttp(portCommand('payroll gateway'));
    expect(reads.searches).toBe(1);
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(64);
    expect(reply.data.content).toContain("I don't know a service called");
    expect(reply.data.embeds).toEqual([]);
    // Nothing else went to Discord for it (the HTTP response is the whole reply): the journey logs
    // its closing line once every send is done, so from then on the count is final.
    await journeyDone('payroll gateway');
    expect(discord.requests.length).toBe(before);
  });

  it('keeps everything through a restart', async () => {
    await portbot.stop();
    store = await opened.reopen();
    portbot = await start();
    await waitUntil(() => portbot.adapter.ready(), 15_000, 'the gateway to be ready again');
    expect(textOf(await viaGateway(portCommand('8443')))).toContain('staging Grafana');
    expect(textOf(await viaHttp(portNoteCommand('history', { port: '8443' })))).toContain('asker');
    expect((await store.feedback.report(IDS.guild))[0]?.down).toBe(1);
  }, 60_000);

  it('removes a note at once; its history stays', async () => {
    const removed = await viaGateway(portNoteCommand('remove', { port: '8443' }));
    expect(removed.data.flags).toBe(64);
    expect(textOf(await viaHttp(portCommand('8443')))).not.toContain('staging Grafana');
    expect(textOf(await viaHttp(portNoteCommand('history', { port: '8443' })))).toContain('staging Grafana');
  });

  it('answers in Korean to a `locale: "ko"` interaction with an English question, on both transports', async () => {
    const HANGUL = /[\uac00-\ud7a3]/;
    for (const answer of [
      await viaHttp({ ...portCommand('port 22'), locale: 'ko' }),
      await viaGateway({ ...portCommand('port 22'), locale: 'ko' }),
    ]) {
      expect(answer.data.embeds?.[0]?.title).toMatch(HANGUL);
      const up = buttons(answer).find((button) => button.emoji?.name === '👍');
      expect(up?.label).toBe('도움이 됨');
      expect(up?.custom_id).toMatch(/^up:p22\|ko\|/);
    }
    // Hangul asks in Korean whatever the locale; an English locale alone stays English.
    expect((await viaHttp(portCommand('22번 포트'))).data.embeds?.[0]?.title).toMatch(HANGUL);
    expect((await viaHttp(portCommand('port 22'))).data.embeds?.[0]?.title).toMatch(/^Port 22/);
  });

  it('keeps a person’s own language (/port query:lang ko) until they choose auto', async () => {
    const HANGUL = /[\uac00-\ud7a3]/;
    const chosen = await viaHttp(portCommand('lang ko'));
    expect(chosen.data.flags).toBe(64);
    expect((await viaGateway(portCommand('port 22'))).data.embeds?.[0]?.title).toMatch(HANGUL);
    await viaHttp(portCommand('lang auto'));
    expect((await viaGateway(portCommand('port 22'))).data.embeds?.[0]?.title).toMatch(/^Port 22/);
  });

  it('deletes the server’s notes and votes when it is removed from the server (gateway)', async () => {
    await waitUntil(() => portbot.adapter.ready(), 15_000, 'the gateway to be ready');
    discord.gateway.dispatch('GUILD_DELETE', { id: IDS.guild });
    await expect
      .poll(async () => (await store.notes.list(IDS.guild)).total, { timeout: 10_000, interval: 100 })
      .toBe(0);
    expect(await store.feedback.report(IDS.guild)).toEqual([]);
  });
});

describe('who may write with NOTES_EDITORS=admins: Manage Server from member.permissions', () => {
  it.each([
    ['0', false],
    [String(1n << 5n), true], // Manage Server
    [String(1n << 3n), true], // Administrator
    ['277025508352', false], // send messages, embeds, … but not Manage Server
    ['not a number', false],
    [null, false],
  ])('permissions %s → %s', (permissions, expected) => {
    expect(canManageServer(permissions)).toBe(expected);
  });
});
