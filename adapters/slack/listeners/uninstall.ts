/**
 * Leaving a workspace: when Slack says the app was uninstalled (`app_uninstalled`) or its bot
 * token was revoked (`tokens_revoked` with bot tokens), that workspace's notes, votes and settings
 * are deleted at once. Revoking only users' tokens keeps them: the app is still installed. An
 * Enterprise Grid organisation-wide install keeps each workspace's data under the workspace's own
 * team id (workspace-id.ts), linked to its org on the first write: its removal deletes the org's
 * data and every linked workspace's, and `team_access_revoked` the workspaces it names.
 * https://api.slack.com/events/app_uninstalled · https://api.slack.com/events/tokens_revoked
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../../shared/logger.js';
import { slackWorkspaceId } from '../../shared/team/workspace-id.js';
import type { WorkspaceData } from '../../store/workspace-data.js';

export interface UninstallDeps {
  /** The store's workspace data (`store.workspaces`), reached when an event arrives. */
  workspaces: () => Promise<Pick<WorkspaceData, 'forget' | 'forgetUnder'>>;
  logger: Logger;
}

interface Envelope {
  team_id?: string | null;
  enterprise_id?: string | null;
  is_enterprise_install?: boolean;
  authorizations?: { enterprise_id?: string | null; is_enterprise_install?: boolean }[];
}

/**
 * The Enterprise Grid org whose organisation-wide install this removal ends: Slack marks the
 * install (`is_enterprise_install`), or names the org and no team of its own. Undefined for a
 * workspace's own install, even in an org: then only that workspace's data goes.
 */
export function orgWideRemoval(body: Envelope): string | undefined {
  const enterprise = body.enterprise_id || body.authorizations?.[0]?.enterprise_id || undefined;
  if (!enterprise) return undefined;
  const marked =
    body.is_enterprise_install === true ||
    (body.authorizations ?? []).some((authorization) => authorization.is_enterprise_install === true);
  return marked || !body.team_id || body.team_id === enterprise ? enterprise : undefined;
}

/** Deletes the data of each workspace; a failure is logged with the command that finishes the job. */
async function forgetEach(deps: UninstallDeps, workspaceIds: readonly string[], reason: string) {
  for (const workspaceId of workspaceIds) {
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
}

/**
 * Deletes the data of what was left: an org-wide install's organisation and every workspace in it
 * that portbot kept data for, or one workspace.
 */
async function forget(deps: UninstallDeps, body: Envelope, reason: string): Promise<void> {
  const org = orgWideRemoval(body);
  const team = body.team_id || undefined;
  if (!org) {
    const workspaceId = slackWorkspaceId({ teamId: team, enterpriseId: body.enterprise_id });
    if (!workspaceId) deps.logger.warn({ reason }, 'slack removal without a workspace id; nothing deleted');
    else await forgetEach(deps, [workspaceId], reason);
    return;
  }
  try {
    const { workspaces, rows } = await (await deps.workspaces()).forgetUnder(org);
    deps.logger.info(
      { organisation: org, workspaces: workspaces.length, reason, rows },
      "deleted the organisation's data and every workspace's in it",
    );
  } catch (error) {
    deps.logger.error(
      { err: error, organisation: org, reason },
      `could not delete the organisation's data; run: portbot data forget-workspace ${org} (and each of its workspaces)`,
    );
  }
  // A team named beside the org, in case its data was kept before its org was recorded.
  if (team && team !== org) await forgetEach(deps, [team], reason);
}

/** Registers the listeners on the adapter's Bolt app. */
export function registerUninstallListeners(app: App, deps: UninstallDeps): void {
  app.event('app_uninstalled', async ({ body }) => {
    await forget(deps, body as Envelope, 'app_uninstalled');
  });
  app.event('tokens_revoked', async ({ body, event }) => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await forget(deps, body as Envelope, 'tokens_revoked');
  });
  // An org-wide install taken away from some of the org's workspaces: each of them is left.
  // https://api.slack.com/events/team_access_revoked
  app.event('team_access_revoked', async ({ event }) => {
    const teams = (event as { team_ids?: unknown }).team_ids;
    const ids = Array.isArray(teams)
      ? teams.filter((id): id is string => typeof id === 'string' && id !== '')
      : [];
    await forgetEach(deps, ids.slice(0, 1000), 'team_access_revoked');
  });
}
