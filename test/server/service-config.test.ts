/** The service's own variables: Redis and rate limits (empty counts as unset; digits, not Number()). */
import { describe, expect, it } from 'vitest';
import { readServiceConfig } from '../../adapters/server/config.js';

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
    [{ REDIS_URL: 'redis://redis:6379' }, { redisUrl: 'redis://redis:6379' }],
    [
      { REDIS_URL: 'rediss://:fake-password@cache.internal:6380/2' },
      { redisUrl: 'rediss://:fake-password@cache.internal:6380/2' },
    ],
    [{ REDIS_URL: '  ' }, { redisUrl: null }],
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
