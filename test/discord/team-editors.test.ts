/**
 * Who may write on Discord, end to end over signed HTTP interactions: with NOTES_EDITORS=admins
 * only members with Manage Server (read from the interaction's own `member.permissions`), with a
 * list only the listed user ids, and with NOTES=off nobody; each refusal is private and says why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type NotesSettings } from '../../adapters/shared/team/index.js';
import { openStore, type Store } from '../../adapters/store/open-store.js';
import { IDS, inGuild, portCommand, portNoteCommand } from '../support/discord/payloads.js';
import { createTestSigner, postInteraction } from '../support/discord/signing.js';
import { discordConfig, type RunningPortbot, startPortbot } from '../support/discord/start-portbot.js';

const MANAGE_SERVER = String(1n << 5n);
const NO_PERMISSIONS = '0';

interface Body {
  type: number;
  data: { flags?: number; embeds?: unknown[] };
}

let dir: string;
let store: Store;
const signer = createTestSigner();
const running: RunningPortbot[] = [];

async function startWith(settings: NotesSettings): Promise<(payload: unknown) => Promise<string>> {
  const team = createTeam({ store: async () => store, settings });
  const portbot = await startPortbot(discordConfig({ publicKey: signer.publicKeyHex }), { team });
  running.push(portbot);
  return async (payload) => {
    const { status, body } = await postInteraction(
      `${portbot.baseUrl}/discord/interactions`,
      signer,
      payload,
    );
    expect(status).toBe(200);
    expect((body as Body).data.flags).toBe(64);
    return JSON.stringify((body as Body).data.embeds);
  };
}

const setNote = (text: string, permissions: string) =>
  inGuild(portNoteCommand('set', { port: '8443', text }), IDS.guild, permissions);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portbot-discord-editors-'));
  store = await openStore({ sqlitePath: join(dir, 'portbot.db') });
});

afterAll(async () => {
  for (const portbot of running) await portbot.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('NOTES_EDITORS on Discord', () => {
  it('admins: a member without Manage Server is refused, one with it may write', async () => {
    const post = await startWith({ enabled: true, editors: { kind: 'admins' } });
    expect(await post(setNote('refused', NO_PERMISSIONS))).toContain('Only workspace admins');
    expect(await post(setNote('by a manager', MANAGE_SERVER))).toContain('Saved');
    expect((await store.notes.list(IDS.guild)).notes.map((note) => note.text)).toEqual(['by a manager']);
    // The feedback report is for the same people.
    expect(await post(inGuild(portCommand('feedback'), IDS.guild, NO_PERMISSIONS))).toContain(
      'Only workspace admins',
    );
    expect(await post(inGuild(portCommand('feedback'), IDS.guild, MANAGE_SERVER))).not.toContain(
      'Only workspace admins',
    );
  });

  it('a list of ids: only those users may write, whatever their permissions', async () => {
    const post = await startWith({ enabled: true, editors: { kind: 'listed', ids: new Set(['123']) } });
    expect(await post(setNote('not listed', MANAGE_SERVER))).toContain('admins chose');
    expect((await store.notes.list(IDS.guild)).notes.map((note) => note.text)).toEqual(['by a manager']);
  });

  it('NOTES=off: every note command says notes are off', async () => {
    const post = await startWith({ enabled: false, editors: { kind: 'everyone' } });
    expect(await post(setNote('off', MANAGE_SERVER))).toContain('turned off');
    expect(await post(inGuild(portNoteCommand('list'), IDS.guild))).toContain('turned off');
  });
});
