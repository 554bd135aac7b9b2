/**
 * Pay only for what is configured: the built service (dist/server.js) started Slack-only never
 * loads discord.js, and Discord-only never loads @slack/bolt. Each child reports the packages it
 * loaded (test/support/process-report.cjs); the SDK of the platform that is configured must be
 * among them, so an empty report cannot pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceChild } from '../support/service-child.js';
import { TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const DISCORD_HTTP = { DISCORD_PUBLIC_KEY: 'ab'.repeat(32), DISCORD_APPLICATION_ID: '123456789012345678' };

let slackApi: WebApiStandIn;
beforeAll(async () => {
  slackApi = await startWebApiStandIn();
});
afterAll(async () => {
  await slackApi?.close();
});

const slackOnly = () => ({
  SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
  SLACK_BOT_TOKEN: 'xoxb-test-token',
  SLACK_API_URL: slackApi.apiUrl,
});

describe('the built service loads only the SDKs it is configured for', () => {
  it.each([
    ['Slack only', () => slackOnly(), 1, '@slack/bolt', 'discord.js'],
    ['Discord only', () => DISCORD_HTTP, 1, 'discord.js', '@slack/bolt'],
  ])(
    '%s',
    async (_name, env, adapters, loaded, absent) => {
      const service = await startServiceChild({ WEB: 'off', ...env() }, adapters);
      try {
        const response = await fetch(`http://127.0.0.1:${service.port}/healthz`);
        expect(response.status).toBe(200);
        const { packages } = await service.report();
        expect(packages).toContain(loaded);
        expect(packages).not.toContain(absent);
      } finally {
        expect(await service.stop()).toBe(0);
      }
    },
    60_000,
  );

  it('both, when both are configured', async () => {
    const service = await startServiceChild({ WEB: 'off', ...slackOnly(), ...DISCORD_HTTP }, 2);
    try {
      const { packages } = await service.report();
      expect(packages).toEqual(expect.arrayContaining(['@slack/bolt', 'discord.js']));
    } finally {
      expect(await service.stop()).toBe(0);
    }
  }, 60_000);
});
