/** readSlackConfig: off, on in each mode, and every bad variable named in one list. */
import { describe, expect, it } from 'vitest';
import { readSlackConfig } from '../../adapters/slack/config.js';

const BOT = 'xoxb-test-token';
const APP = 'xapp-test-app-token';
const SECRET = 'test-signing-secret';

describe('readSlackConfig', () => {
  it.each([
    ['no variables', {}],
    ['only other platforms', { DISCORD_TOKEN: 'x', PORT: '3000' }],
    ['only empty SLACK_ values', { SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '   ' }],
  ])('is off with %s', (_name, env) => {
    expect(readSlackConfig(env)).toEqual({ status: 'off' });
  });

  it('reads HTTP mode with the defaults', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({
      status: 'on',
      config: { mode: 'http', botToken: BOT, signingSecret: SECRET, command: '/port', apiUrl: undefined },
    });
  });

  it('reads Socket Mode, where the signing secret is optional', () => {
    const env = {
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_COMMAND: '/ports',
      SLACK_API_URL: 'http://127.0.0.1:8080/api/',
    };
    expect(readSlackConfig(env)).toEqual({
      status: 'on',
      config: {
        mode: 'socket',
        botToken: BOT,
        appToken: APP,
        command: '/ports',
        apiUrl: 'http://127.0.0.1:8080/api/',
      },
    });
  });

  it.each([
    ['a missing bot token', { SLACK_SIGNING_SECRET: SECRET }, ['SLACK_BOT_TOKEN: required']],
    [
      'neither secret nor app token',
      { SLACK_BOT_TOKEN: BOT },
      ['SLACK_SIGNING_SECRET: required for HTTP mode'],
    ],
    [
      'tokens swapped',
      { SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: BOT },
      ['SLACK_BOT_TOKEN: must start with xoxb-', 'SLACK_APP_TOKEN: must start with xapp-'],
    ],
    [
      'a user token',
      { SLACK_BOT_TOKEN: 'xoxp-user', SLACK_SIGNING_SECRET: SECRET },
      ['SLACK_BOT_TOKEN: must start with xoxb-'],
    ],
    [
      'a command without slash',
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_COMMAND: 'port' },
      ['SLACK_COMMAND: must be a slash command'],
    ],
    [
      'an API URL without trailing slash',
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'http://127.0.0.1:1/api' },
      ['SLACK_API_URL: must end with a slash'],
    ],
    [
      'an API URL that is not http',
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'ftp://x/' },
      ['SLACK_API_URL: must be an http(s) URL'],
    ],
    [
      'a short secret',
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abc' },
      ['SLACK_SIGNING_SECRET: must be the Signing Secret'],
    ],
    [
      'everything wrong at once',
      { SLACK_APP_TOKEN: 'nope', SLACK_COMMAND: 'PORT', SLACK_API_URL: 'nope' },
      [
        'SLACK_BOT_TOKEN: required',
        'SLACK_APP_TOKEN: must start with xapp-',
        'SLACK_COMMAND:',
        'SLACK_API_URL:',
      ],
    ],
  ])('lists every problem with %s', (_name, env, expected) => {
    const read = readSlackConfig(env);
    expect(read.status).toBe('invalid');
    const problems = read.status === 'invalid' ? read.problems : [];
    for (const start of expected)
      expect(
        problems.some((problem) => problem.startsWith(start)),
        start,
      ).toBe(true);
    expect(problems).toHaveLength(expected.length);
  });

  it.each([
    [
      'a short secret',
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abc' },
      'SLACK_SIGNING_SECRET',
      ['at least 8 characters', 'this one has 3', 'Basic Information', 'App Credentials'],
    ],
    [
      'a secret with a space inside',
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abcd efgh' },
      'SLACK_SIGNING_SECRET',
      ['no spaces', 'App Credentials'],
    ],
    [
      'a missing bot token',
      { SLACK_SIGNING_SECRET: SECRET },
      'SLACK_BOT_TOKEN',
      ['required', 'Bot User OAuth Token', 'OAuth & Permissions'],
    ],
    [
      'a bot token pasted with quotes',
      { SLACK_BOT_TOKEN: '"xoxb-abc"', SLACK_SIGNING_SECRET: SECRET },
      'SLACK_BOT_TOKEN',
      ['must start with xoxb-'],
    ],
    [
      'a bot token with a stray character',
      { SLACK_BOT_TOKEN: 'xoxb-abc"', SLACK_SIGNING_SECRET: SECRET },
      'SLACK_BOT_TOKEN',
      ['never has', 'paste the xoxb- token alone'],
    ],
    [
      'a wrong app token',
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-x' },
      'SLACK_APP_TOKEN',
      ['must start with xapp-', 'connections:write', 'leave it empty for HTTP mode'],
    ],
    [
      'neither secret nor app token',
      { SLACK_BOT_TOKEN: BOT },
      'SLACK_SIGNING_SECRET',
      ['required for HTTP mode', 'App Credentials', 'SLACK_APP_TOKEN'],
    ],
    [
      'a command with capitals',
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_COMMAND: '/Port' },
      'SLACK_COMMAND',
      ['lowercase', 'Slash Commands'],
    ],
    [
      'an API URL that is not a URL',
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'slack.com/api/' },
      'SLACK_API_URL',
      ['https://slack.com/api/', 'leave it empty'],
    ],
  ])('says the rule and the next step for %s', (_name, env, variable, phrases) => {
    const read = readSlackConfig(env);
    const problem =
      read.status === 'invalid' ? read.problems.find((p) => p.startsWith(`${variable}:`)) : undefined;
    expect(problem, JSON.stringify(read)).toBeDefined();
    for (const phrase of phrases) expect(problem).toContain(phrase);
  });

  it('never puts a token value in a problem message', () => {
    const read = readSlackConfig({
      SLACK_BOT_TOKEN: 'xapp-looks-secret-value',
      SLACK_APP_TOKEN: 'xoxb-other-secret',
    });
    expect(JSON.stringify(read)).not.toMatch(/looks-secret-value|other-secret/);
  });
});
