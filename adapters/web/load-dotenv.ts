/**
 * Reads `.env` from the working directory when there is one. Variables already in the environment
 * win, unless they are empty (an empty value means unset).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import type { Env } from '../shared/env.js';

export function withDotenv(env: Env, cwd: string): Env {
  const file = join(cwd, '.env');
  if (!existsSync(file)) return env;
  const fromFile = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value.trim() !== '') merged[key] = value;
  return merged;
}
