/**
 * Where the embedded database lives by default: the user's data folder, not the registry's cache
 * folder (PORTBOT_DATA_DIR), which may be thrown away. XDG's rule: $XDG_DATA_HOME or ~/.local/share.
 */
import { join } from 'node:path';

export const DATABASE_FILE_NAME = 'portbot.db';

export function defaultDatabasePath(
  env: { PORTBOT_DB?: string; XDG_DATA_HOME?: string },
  home: string,
): string {
  if (env.PORTBOT_DB) return env.PORTBOT_DB;
  const dataHome = env.XDG_DATA_HOME?.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(dataHome, 'portbot', DATABASE_FILE_NAME);
}
