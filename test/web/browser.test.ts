/**
 * The pages in a real browser: Debian's Chromium driven by playwright-core, against the real web
 * adapter on 127.0.0.1. A visitor's path in English and Korean, a 404, the same path with
 * JavaScript off, axe-core's accessibility checks, and screenshots at 360 px and 1280 px written
 * to test-artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningWeb, startWeb } from './web-server.js';

const CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's chromium (with fonts-noto-cjk for the Korean pages), which .ci/run installs. Without it
 * these tests skip with a loud note, except in CI, where a missing browser fails the run.
 */
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  if (process.env.CI)
    throw new Error(`${CHROMIUM} is required in CI (Debian packages chromium, fonts-noto-cjk)`);
  console.warn(
    `\n*** SKIPPING the browser tests: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk) ***\n`,
  );
}
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const STEP_MS = 30_000;

let web: RunningWeb;
const profiles: string[] = [];
const contexts: BrowserContext[] = [];

/** A fresh browser profile each time: nothing carries over between contexts or runs. */
async function openBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'portbot-chromium-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    timeout: STEP_MS,
  });
  context.setDefaultTimeout(STEP_MS);
  contexts.push(context);
  return context;
}

/** Fails the test on any console error (a CSP violation shows up here). */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<unknown> } }).axe;
    return (await axe.run()) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

beforeAll(async () => {
  if (!HAVE_CHROMIUM) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  web = await startWeb({ limits: { feedback: { perMinute: 600, burst: 100 } } });
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await web?.close();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
}, 60_000);

describe.skipIf(!HAVE_CHROMIUM).each([
  ['en', '', 'Was this page helpful?', 'Thank you'],
  ['ko', '/ko', '이 페이지가 도움이 되었나요?', '감사합니다'],
])('a visitor (%s)', (lang, prefix, helpful, thanks) => {
  it('goes home → searches "postgres" → the service page → 5432 → the Linux commands → "was this helpful?" → thanks', async () => {
    const context = await openBrowser();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${web.origin}${prefix}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);

    await page.getByRole('searchbox').fill('postgres');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL(`${web.origin}${prefix}/services/postgres`);
    expect(await page.locator('h1').textContent()).toContain('PostgreSQL');

    await page.locator('main a[href$="/ports/5432"]').first().click();
    await page.waitForURL(`${web.origin}${prefix}/ports/5432`);
    expect(await page.locator('h1').textContent()).toContain('5432');
    // Progressive enhancement: with JavaScript on, every command has a copy button.
    const commands = await page.locator('pre[data-command]').count();
    expect(commands).toBeGreaterThan(3);
    await expect.poll(() => page.locator('button.copy').count(), { timeout: STEP_MS }).toBe(commands);

    await page.locator('nav.os a[href$="os=linux"]').click();
    await page.waitForURL(`${web.origin}${prefix}/ports/5432?os=linux`);
    const linux = await page.locator('pre[data-command]').allTextContents();
    expect(linux.length).toBeGreaterThan(0);
    expect(linux.some((command) => command.includes('ss -ltnp'))).toBe(true);
    expect(linux.some((command) => command.includes('Get-NetTCPConnection'))).toBe(false);

    expect(await page.locator('form.feedback legend').textContent()).toBe(helpful);
    await page.locator('form.feedback button[value="up"]').click();
    await page.waitForURL(new RegExp(`${prefix}/thanks\\?back=`));
    expect(await page.locator('h1').textContent()).toBe(thanks);
    await page.locator('main a').first().click();
    await page.waitForURL(`${web.origin}${prefix}/ports/5432`);
    expect(errors).toEqual([]);
  }, 180_000);
});

describe.skipIf(!HAVE_CHROMIUM)('bad input in the browser', () => {
  it('shows a friendly 404 for /ports/99999 with the search form, and no typed markup runs', async () => {
    const context = await openBrowser();
    const page = await context.newPage();
    const errors = watchConsole(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const response = await page.goto(`${web.origin}/ports/99999`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main').textContent()).toContain('65535');
    await page.getByRole('searchbox').fill('<img src=x onerror=alert(1)> 22');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForLoadState('load');
    expect(dialogs).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
  }, 120_000);
});

describe.skipIf(!HAVE_CHROMIUM)('JavaScript disabled', () => {
  it('still searches, shows the commands without copy buttons, and records feedback', async () => {
    const context = await openBrowser({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${web.origin}/`);
    await page.getByRole('searchbox').fill('5432');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL(`${web.origin}/ports/5432`);
    expect(await page.locator('pre[data-command]').count()).toBeGreaterThan(3);
    expect(await page.locator('button.copy').count()).toBe(0);
    await page.locator('nav.os a[href$="os=windows"]').click();
    await page.waitForURL(`${web.origin}/ports/5432?os=windows`);
    expect((await page.locator('pre[data-command]').allTextContents()).join('\n')).toContain('netstat -ano');
    await page.locator('form.feedback button[value="down"]').click();
    await page.waitForURL(/\/thanks\?back=/);
    expect(await page.locator('h1').textContent()).toBe('Thank you');
  }, 120_000);
});

describe.skipIf(!HAVE_CHROMIUM)('accessibility (axe-core) and screenshots', () => {
  const pages = [
    ['home', '/'],
    ['port-60140', '/ports/60140'],
    ['port-5432', '/ports/5432'],
    ['range-8000-8010', '/ports/8000-8010'],
    ['service-postgres', '/services/postgres'],
    ['not-found', '/ports/99999'],
    ['ko-home', '/ko/'],
    ['ko-port-60140', '/ko/ports/60140'],
  ] as const;

  it('reports no serious or critical violations on every kind of page', async () => {
    const context = await openBrowser();
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const [name, path] of pages) {
      await page.goto(`${web.origin}${path}`);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[name] = violations;
    }
    expect(found).toEqual({});
  }, 240_000);

  it('writes screenshots at 360 px and 1280 px, and nothing scrolls sideways at 360 px', async () => {
    const context = await openBrowser();
    const page = await context.newPage();
    const shots = pages.filter(([name]) =>
      ['home', 'port-60140', 'port-5432', 'ko-port-60140'].includes(name),
    );
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const [name, path] of shots) {
        await page.goto(`${web.origin}${path}`);
        const overflow = await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        expect(overflow, `${name} at ${width}px`).toBe(0);
        const file = join(ARTIFACTS, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
      }
    }
  }, 240_000);
});
