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
  // Servers the listener asked the store to forget, in the order it asked.
  const asked: string[] = [];
  const forgotten: string[] = [];
  const onForgotten = new Map<string, () => void>();
  beforeAll(async () => {
    opened = await open();
    client = gatewayClient();
    registerGuildRemovedListener(client, {
      workspaces: async () => ({
        forget: async (id: string) => {
          asked.push(id);
          const rows = await opened.store.workspaces.forget(id);
          forgotten.push(id);
          onForgotten.get(id)?.();
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

  /** Resolves once the store has forgotten `id` (the signal is the store call finishing); bounded. */
  function forgetOf(id: string): Promise<void> {
    if (forgotten.includes(id)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${id} was not forgotten within 10 s`)), 10_000);
      onForgotten.set(id, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  it('deletes the server’s notes when portbot is removed, and only that server’s', async () => {
    for (const id of ['111', '222']) {
      addGuild(client, id);
      await opened.store.notes.set(id, { port: 25565 }, 'Minecraft', { id: 'U1', name: 'Ana' });
    }
    const forgetting = forgetOf('111');
    guildDelete(client, { id: '111' });
    await forgetting;
    expect((await opened.store.notes.list('111')).total).toBe(0);
    expect((await opened.store.notes.list('222')).total).toBe(1);
  });

  it('keeps everything through an outage (the server is only unavailable)', async () => {
    for (const id of ['333', '444']) {
      addGuild(client, id);
      await opened.store.notes.set(id, { port: 25565 }, 'Minecraft', { id: 'U1', name: 'Ana' });
    }
    guildDelete(client, { id: '333', unavailable: true });
    // A removal after it takes the same steps, so once that one is forgotten the outage has had
    // its turn: nothing is left that could still forget 333.
    const later = forgetOf('444');
    guildDelete(client, { id: '444' });
    await later;
    expect(asked).not.toContain('333');
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
