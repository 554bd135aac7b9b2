/** The app manifest says what the code listens for: command, shortcut, events, scopes, Socket Mode. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SLACK_COMMAND } from '../../adapters/slack/config.js';
import { EXPLAIN_SHORTCUT_ID } from '../../adapters/slack/listeners/shortcut.js';

interface Manifest {
  display_information: { name: string; description: string; long_description?: string };
  features: {
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; description: string; usage_hint?: string }[];
    shortcuts: { name: string; type: string; callback_id: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(
  readFileSync(resolve(import.meta.dirname, '../../adapters/slack/manifest.yaml'), 'utf8'),
) as Manifest;

describe('adapters/slack/manifest.yaml', () => {
  it('creates the slash command the adapter answers by default', () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual([
      DEFAULT_SLACK_COMMAND,
    ]);
  });

  it('creates the "Explain ports" message shortcut with the callback id the listener matches', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: EXPLAIN_SHORTCUT_ID }),
    ]);
  });

  it('subscribes to mentions, direct messages and removals, with the scopes they need', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_mention',
      'app_uninstalled',
      'message.im',
      'tokens_revoked',
    ]);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'im:history',
      // users.info: is_admin / is_owner for NOTES_EDITORS=admins and the feedback report
      'users:read',
    ]);
    expect(manifest.features.app_home).toMatchObject({
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it('turns on interactivity (buttons, shortcut) and Socket Mode', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  // Limits as @slack/web-api documents the manifest (types/request/manifest.d.ts) and the manifest
  // reference: https://docs.slack.dev/reference/app-manifest
  it("stays within Slack's manifest limits", () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    const long = manifest.display_information.long_description ?? '';
    expect(long.length).toBeGreaterThanOrEqual(174);
    expect(long.length).toBeLessThanOrEqual(4000);
    expect(manifest.features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    for (const command of manifest.features.slash_commands) {
      expect(command.command.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(2000);
      expect((command.usage_hint ?? '').length).toBeLessThanOrEqual(1000);
    }
    for (const shortcut of manifest.features.shortcuts)
      expect(shortcut.description.length).toBeLessThanOrEqual(150);
  });
});
