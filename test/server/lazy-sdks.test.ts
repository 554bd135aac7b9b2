/**
 * Pay only for what is configured: the built service (dist/server.js) started Slack-only never
 * loads discord.js, and Discord-only never loads @slack/bolt; Slack in HTTP mode never loads Socket
 * Mode's WebSocket client (`undici`); the team's database, once open, loads only its own engine's
 * driver. Each child reports the packages it loaded (test/support/process-report.cjs); what is
 * configured must be among them, so an empty report cannot pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/postgres.js';
import { startServiceChild } from '../support/service-child.js';
import { TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import { startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const withPostgres = await postgresAvailable();
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
    // Slack in HTTP mode: not Socket Mode's WebSocket client (adapters/slack/load-adapter.ts), nor
    // express, which only Bolt's unused ExpressReceiver needs (adapters/slack/bolt.ts).
    ['Slack only', () => slackOnly(), 1, '@slack/bolt', ['discord.js', 'undici', 'express']],
    ['Discord only', () => DISCORD_HTTP, 1, 'discord.js', ['@slack/bolt']],
  ])(
    '%s',
    async (_name, env, adapters, loaded, absent) => {
      const service = await startServiceChild({ WEB: 'off', ...env() }, adapters);
      try {
        const response = await fetch(`http://127.0.0.1:${service.port}/healthz`);
        expect(response.status).toBe(200);
        const { packages } = await service.report();
        expect(packages).toContain(loaded);
        for (const name of absent) expect(packages).not.toContain(name);
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

describe('the team database loads only the configured engine', () => {
  /** Opens the store through the readiness probe, then reports the packages loaded. */
  async function packagesWithDatabaseOpen(env: Record<string, string>): Promise<string[]> {
    const service = await startServiceChild({ WEB: 'off', ...slackOnly(), ...env }, 1);
    try {
      const before = await service.report();
      expect(before.packages).not.toContain('better-sqlite3');
      expect(before.packages).not.toContain('pg');
      const response = await fetch(`http://127.0.0.1:${service.port}/readyz`);
      expect(await response.json()).toMatchObject({ database: 'up' });
      return (await service.report()).packages;
    } finally {
      expect(await service.stop()).toBe(0);
    }
  }

  it('SQLite (the default) never loads pg', async () => {
    const packages = await packagesWithDatabaseOpen({});
    expect(packages).toContain('better-sqlite3');
    expect(packages).not.toContain('pg');
  }, 60_000);

  if (withPostgres) {
    let postgres: TestDatabase | undefined;
    afterAll(async () => {
      await postgres?.drop();
    });
    it('PostgreSQL never loads better-sqlite3', async () => {
      postgres = await createTestDatabase();
      const packages = await packagesWithDatabaseOpen({ DATABASE_URL: postgres.url });
      expect(packages).toContain('pg');
      expect(packages).not.toContain('better-sqlite3');
    }, 60_000);
  }
});
