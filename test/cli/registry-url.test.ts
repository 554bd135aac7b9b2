/**
 * PORTBOT_REGISTRY_URL: https, or plain http to a loopback host only. The refusal comes before any
 * request, in `portbot data update` and in the service's settings alike; a download redirected to
 * plain http elsewhere is refused too.
 */
import { describe, expect, it } from 'vitest';
import { runDataUpdate } from '../../adapters/cli/data-update.js';
import { downloadRegistry } from '../../adapters/shared/registry/download.js';
import {
  checkRegistryUrl,
  DEFAULT_REGISTRY_URL,
  readRegistrySettings,
} from '../../adapters/shared/registry/settings.js';

describe('checkRegistryUrl', () => {
  it.each([
    'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.csv',
    'https://mirror.example.org/registry.csv',
    'http://127.0.0.1:8080/registry.csv',
    'http://127.255.0.9/registry.csv',
    'http://127.1/registry.csv',
    'http://localhost/registry.csv',
    'http://LOCALHOST:3000/registry.csv',
    'http://[::1]:9000/registry.csv',
    'http://[0:0:0:0:0:0:0:1]/registry.csv',
  ])('accepts %s', (url) => {
    expect(checkRegistryUrl(url)).toBeUndefined();
  });

  it.each([
    ['http://www.iana.org/registry.csv', /^must be https: plain http is refused .* got host www\.iana\.org$/],
    ['http://10.0.0.1/registry.csv', /got host 10\.0\.0\.1$/],
    ['http://127.0.0.1.nip.io/registry.csv', /got host 127\.0\.0\.1\.nip\.io$/],
    ['http://localhost.example.org/registry.csv', /got host localhost\.example\.org$/],
    ['http://[::ffff:127.0.0.1]/registry.csv', /^must be https: plain http is refused/],
    ['ftp://127.0.0.1/registry.csv', /^must be an https URL \(got ftp\)$/],
    ['file:///etc/passwd', /^must be an https URL \(got file\)$/],
    ['not a url', /^must be an https URL$/],
  ])('refuses %s', (url, reason) => {
    expect(checkRegistryUrl(url)).toMatch(reason);
  });

  it('the default is https', () => {
    expect(DEFAULT_REGISTRY_URL).toMatch(/^https:\/\//);
    expect(readRegistrySettings({})).toMatchObject({ ok: true, settings: { url: DEFAULT_REGISTRY_URL } });
  });

  it('the service reads the same rule from its environment', () => {
    expect(readRegistrySettings({ PORTBOT_REGISTRY_URL: 'http://mirror.example.org/x.csv' })).toEqual({
      ok: false,
      problems: [
        'PORTBOT_REGISTRY_URL: must be https: plain http is refused (a network on the way could change the data), except for a loopback host (127.0.0.1, ::1, localhost); got host mirror.example.org',
      ],
    });
  });
});

describe('portbot data update with a plain-http registry URL', () => {
  it('refuses before any request, with a clear message, and exits 1', async () => {
    const err: string[] = [];
    let requests = 0;
    const code = await runDataUpdate([], {
      env: {
        PORTBOT_DATA_DIR: '/nonexistent-portbot-dir',
        PORTBOT_REGISTRY_URL: 'http://mirror.example.org/x.csv',
      },
      stdout: () => {},
      stderr: (line) => err.push(line),
      fetch: async () => {
        requests++;
        return new Response('');
      },
    });
    expect(code).toBe(1);
    expect(requests).toBe(0);
    expect(err.join('\n')).toContain('PORTBOT_REGISTRY_URL: must be https: plain http is refused');
  });

  it('refuses a download that an https URL redirects to plain http elsewhere', async () => {
    const redirected = new Response('Service Name,Port Number\n');
    // What fetch reports after following a redirect.
    Object.defineProperty(redirected, 'url', { value: 'http://mirror.example.org/x.csv' });
    const result = await downloadRegistry('https://www.iana.org/x.csv', { fetch: async () => redirected });
    expect(result).toEqual({
      status: 'failed',
      reason: expect.stringMatching(
        /^the download was redirected to http:\/\/mirror\.example\.org\/x\.csv, which must be https: plain http is refused/,
      ),
    });
  });
});
