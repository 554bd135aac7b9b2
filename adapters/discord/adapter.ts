/** The Discord adapter (discord.js). */
import type { AdapterDeps, ServiceAdapter } from '../shared/service-adapter.js';
import type { DiscordConfig } from './config.js';

export function createDiscordAdapter(_config: DiscordConfig, _deps: AdapterDeps): ServiceAdapter {
  throw new Error('the Discord adapter is not built yet');
}
