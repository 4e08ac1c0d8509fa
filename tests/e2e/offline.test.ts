/**
 * Offline reading (src/offline/): after one visit the service worker holds the reader's
 * language, so with the network off its pages open, search answers and the live examples run;
 * a new build deployed behind it is picked up, and its pages replace the old ones.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { serviceWorkerSource } from '../../src/build/offline.ts';
import { axeViolations } from './axe.ts';
import { distDir, isolatedContext, launchBrowser, origin } from './browser.ts';

const STATUS = 'offline-status';
const READY = `${STATUS}[data-offline-state="ready"]`;
const EXAMPLE = '.pg-example[data-example-id="basics/hello"]';

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});
afterAll(async () => {
  await browser?.close();
});

async function visit(path: string, siteOrigin = origin): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const { context } = siteOrigin === origin ? await isolatedContext(browser) : { context: await browser.newContext() };
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(siteOrigin + path);
  // Precaching a language is a few megabytes from a local server.
  await page.locator(READY).waitFor({ state: 'attached', timeout: 60_000 });
  return { context, page, errors };
}

/** The paths in the service worker's cache. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

async function runHello(page: Page): Promise<string> {
  await page.locator(`${EXAMPLE} [data-pg-action="run"]`).click();
  await page.waitForFunction(
    (selector) => Number(document.querySelector(selector)?.getAttribute('data-completed-runs') ?? 0) > 0,
    `${EXAMPLE} .pg-output`,
    {
      timeout: 20_000,
    },
  );
  return page.locator(`${EXAMPLE} .pg-output .pg-session`).innerText();
}

describe('offline', () => {
  it('after one visit, reads, searches and runs examples with the network off (English)', async () => {
    const { context, page, errors } = await visit('/');
    expect(await page.locator(STATUS).innerText()).toMatch(/^Available offline/);
    const cached = await cachedPaths(page);
    expect(cached).toContain('/ref/exceptions/');
    expect(cached).toContain('/sandbox/frame.html');
    expect(cached.some((path) => /^\/_astro\/worker-/.test(path))).toBe(true);
    expect(cached.some((path) => /^\/pagefind\/index\/en_/.test(path))).toBe(true);
    // Only the reader's language.
    expect(cached.filter((path) => path.startsWith('/ru/') || /\/(index|fragment)\/ru_/.test(path))).toEqual([]);

    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('/ru/').then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).toBe('failed');

    await page.goto(`${origin}/ref/exceptions/`);
    expect(await page.locator('h1').first().innerText()).not.toBe('');

    await page.keyboard.press('Control+k');
    await page.locator('dialog.pf-modal[open] input.pf-input').fill('DoesNotExist');
    await expect
      .poll(() => page.locator('dialog.pf-modal[open] .pf-result-link').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);

    await page.goto(`${origin}/live-examples/`);
    expect(await runHello(page)).toContain('Hello from the playground');
    expect(
      await page
        .frames()
        .find((frame) => frame.url().includes('/sandbox/frame.html'))
        ?.evaluate(() => self.origin),
    ).toBe('null');
    expect(errors).toEqual([]);
  });

  it('downloads nothing for offline use when the browser asks to save data, until the reader says so', async () => {
    const { context } = await isolatedContext(browser);
    contexts.push(context);
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/es/`);
    const keep = page.locator(`${STATUS} .offline-keep`);
    await keep.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator(STATUS).innerText()).toMatch(/^Tu navegador pide ahorrar datos/);
    expect(await cachedPaths(page)).not.toContain('/es/ref/exceptions/');
    expect(await axeViolations(page, STATUS)).toEqual([]);
    await keep.click();
    await page.locator(READY).waitFor({ state: 'attached', timeout: 60_000 });
    expect(await cachedPaths(page)).toContain('/es/ref/exceptions/');
    // Chosen once, kept: the next page asks for nothing.
    await page.goto(`${origin}/es/live-examples/`);
    await page.locator(READY).waitFor({ state: 'attached', timeout: 60_000 });
    expect(await keep.isHidden()).toBe(true);
  });

  it('keeps a Russian reader’s language and says so in Russian', async () => {
    const { context, page } = await visit('/ru/');
    expect(await page.locator(STATUS).innerText()).toMatch(/^Доступно офлайн/);
    const cached = await cachedPaths(page);
    expect(cached).toContain('/ru/ref/exceptions/');
    expect(cached).not.toContain('/ref/exceptions/');
    await context.setOffline(true);
    await page.goto(`${origin}/ru/live-examples/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await runHello(page)).toContain('Hello from the playground');
  });

  it('picks up a new build deployed behind it, and serves its pages offline', async () => {
    const root = mkdtempSync(join(tmpdir(), 'offline-deploy-'));
    cpSync(distDir, root, { recursive: true });
    const server = await startServer({ root, port: 0 });
    try {
      const { context, page } = await visit('/', server.origin);
      const firstBuild = await page.locator(STATUS).getAttribute('data-build');
      expect(firstBuild).toMatch(/^[0-9a-f]{16}$/);

      // Deploy: a page changes, and the build writes a new service worker with a new build id.
      const pageFile = join(root, 'ref', 'exceptions', 'index.html');
      writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replace('<main', '<p id="deployed-marker">second build</p><main'));
      const { source, build } = await serviceWorkerSource(root);
      expect(build).not.toBe(firstBuild);
      writeFileSync(join(root, 'sw.js'), source);

      await page.reload();
      await page
        .locator(`${STATUS}[data-build="${build}"][data-offline-state="ready"]`)
        .waitFor({ state: 'attached', timeout: 60_000 });
      expect(await page.evaluate(() => caches.keys())).toEqual([`offline-${build}`]);

      await context.setOffline(true);
      await page.goto(`${server.origin}/ref/exceptions/`);
      expect(await page.locator('#deployed-marker').innerText()).toBe('second build');
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
