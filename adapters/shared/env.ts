/** Helpers for reading the environment: empty strings count as missing. */
import type { z } from 'zod';

export type Env = Readonly<Record<string, string | undefined>>;

/** Copies the environment without empty or whitespace-only values. */
export function withoutEmpty(env: Env): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value.trim() !== '') result[key] = value.trim();
  return result;
}

/** "SLACK_BOT_TOKEN: must start with xoxb-" for every issue, in one list. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const key = issue.path.map(String).join('.') || '(environment)';
    return `${key}: ${issue.message}`;
  });
}

/** Which of the listed variables are set (non-empty). */
export function presentKeys(env: Env, keys: readonly string[]): string[] {
  const clean = withoutEmpty(env);
  return keys.filter((key) => clean[key] !== undefined);
}
