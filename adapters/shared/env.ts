/** Helpers for reading the environment with zod: empty strings count as missing. */
import { z } from 'zod';

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

export const PortNumberText = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a port number (digits)')
  .transform((text) => Number.parseInt(text, 10))
  .refine((port) => port <= 65535, 'must be 0–65535');
