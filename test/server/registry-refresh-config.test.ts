import { describe, expect, it } from 'vitest';
import { readServiceConfig } from '../../adapters/server/config.js';
import {
  DEFAULT_REGISTRY_URL,
  parseRefreshInterval,
  readRegistrySettings,
} from '../../adapters/shared/registry/settings.js';

const MINUTE = 60_000;

describe('parseRefreshInterval', () => {
  it.each([
    ['30m', 30 * MINUTE],
    ['6h', 6 * 60 * MINUTE],
    ['24h', 24 * 60 * MINUTE],
    ['1d', 24 * 60 * MINUTE],
    [' 2D ', 2 * 24 * 60 * MINUTE],
    ['off', null],
    ['0', null],
  ])('%j → %s ms', (text, ms) => {
    expect(parseRefreshInterval(text)).toEqual({ ok: true, ms });
  });

  it.each([
    ['1m', 'at least 5m'],
    ['25d', 'at most 24d'],
    ['24', 'duration'],
    ['1.5h', 'duration'],
    ['1w', 'duration'],
    ['-1h', 'duration'],
    ['', 'duration'],
  ])('%j is refused (%s)', (text, problem) => {
    const read = parseRefreshInterval(text);
    expect(read.ok ? 'ok' : read.problem).toContain(problem);
  });
});

describe('readRegistrySettings', () => {
  it('defaults: IANA URL, refresh off, a real registry size', () => {
    expect(readRegistrySettings({ HOME: '/home/pb' })).toEqual({
      ok: true,
      settings: {
        url: DEFAULT_REGISTRY_URL,
        dataDir: '/home/pb/.cache/portbot',
        minRows: 10_000,
        refreshMs: null,
      },
    });
  });

  it('reads every variable, empty values counting as unset', () => {
    const read = readRegistrySettings({
      PORTBOT_REGISTRY_URL: 'http://127.0.0.1:8080/registry.csv',
      PORTBOT_REGISTRY_REFRESH: '6h',
      PORTBOT_DATA_DIR: '/var/cache/portbot',
      PORTBOT_REGISTRY_MIN_ROWS: '',
    });
    expect(read).toEqual({
      ok: true,
      settings: {
        url: 'http://127.0.0.1:8080/registry.csv',
        dataDir: '/var/cache/portbot',
        minRows: 10_000,
        refreshMs: 6 * 60 * MINUTE,
      },
    });
  });

  it('lists every bad variable', () => {
    const read = readRegistrySettings({
      PORTBOT_REGISTRY_URL: 'file:///etc/passwd',
      PORTBOT_REGISTRY_REFRESH: 'hourly',
      PORTBOT_REGISTRY_MIN_ROWS: 'many',
    });
    expect(read.ok ? [] : read.problems.map((problem) => problem.split(':')[0])).toEqual([
      'PORTBOT_REGISTRY_URL',
      'PORTBOT_REGISTRY_REFRESH',
      'PORTBOT_REGISTRY_MIN_ROWS',
    ]);
  });
});

describe('the service configuration', () => {
  it('reports a bad refresh schedule with the other problems, before starting', () => {
    const read = readServiceConfig({ PORTBOT_REGISTRY_REFRESH: '10s' });
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems).toContainEqual(expect.stringMatching(/^PORTBOT_REGISTRY_REFRESH: /));
  });
});
