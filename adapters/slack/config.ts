/** Slack's part of the environment. Off when no SLACK_ variable is set. */
import type { Env } from '../shared/env.js';
import type { ConfigRead } from '../shared/service-adapter.js';

export interface SlackConfig {
  botToken: string;
}

export function readSlackConfig(_env: Env): ConfigRead<SlackConfig> {
  return { status: 'off' };
}
