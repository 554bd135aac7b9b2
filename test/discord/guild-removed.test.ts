/**
 * Leaving a Discord server: a real discord.js client handles GUILD_DELETE; a removal deletes that
 * server's data in a real store, an outage (unavailable) keeps it, other servers keep theirs.
 */
import { Writable } from 'node:stream';
import { Client, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetRemovedGuild, registerGuildRemovedListener } from '../../adapters/discord/guild-removed.js';
import { createLogger } from '../../adapters/shared/logger.js';
import { type OpenedStore, storeEngines } from '../support/stores.js';

const engines = await storeEngines();
const logger = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));

interface GuildDeleteAction {
  handle(data: { id: string; unavailable?: boolean }): void;
}

/** A client that never logs in; gateway packets are handed to its own actions. */
function gatewayClient(): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds] });
}

/** The client's own handler of a GUILD_DELETE packet (what the gateway would run). */
function guildDelete(client: Client, data: { id: string; unavailable?: boolean }): void {
  (client as unknown as { actions: { GuildDelete: GuildDeleteAction } }).actions.GuildDelete.handle(data);
}

function addGuild(client: Client, id: string): void {
  (client.guilds as unknown as { _add(data: unknown): unknown })._add({
    id,
    name: `server ${id}`,
    unavailable: false,
    channels: [],
    roles: [],
    members: [],
    emojis: [],
    stickers: [],
  });
}

describe.each(engines)('Discord removal on %s', (_engine, open) => {
  let opened: OpenedStore;
  let client: Client;
  const forgotten: string[] = [];
  beforeAll(async () => {
    opened = await open();
    client = gatewayClient();
    registerGuildRemovedListener(client, {
      workspaces: async () => ({
        forget: async (id: string) => {
          const rows = await opened.store.workspaces.forget(id);
          forgotten.push(id);
          return rows;
        },
      }),
      logger,
    });
  });
  afterAll(async () => {
    await client?.destroy();
    await opened?.done();
  });

  async function waitForForget(id: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!forgotten.includes(id)) {
      if (Date.now() > deadline) throw new Error(`${id} was not forgotten`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('deletes the server’s notes when portbot is removed, and only that server’s', async () => {
    for (const id of ['111', '222']) {
      addGuild(client, id);
      await opened.store.notes.set(id, { port: 25565 }, 'Minecraft', { id: 'U1', name: 'Ana' });
    }
    guildDelete(client, { id: '111' });
    await waitForForget('111');
    expect((await opened.store.notes.list('111')).total).toBe(0);
    expect((await opened.store.notes.list('222')).total).toBe(1);
  });

  it('keeps everything through an outage (the server is only unavailable)', async () => {
    addGuild(client, '333');
    await opened.store.notes.set('333', { port: 25565 }, 'Minecraft', { id: 'U1', name: 'Ana' });
    guildDelete(client, { id: '333', unavailable: true });
    // A guild marked unavailable is never forgotten, whichever event carries it.
    expect(
      await forgetRemovedGuild(
        { id: '333', available: false },
        { workspaces: async () => opened.store.workspaces, logger },
      ),
    ).toBe(false);
    expect(forgotten).not.toContain('333');
    expect((await opened.store.notes.list('333')).total).toBe(1);
  });
});
