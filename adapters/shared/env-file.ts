/**
 * `.env` for `npm start`: the README says to copy `.env.example` to `.env`, so the entry point
 * reads it from the working directory when it is there. Node parses it (`util.parseEnv`, the same
 * syntax as `node --env-file`); the merge is ours, because Node's own `process.loadEnvFile` keeps a
 * variable that is set but empty, and here an empty value means unset, as everywhere in the config.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import type { Env } from './env.js';

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

/**
 * The environment plus `.env` from the working directory (an entry point's only), or a problem
 * when the file is there but cannot be read. `merge` is null when there is no file.
 */
export function readEnvFile(
  env: Env,
): { ok: true; path: string; merge: EnvFileMerge | null } | { ok: false; problem: string } {
  const path = resolve(ENV_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, path, merge: null };
    return { ok: false, problem: `${path} could not be read (${code ?? 'unknown error'})` };
  }
  return { ok: true, path, merge: mergeEnvFile(text, env) };
}
