/**
 * Slack's part of the environment, parsed once at start-up. Off when no SLACK_ variable is set.
 *
 * Two ways to connect:
 * - Socket Mode: SLACK_APP_TOKEN (xapp-) + SLACK_BOT_TOKEN. No public URL; the signing secret is
 *   optional and /slack/events is not served.
 * - HTTP: SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN; Slack posts to POST /slack/events.
 */
import { z } from 'zod';
import { describeIssues, type Env, withoutEmpty } from '../shared/env.js';
import type { ConfigRead } from '../shared/service-adapter.js';

export const SLACK_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_COMMAND',
  'SLACK_API_URL',
] as const;

export const DEFAULT_SLACK_COMMAND = '/port';

export type SlackConfig =
  | {
      mode: 'socket';
      botToken: string;
      appToken: string;
      /** The slash command as registered in the app ("/port"). */
      command: string;
      /** Web API base URL, trailing slash included; Slack's own when unset. */
      apiUrl: string | undefined;
    }
  | {
      mode: 'http';
      botToken: string;
      signingSecret: string;
      command: string;
      apiUrl: string | undefined;
    };

// Token bodies are letters, digits and dashes; the prefix tells which token was pasted where.
const token = (prefix: string, what: string, where: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `required: ${what}, ${where}` : 'must be text'),
    })
    .superRefine((value, context) => {
      if (!value.startsWith(`${prefix}-`))
        context.addIssue({ code: 'custom', message: `must start with ${prefix}- (${what}, ${where})` });
      else if (!new RegExp(`^${prefix}-[A-Za-z0-9-]+$`).test(value))
        context.addIssue({
          code: 'custom',
          message: `has characters a Slack token never has (quotes, spaces or a line break?): paste the ${prefix}- token alone, as Slack shows it`,
        });
    });

const SIGNING_SECRET_SOURCE =
  'the Signing Secret from "Basic Information" → "App Credentials" (not the Client Secret or the Verification Token)';

const SlackEnvSchema = z.object({
  SLACK_BOT_TOKEN: token(
    'xoxb',
    'the Bot User OAuth Token',
    'shown in "OAuth & Permissions" once the app is installed',
  ),
  SLACK_APP_TOKEN: token(
    'xapp',
    'an app-level token with the connections:write scope, for Socket Mode',
    'made in "Basic Information" → "App-Level Tokens"; leave it empty for HTTP mode',
  ).optional(),
  SLACK_SIGNING_SECRET: z
    .string()
    .superRefine((value, context) => {
      if (value.length < 8)
        context.addIssue({
          code: 'custom',
          message: `must be ${SIGNING_SECRET_SOURCE}: at least 8 characters, and this one has ${value.length}`,
        });
      else if (/\s/.test(value))
        context.addIssue({
          code: 'custom',
          message: `must be ${SIGNING_SECRET_SOURCE}: it has no spaces; copy it again with "Show" → copy`,
        });
    })
    .optional(),
  SLACK_COMMAND: z
    .string()
    .regex(
      /^\/[a-z0-9][a-z0-9_-]{0,30}$/,
      'must be a slash command such as /port: a slash, then at most 31 lowercase letters, digits, - or _, the same as in the app\'s "Slash Commands" page (default /port)',
    )
    .default(DEFAULT_SLACK_COMMAND),
  SLACK_API_URL: z
    .url({
      protocol: /^https?$/,
      error: "must be an http(s) URL such as https://slack.com/api/ (leave it empty to use Slack's own)",
    })
    .refine((url) => url.endsWith('/'), 'must end with a slash, e.g. https://slack.com/api/')
    .optional(),
});

// Checked apart from the schema so that it is reported beside every other problem (zod skips
// object refinements once a field fails).
const MODE_PROBLEM =
  'SLACK_SIGNING_SECRET: required for HTTP mode: set it to the Signing Secret from "Basic Information" → "App Credentials", or set SLACK_APP_TOKEN (xapp-…) to use Socket Mode instead';

/**
 * @example readSlackConfig({ SLACK_APP_TOKEN: 'xapp-…', SLACK_BOT_TOKEN: 'xoxb-…' }).status // 'on'
 */
export function readSlackConfig(env: Env): ConfigRead<SlackConfig> {
  const clean = withoutEmpty(env);
  if (!Object.keys(clean).some((key) => key.startsWith('SLACK_'))) return { status: 'off' };
  const parsed = SlackEnvSchema.safeParse(clean);
  const problems: string[] = [];
  if (!parsed.success) {
    // One line per variable: a value that is not a URL need not also hear it lacks a slash.
    const seen = new Set<string>();
    for (const problem of describeIssues(parsed.error)) {
      const key = problem.split(':')[0] ?? problem;
      if (!seen.has(key)) problems.push(problem);
      seen.add(key);
    }
  }
  if (clean.SLACK_APP_TOKEN === undefined && clean.SLACK_SIGNING_SECRET === undefined)
    problems.push(MODE_PROBLEM);
  if (!parsed.success || problems.length > 0) return { status: 'invalid', problems };
  const data = parsed.data;
  const common = { botToken: data.SLACK_BOT_TOKEN, command: data.SLACK_COMMAND, apiUrl: data.SLACK_API_URL };
  if (data.SLACK_APP_TOKEN !== undefined)
    return { status: 'on', config: { mode: 'socket', appToken: data.SLACK_APP_TOKEN, ...common } };
  return {
    status: 'on',
    config: { mode: 'http', signingSecret: data.SLACK_SIGNING_SECRET as string, ...common },
  };
}
