import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { relative, sep } from 'node:path';
import { inject } from 'vitest';
import { listHtmlFiles } from '../../scripts/check-links.ts';
import { LANGS, langPrefix } from '../../src/i18n/locales.ts';

/** Debian's Chromium; `.ci/run` installs it. Override with CHROMIUM_PATH on other systems. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const origin = inject('origin');
export const distDir = inject('distDir');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/**
 * A fresh context that can reach nothing but the local server: any other request is aborted
 * and recorded, so a test can assert that none was attempted.
 */
export async function isolatedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; foreignRequests: string[] }> {
  const context = await browser.newContext(options);
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { context, foreignRequests };
}

/** Every page the site serves with status 200, as site paths (`/`, `/ru/ref/exceptions/`). */
export function sitePages(): string[] {
  return (
    listHtmlFiles(distDir)
      .map((file) => '/' + relative(distDir, file).split(sep).join('/'))
      .filter((path) => path !== '/404.html' && !path.includes('/404/'))
      // The live examples' sandbox frame is a bare document for an iframe, not a page to read.
      .filter((path) => !path.startsWith('/sandbox/'))
      .map((path) => path.replace(/index\.html$/, ''))
  );
}

/** The 404 pages, reached through addresses that do not exist. */
export const NOT_FOUND_PAGES = LANGS.map((lang) => `${langPrefix(lang)}/no-such-page/`);
