/**
 * The web adapter over plain HTTP on 127.0.0.1: routes, status codes, headers, caching, the JSON
 * API against the built CLI's --json, the feedback form's CSRF check, rate limits, CORS, the
 * sitemap and the page weight.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../adapters/web/http.js';
import { type RunningWeb, startWeb } from './web-server.js';

let web: RunningWeb;
const metrics = new Registry();

beforeAll(async () => {
  // Generous feedback limits: these tests post many forms from one address.
  web = await startWeb({ limits: { feedback: { perMinute: 600, burst: 100 } } }, { metrics });
});
afterAll(async () => {
  await web?.close();
});

const get = (path: string, init: RequestInit = {}) =>
  fetch(`${web.origin}${path}`, { redirect: 'manual', ...init, signal: AbortSignal.timeout(10_000) });

/** The hidden fields of a page's feedback form. */
function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g))
    fields[match[1] as string] = (match[2] as string).replace(/&amp;/g, '&');
  return fields;
}

describe('pages', () => {
  it.each([
    ['/', 'portbot'],
    ['/ports/60140', 'Port 60140'],
    ['/ports/53/udp', 'Port 53'],
    ['/ports/8000-8010', '8000'],
    ['/services/postgres', 'PostgreSQL'],
    ['/ko/ports/60140', 'Port 60140'],
    ['/ko/', 'portbot'],
  ])('GET %s is a page with its title, security headers and an ETag', async (path, title) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    const html = await response.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>');
    expect(html).toContain(title);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html).toMatch(/<meta property="og:description" content="[^"]+"/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary"/);
    expect(html).toMatch(/<link rel="canonical" href="[^"]+"/);
    // No inline script of any type, and no third-party origin.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc="\/static\/)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="https?:\/\/(?!127\.0\.0\.1)[^"]*\.(js|css)"/);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await get('/ports/5432');
    const etag = first.headers.get('etag') ?? '';
    await first.text();
    const second = await get('/ports/5432', { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.text()).toBe('');
  });

  it('links the English and Korean pages to each other with hreflang', async () => {
    const en = await (await get('/ports/60140')).text();
    const ko = await (await get('/ko/ports/60140')).text();
    for (const html of [en, ko]) {
      expect(html).toContain('<link rel="alternate" hreflang="en" href="/ports/60140"/>');
      expect(html).toContain('<link rel="alternate" hreflang="ko" href="/ko/ports/60140"/>');
    }
    expect(en).toContain('<html lang="en">');
    expect(ko).toContain('<html lang="ko">');
  });

  it('shows the curated Korean texts on Korean pages, English ones elsewhere', async () => {
    const ko = await (await get('/ko/ports/5432')).text();
    expect(ko).toContain('PostgreSQL 서버 포트입니다.');
    expect(ko).toContain('같은 호스트의 두 번째 클러스터는 보통 5433을 씁니다.');
    const en = await (await get('/ports/5432')).text();
    expect(en).toContain('PostgreSQL server: psql, drivers');
    expect(en).not.toContain('서버 포트입니다');
  });

  it.each([
    ['/ports/22?lang=ko', '/ko/ports/22'],
    ['/services/redis?lang=ko&os=linux', '/ko/services/redis?os=linux'],
    ['/ko/ports/22?lang=en', '/ports/22'],
    ['/ports/0022', '/ports/22'],
  ])('redirects %s to %s', async (path, location) => {
    const response = await get(path);
    expect([301, 302]).toContain(response.status);
    expect(response.headers.get('location')).toBe(location);
  });

  it.each([
    ['5432', '/ports/5432'],
    ['53/udp', '/ports/53/udp'],
    ['udp 53', '/ports/53/udp'],
    ['8000-8010', '/ports/8000-8010'],
    ['postgres', '/services/postgres'],
  ])('/search?q=%s redirects to its page %s', async (q, location) => {
    const response = await get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(location);
  });

  it('keeps the Korean prefix when redirecting a Korean search', async () => {
    const response = await get('/ko/search?q=5432');
    expect(response.headers.get('location')).toBe('/ko/ports/5432');
  });

  it('renders a question with several items on /search, not indexed', async () => {
    const response = await get('/search?q=22%2080%20443');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('Port 443');
  });

  it('uses absolute canonical links when PUBLIC_URL is set', async () => {
    const other = await startWeb({ publicUrl: 'https://ports.example.com' });
    try {
      const html = await (await fetch(`${other.origin}/ports/22`)).text();
      expect(html).toContain('<link rel="canonical" href="https://ports.example.com/ports/22"/>');
      expect(html).toContain('<meta property="og:url" content="https://ports.example.com/ports/22"/>');
    } finally {
      await other.close();
    }
  });
});

