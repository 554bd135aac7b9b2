/**
 * Leaving a server: when portbot is removed from a Discord server (kicked, or the server was
 * deleted), that server's notes, votes and settings are deleted. A server that is only
 * unavailable (a Discord outage) keeps them: discord.js then emits `guildUnavailable`, and a
 * `guildDelete` for a guild marked unavailable is ignored all the same. Only the gateway sees
 * removals; HTTP-interactions mode cannot (use `portbot data forget-workspace`).
 */
import { type Client, Events, type Guild } from 'discord.js';
import type { Logger } from '../shared/logger.js';
import type { WorkspaceData } from '../store/workspace-data.js';

export interface GuildRemovedDeps {
  workspaces: () => Promise<Pick<WorkspaceData, 'forget'>>;
  logger: Logger;
}

/** What a removal handler needs of a guild. */
export type RemovedGuild = Pick<Guild, 'id' | 'available'>;

export async function forgetRemovedGuild(guild: RemovedGuild, deps: GuildRemovedDeps): Promise<boolean> {
  if (guild.available === false) return false;
  try {
    const removed = await (await deps.workspaces()).forget(guild.id);
    deps.logger.info(
      { workspace: guild.id, rows: removed },
      'deleted the workspace data (removed from a server)',
    );
    return true;
  } catch (error) {
    deps.logger.error(
      { err: error, workspace: guild.id },
      `could not delete the workspace data; run: portbot data forget-workspace ${guild.id}`,
    );
    return false;
  }
}

/** Registers the listener on the gateway client; returns a function that removes it. */
export function registerGuildRemovedListener(client: Client, deps: GuildRemovedDeps): () => void {
  const listener = (guild: Guild) => {
    void forgetRemovedGuild(guild, deps);
  };
  client.on(Events.GuildDelete, listener);
  return () => client.off(Events.GuildDelete, listener);
}
