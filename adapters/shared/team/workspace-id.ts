/**
 * Which workspace a chat event belongs to: every note, vote and setting is kept under this id.
 * Slack: the team (`T…`), or the enterprise (`E…`) for an organisation-wide install with no team;
 * Discord: the guild's id, or `dm:<user>` in a direct message (a person's own notes). The CLI's
 * `--workspace` takes the same ids.
 */
export function slackWorkspaceId(ids: {
  teamId?: string | null | undefined;
  enterpriseId?: string | null | undefined;
}): string | undefined {
  return ids.teamId || ids.enterpriseId || undefined;
}

export function discordWorkspaceId(ids: { guildId?: string | null | undefined; userId: string }): string {
  return ids.guildId || `dm:${ids.userId}`;
}