describe('bad input', () => {
  it.each([
    ['/ports/99999', '65535'],
    ['/ports/123456789', '65535'],
    ['/services/nosuchthingatall', '65535'],
    ['/nowhere', '65535'],
    ['/ko/ports/70000', '65535'],
  ])('GET %s is a friendly 404 with the search form', async (path, expected) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await response.text();
    expect(html).toContain(expected);
    expect(html).toContain('<form class="search" method="get"');
  });

  it.each([
    '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/search?q=22%20%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '/services/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/ports/22?os=%3Cscript%3E',
    '/thanks?back=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/thanks?back=//evil.example/',
  ])('never reflects what was typed unescaped: %s', async (path) => {
    const response = await get(path);
    const html = await response.text();
    expect(html).not.toMatch(/<script>|<img src=x|onerror=|evil\.example/i);
  });

  it('caps questions at the core limit', async () => {
    const response = await get(`/search?q=${'8'.repeat(2000)}`);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).not.toContain('8'.repeat(501));
  });

  it('answers a wrong method with 405', async () => {
    const response = await get('/api/v1/answer?q=22', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});

describe('GET /api/v1/answer', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portbot-web-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** The built CLI, answering from the embedded data like the test server. */
  function cliJson(question: string): unknown {
    const result = spawnSync(process.execPath, ['bin/portbot.cjs', '--json', question], {
      encoding: 'utf8',
      env: { ...process.env, PORTBOT_DATA_DIR: dataDir, NO_COLOR: '1' },
      timeout: 20_000,
    });
    return JSON.parse(result.stdout);
  }

  it.each(['60140', '53/udp', '8000-8010', 'postgres', 'what is using 8080 on windows', '22 80 443'])(
    'is the CLI --json object for %j, field for field and in order',
    async (question) => {
      const response = await get(`/api/v1/answer?q=${encodeURIComponent(question)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const api = (await response.json()) as Record<string, unknown>;
      const cli = cliJson(question) as Record<string, unknown>;
      expect(Object.keys(api)).toEqual(Object.keys(cli));
      const { data: _apiData, ...apiRest } = api;
      const { data: _cliData, ...cliRest } = cli;
      expect(JSON.stringify(apiRest)).toBe(JSON.stringify(cliRest));
    },
  );

  it.each([
    ['99999', 400],
    ['nosuchthingatall', 404],
    ['', 400],
  ])('answers %j with the CLI error object and %i', async (question, status) => {
    const response = await get(`/api/v1/answer?q=${encodeURIComponent(question)}`);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(cliJson(question || ' '));
  });

  it('keeps the same fields in the same order with lang=ko, with the curated texts in Korean', async () => {
    const en = (await (await get('/api/v1/answer?q=5432')).json()) as {
      parts: { knownUses: { note: string }[] }[];
    };
    const ko = (await (await get('/api/v1/answer?q=5432&lang=ko')).json()) as typeof en;
    expect(Object.keys(ko)).toEqual(Object.keys(en));
    expect(ko.parts[0]?.knownUses[0]?.note).toBe(
      'PostgreSQL 서버 포트입니다. psql, 드라이버, 논리 복제와 스트리밍 복제가 모두 여기로 연결합니다.',
    );
    expect(en.parts[0]?.knownUses[0]?.note).toContain('PostgreSQL server');
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const response = await get('/api/v1/answer?q=22', { headers: { origin: 'https://elsewhere.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    await response.text();
  });

  it('allows only the configured origins', async () => {
    const other = await startWeb({ corsOrigins: ['https://tools.example.com'] });
    try {
      const allowed = await fetch(`${other.origin}/api/v1/answer?q=22`, {
        headers: { origin: 'https://tools.example.com' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://tools.example.com');
      const refused = await fetch(`${other.origin}/api/v1/answer?q=22`, {
        headers: { origin: 'https://elsewhere.example' },
      });
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await other.close();
    }
  });
});

describe('rate limits', () => {
  it.each([
    ['/api/v1/answer?q=22', 'api'],
    ['/search?q=22%2080', 'search'],
  ])('%s answers 429 with Retry-After past the per-IP burst', async (path, kind) => {
    const other = await startWeb({ limits: { [kind]: { perMinute: 1, burst: 2 } } });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${other.origin}${path}`, { redirect: 'manual' });
        statuses.push(response.status);
        retryAfter = response.headers.get('retry-after');
        await response.text();
      }
      expect(statuses.slice(0, 2).every((status) => status < 400)).toBe(true);
      expect(statuses[2]).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await other.close();
    }
  });

  it('believes X-Forwarded-For only with TRUST_PROXY', async () => {
    const other = await startWeb({ trustProxy: 1, limits: { api: { perMinute: 1, burst: 1 } } });
    try {
      const ask = (ip: string) =>
        fetch(`${other.origin}/api/v1/answer?q=22`, { headers: { 'x-forwarded-for': ip } }).then(
          async (r) => {
            await r.text();
            return r.status;
          },
        );
      expect(await ask('203.0.113.1')).toBe(200);
      expect(await ask('203.0.113.2')).toBe(200);
      expect(await ask('203.0.113.1')).toBe(429);
    } finally {
      await other.close();
    }
  });
});

