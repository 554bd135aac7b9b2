/** The Slack adapter (Bolt). */
import type { AdapterDeps, ServiceAdapter } from '../shared/service-adapter.js';
import type { SlackConfig } from './config.js';

export function createSlackAdapter(_config: SlackConfig, _deps: AdapterDeps): ServiceAdapter {
  throw new Error('the Slack adapter is not built yet');
}
