/** Discord's part of the environment. Off when no DISCORD_ variable is set. */
import type { Env } from '../shared/env.js';
import type { ConfigRead } from '../shared/service-adapter.js';

export interface DiscordConfig {
  applicationId: string;
}

export function readDiscordConfig(_env: Env): ConfigRead<DiscordConfig> {
  return { status: 'off' };
}
