/**
 * Leaving a workspace: when Slack says the app was uninstalled (`app_uninstalled`) or its bot
 * token was revoked (`tokens_revoked` with bot tokens), that workspace's notes, votes and settings
 * are deleted at once. Revoking only users' tokens keeps them: the app is still installed.
 * https://api.slack.com/events/app_uninstalled · https://api.slack.com/events/tokens_revoked
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../../shared/logger.js';
import { slackWorkspaceId } from '../../shared/team/workspace-id.js';
import type { WorkspaceData } from '../../store/workspace-data.js';

export interface UninstallDeps {
  /** The store's workspace data (`store.workspaces`), reached when an event arrives. */
  workspaces: () => Promise<Pick<WorkspaceData, 'forget'>>;
  logger: Logger;
}

interface Envelope {
  team_id?: string;
  enterprise_id?: string;
}

/** Deletes the workspace's data; a failure is logged with the command that finishes the job. */
async function forget(deps: UninstallDeps, body: Envelope, reason: string): Promise<void> {
  const workspaceId = slackWorkspaceId({ teamId: body.team_id, enterpriseId: body.enterprise_id });
  if (!workspaceId) {
    deps.logger.warn({ reason }, 'slack removal without a workspace id; nothing deleted');
    return;
  }
  try {
    const removed = await (await deps.workspaces()).forget(workspaceId);
    deps.logger.info({ workspace: workspaceId, reason, rows: removed }, 'deleted the workspace data');
  } catch (error) {
    deps.logger.error(
      { err: error, workspace: workspaceId, reason },
      `could not delete the workspace data; run: portbot data forget-workspace ${workspaceId}`,
    );
  }
}

/** Registers the two listeners on the adapter's Bolt app. */
export function registerUninstallListeners(app: App, deps: UninstallDeps): void {
  app.event('app_uninstalled', async ({ body }) => {
    await forget(deps, body as Envelope, 'app_uninstalled');
  });
  app.event('tokens_revoked', async ({ body, event }) => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await forget(deps, body as Envelope, 'tokens_revoked');
  });
}
