/**
 * `.env` for `npm start`: the README says to copy `.env.example` to `.env`, so the entry point
 * reads it from the working directory when it is there. Node parses it (`util.parseEnv`, the same
 * syntax as `node --env-file`); the merge is ours, because Node's own `process.loadEnvFile` keeps a
 * variable that is set but empty, and here an empty value means unset, as everywhere in the config.
 */
import { parseEnv } from 'node:util';
import type { Env } from '../shared/env.js';

export const ENV_FILE_NAME = '.env';

export interface EnvFileMerge {
  /** The environment with the file's values added. */
  env: Record<string, string | undefined>;
  /** Names taken from the file (never their values: they may be secrets). */
  taken: string[];
}

const isEmpty = (value: string | undefined) => value === undefined || value.trim() === '';

/**
 * Adds the file's variables to `env`; a variable already set there wins, and an empty one on
 * either side counts as unset.
 * @example mergeEnvFile('PORT=4000\nHOST=', { PORT: '' }) // → env.PORT '4000', taken ['PORT']
 */
export function mergeEnvFile(text: string, env: Env): EnvFileMerge {
  const merged: Record<string, string | undefined> = { ...env };
  const taken: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (isEmpty(value) || !isEmpty(env[name])) continue;
    merged[name] = value;
    taken.push(name);
  }
  return { env: merged, taken };
}
