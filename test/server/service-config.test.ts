/** The service's own variables: Redis and rate limits (empty counts as unset; digits, not Number()). */
import { describe, expect, it } from 'vitest';
import { REPLICAS_NEED_POSTGRES, readServiceConfig } from '../../adapters/server/config.js';

// Fake values: a Discord HTTP-interactions setup, the smallest valid configuration.
const DISCORD = { DISCORD_PUBLIC_KEY: 'ab'.repeat(32), DISCORD_APPLICATION_ID: '123456789012345678' };

function read(extra: Record<string, string>) {
  return readServiceConfig({ ...DISCORD, ...extra });
}

describe('readServiceConfig: service variables', () => {
  it('defaults: memory state, 20 a minute with bursts of 5', () => {
    const result = read({});
    expect(result.ok && result.config).toMatchObject({
      redisUrl: null,
      rateLimit: { perMinute: 20, burst: 5 },
    });
  });

  it.each([
    [
      { REDIS_URL: 'redis://redis:6379', DATABASE_URL: 'postgres://portbot:pw@db:5432/portbot' },
      { redisUrl: 'redis://redis:6379', database: { databaseUrl: 'postgres://portbot:pw@db:5432/portbot' } },
    ],
    [
      { REDIS_URL: 'rediss://:fake-password@cache.internal:6380/2', NOTES: 'off' },
      { redisUrl: 'rediss://:fake-password@cache.internal:6380/2' },
    ],
    [{ REDIS_URL: '  ' }, { redisUrl: null }],
    [{}, { notes: { enabled: true, editors: { kind: 'everyone' } } }],
    [{ NOTES: 'off' }, { notes: { enabled: false } }],
    [{ NOTES_EDITORS: 'admins' }, { notes: { editors: { kind: 'admins' } } }],
    [{ NOTES_EDITORS: 'everyone' }, { notes: { editors: { kind: 'everyone' } } }],
    [
      { NOTES_EDITORS: 'U123, U456' },
      { notes: { editors: { kind: 'listed', ids: new Set(['U123', 'U456']) } } },
    ],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, { rateLimit: null }],
    [{ RATE_LIMIT_PER_MINUTE: '6', RATE_LIMIT_BURST: '1' }, { rateLimit: { perMinute: 6, burst: 1 } }],
    [{ RATE_LIMIT_PER_MINUTE: '', RATE_LIMIT_BURST: '' }, { rateLimit: { perMinute: 20, burst: 5 } }],
    [{}, { privacyUrl: null, defaultLang: 'en' }],
    [{ PORTBOT_LANG: 'ko' }, { defaultLang: 'ko' }],
    [{ PORTBOT_LANG: '' }, { defaultLang: 'en' }],
    [
      { PORTBOT_PRIVACY_URL: 'https://wiki.example.com/portbot' },
      { privacyUrl: 'https://wiki.example.com/portbot' },
    ],
  ])('%j → %j', (env, expected) => {
    const result = read(env);
    expect(result.ok && result.config).toMatchObject(expected);
  });

  it.each([
    [{ REDIS_URL: 'http://redis:6379' }, 'REDIS_URL: must be a redis:// or rediss:// URL'],
    [{ REDIS_URL: 'redis://redis:6379' }, REPLICAS_NEED_POSTGRES],
    [{ REDIS_URL: 'redis://redis:6379', NOTES: 'on' }, REPLICAS_NEED_POSTGRES],
    [{ NOTES: 'maybe' }, 'NOTES: must be on or off'],
    [
      { NOTES_EDITORS: 'U1,<@U2>' },
      'NOTES_EDITORS: must be everyone, admins, or user ids separated by commas (U123,U456); not an id: 1 entry',
    ],
    [{ DATABASE_URL: 'mysql://db/portbot' }, 'DATABASE_URL: must be a postgres:// or postgresql:// URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL: must be a redis:// or rediss:// URL'],
    [{ RATE_LIMIT_PER_MINUTE: '0x10' }, 'RATE_LIMIT_PER_MINUTE: must be a whole number (digits)'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE: must be a whole number (digits)'],
    [{ RATE_LIMIT_PER_MINUTE: '1.5' }, 'RATE_LIMIT_PER_MINUTE: must be a whole number (digits)'],
    [{ RATE_LIMIT_PER_MINUTE: '1000000' }, 'RATE_LIMIT_PER_MINUTE: must be at most 100000'],
    [{ RATE_LIMIT_BURST: '0' }, 'RATE_LIMIT_BURST: must be at least 1'],
    [
      { PORTBOT_PRIVACY_URL: 'http://wiki.example.com/portbot' },
      'PORTBOT_PRIVACY_URL: must be an https:// URL',
    ],
    [{ PORTBOT_PRIVACY_URL: 'docs/PRIVACY.md' }, 'PORTBOT_PRIVACY_URL: must be an https:// URL'],
    [{ PORTBOT_LANG: 'korean' }, 'PORTBOT_LANG: must be en or ko'],
  ])('%j → "%s"', (env, problem) => {
    const result = read(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain(problem);
  });

  it('lists every bad variable at once, and never echoes the Redis URL', () => {
    const result = read({ REDIS_URL: 'http://:fake-secret@x', RATE_LIMIT_BURST: 'many', PORT: 'eighty' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.problems.join('\n')).not.toContain('fake-secret');
  });
});

describe('readServiceConfig: PUBLIC_URL', () => {
  it.each([
    [{}, null],
    [{ PUBLIC_URL: '' }, null],
    [{ PUBLIC_URL: 'https://portbot.example.com' }, 'https://portbot.example.com'],
    // A trailing slash and upper case are normalised away; the port is kept.
    [{ PUBLIC_URL: 'https://Portbot.Example.com/' }, 'https://portbot.example.com'],
    [{ PUBLIC_URL: 'https://portbot.example.com:8443' }, 'https://portbot.example.com:8443'],
    [{ PUBLIC_URL: 'https://portbot.example.com:443/' }, 'https://portbot.example.com'],
    // Plain http only for this machine.
    [{ PUBLIC_URL: 'http://127.0.0.1:3000' }, 'http://127.0.0.1:3000'],
    [{ PUBLIC_URL: 'http://localhost:3000/' }, 'http://localhost:3000'],
    [{ PUBLIC_URL: 'http://[::1]:3000' }, 'http://[::1]:3000'],
  ])('%j → %s', (env, publicUrl) => {
    const result = read(env);
    expect(result.ok && result.config.publicUrl).toBe(publicUrl);
  });

  it('is given to the pages, and kept for chat links with WEB=off', () => {
    const on = read({ PUBLIC_URL: 'https://portbot.example.com/' });
    expect(on.ok && on.config.web?.publicUrl).toBe('https://portbot.example.com');
    const off = read({ PUBLIC_URL: 'https://portbot.example.com', WEB: 'off' });
    expect(off.ok && [off.config.web, off.config.publicUrl]).toEqual([null, 'https://portbot.example.com']);
  });

  it.each([
    ['http://portbot.example.com', 'must be https:// (http:// only for localhost or 127.0.0.1)'],
    ['http://10.0.0.5:3000', 'must be https:// (http:// only for localhost or 127.0.0.1)'],
    ['ftp://portbot.example.com', 'must be an https:// URL such as https://portbot.example.com'],
    ['portbot.example.com', 'must be a URL such as https://portbot.example.com'],
    [
      'https://portbot.example.com/portbot',
      'must be the origin alone, e.g. https://portbot.example.com (no path, query or #)',
    ],
    [
      'https://portbot.example.com/?a=1',
      'must be the origin alone, e.g. https://portbot.example.com (no path, query or #)',
    ],
    [
      'https://portbot.example.com?',
      'must be the origin alone, e.g. https://portbot.example.com (no path, query or #)',
    ],
    [
      'https://portbot.example.com/#top',
      'must be the origin alone, e.g. https://portbot.example.com (no path, query or #)',
    ],
    ['https://user:fake-secret@portbot.example.com', 'must not hold a user name or password'],
  ])('%s → one problem, said once', (value, message) => {
    for (const web of ['on', 'off']) {
      const result = read({ PUBLIC_URL: value, WEB: web });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toEqual([`PUBLIC_URL: ${message}`]);
      expect(result.problems.join('\n')).not.toContain('fake-secret');
    }
  });
});