describe('"was this page helpful?"', () => {
  async function formOf(path: string) {
    return formFields(await (await get(path)).text());
  }

  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    get(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });

  it('stores a vote under the web workspace, counts it and thanks the visitor', async () => {
    const fields = await formOf('/ports/5432');
    expect(fields.csrf).toMatch(/\./);
    const response = await post('/feedback', { ...fields, vote: 'up' }, { origin: web.origin });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/thanks?back=${encodeURIComponent('/ports/5432')}`);
    const report = await web.store.feedback.report('web');
    expect(report).toEqual([expect.objectContaining({ queryToken: fields.answer, up: 1, down: 0 })]);
    expect(await metrics.metrics()).toContain('portbot_feedback_total{adapter="web",vote="up"} 1');
    const thanks = await get(response.headers.get('location') ?? '');
    expect(thanks.status).toBe(200);
    expect(await thanks.text()).toContain('href="/ports/5432"');
  });

  it.each([
    ['no token', (f: Record<string, string>) => ({ ...f, csrf: '' }), {}],
    [
      'a forged token',
      (f: Record<string, string>) => ({ ...f, csrf: `${f.csrf?.split('.')[0]}.${'A'.repeat(32)}` }),
      {},
    ],
    ['a token for another answer', (f: Record<string, string>) => ({ ...f, answer: '22' }), {}],
    ['another site', (f: Record<string, string>) => f, { origin: 'https://evil.example' }],
    ['a cross-site fetch', (f: Record<string, string>) => f, { 'sec-fetch-site': 'cross-site' }],
    ['a bad vote', (f: Record<string, string>) => ({ ...f, vote: 'maybe' }), {}],
  ])('refuses %s with 403 and stores nothing', async (_name, change, headers) => {
    const fields = await formOf('/ports/6379');
    const response = await post('/feedback', { vote: 'down', ...change(fields) }, headers);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Reload the page and try again');
    const report = await web.store.feedback.report('web');
    expect(report.some((row) => row.down > 0)).toBe(false);
  });

  it('has no form and no route with FEEDBACK=off', async () => {
    const other = await startWeb({ feedback: false });
    try {
      const html = await (await fetch(`${other.origin}/ports/22`)).text();
      expect(html).not.toContain('method="post"');
      const response = await fetch(`${other.origin}/feedback`, { method: 'POST', body: 'vote=up' });
      expect(response.status).toBe(404);
    } finally {
      await other.close();
    }
  });
});

describe('sitemap.xml, robots.txt and static files', () => {
  it('lists every assigned or curated port and every product, in both languages', async () => {
    const response = await get('/sitemap.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    const base = web.origin;
    for (const path of [
      '/',
      '/ports/22',
      '/ports/5432',
      '/ports/60140',
      '/ports/11434',
      '/services/postgresql',
    ])
      expect(xml).toContain(`<loc>${base}${path}</loc>`);
    expect(xml).toContain(`<loc>${base}/ko/ports/22</loc>`);
    const count = xml.match(/<url>/g)?.length ?? 0;
    expect(count).toBeGreaterThan(5000);
    expect(count).toBeLessThanOrEqual(50_000);
  });

  it('robots.txt points at the sitemap', async () => {
    const text = await (await get('/robots.txt')).text();
    expect(text).toContain(`Sitemap: ${web.origin}/sitemap.xml`);
    expect(text).toContain('Disallow: /api/');
  });

  it('serves the stylesheet and script with immutable caching, and a port page stays under 40 KB', async () => {
    const html = await (await get('/ports/5432')).text();
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1] ?? '';
    const js = /<script src="([^"]+)"/.exec(html)?.[1] ?? '';
    const cssResponse = await get(css);
    const jsResponse = await get(js);
    expect(cssResponse.status).toBe(200);
    expect(jsResponse.status).toBe(200);
    expect(cssResponse.headers.get('cache-control')).toContain('immutable');
    expect(jsResponse.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const cssText = await cssResponse.text();
    await jsResponse.text();
    for (const path of ['/ports/5432', '/ports/8080', '/ports/60140']) {
      const page = await (await get(path)).text();
      expect(Buffer.byteLength(page) + Buffer.byteLength(cssText)).toBeLessThan(40 * 1024);
    }
  });
});
