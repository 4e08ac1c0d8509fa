import { readFileSync, rmSync } from 'node:fs';
import { axeViolations } from './axe.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../scripts/check-links.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { LANGS, pathInLang, type Lang } from '../../src/i18n/locales.ts';
import { normaliseQuery } from '../../src/search/query.ts';
import { searchInPage } from '../search/pagefind-in-browser.ts';
import { FIXTURE_PAGES, buildRussianFixture } from '../search/russian-fixture.ts';
import { distDir, isolatedContext, launchBrowser, origin } from './browser.ts';

const DIALOG = 'dialog.pf-modal[open]';
const INPUT = `${DIALOG} input.pf-input`;
const SUMMARY = `${DIALOG} .pf-summary`;
/** Requests that only the search may make: Component UI, its styles, the index. */
const SEARCH_CODE = /\/pagefind\/|\/_astro\/(search-dialog|instance|pagefind-component-ui|search)\.[\w-]+\.(js|css)$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface SearchPage {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
}

const openContexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

/** A context that reaches only `siteOrigin` (any other request is aborted and reported). */
async function contextFor(siteOrigin: string, options: Parameters<typeof isolatedContext>[1]) {
  if (siteOrigin === origin) return isolatedContext(browser, options);
  const context = await browser.newContext(options);
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${siteOrigin}/`)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { context, foreignRequests };
}

async function openPage(
  path: string,
  options: Parameters<typeof isolatedContext>[1] = {},
  siteOrigin = origin,
): Promise<SearchPage> {
  const { context, foreignRequests } = await contextFor(siteOrigin, options);
  openContexts.push(context);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('404')) errors.push(message.text());
  });
  await page.goto(siteOrigin + path, { waitUntil: 'networkidle' });
  errors.push(...foreignRequests.map((url) => `request to another origin: ${url}`));
  return { page, context, requests, errors };
}

async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.waitForSelector(INPUT);
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pf-input'))).toBe(true);
}

/** Types a query and waits until the summary reports on that query. */
async function search(page: Page, query: string): Promise<string> {
  await page.fill(INPUT, query);
  const echoed = query.trim().slice(0, 20);
  await expect.poll(() => page.locator(SUMMARY).innerText(), { timeout: 10_000 }).toContain(echoed);
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.getAttribute('aria-busy') === 'false',
    `${DIALOG} .pf-results`,
  );
  return page.locator(SUMMARY).innerText();
}

/**
 * The links of the rendered results. Component UI shows placeholders and fills a result in
 * when it scrolls into view, so this waits for the first three (or all, if fewer).
 */
async function resultUrls(page: Page, scope = DIALOG): Promise<string[]> {
  const summary = await page.locator(`${scope} .pf-summary`).innerText();
  const expected = Number(/^\d+/.exec(summary.replace(/[\s,]/g, ''))?.[0] ?? 0);
  await expect
    .poll(() => page.locator(`${scope} .pf-result-link`).count(), { timeout: 10_000 })
    .toBeGreaterThanOrEqual(Math.min(expected, 3));
  return page
    .locator(`${scope} .pf-results a`)
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href)).map((url) => url.pathname + url.hash));
}

/** The text Pagefind indexes on each built page, by language. */
function indexedTextByLang(): Record<Lang, string[]> {
  const texts = Object.fromEntries(LANGS.map((lang) => [lang, [] as string[]])) as Record<Lang, string[]>;
  for (const file of listHtmlFiles(distDir)) {
    const html = readFileSync(file, 'utf8');
    const body = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
    const lang = /<html[^>]*\blang="(\w+)"/.exec(html)?.[1];
    if (body && (lang === 'en' || lang === 'ru')) texts[lang].push(body.replace(/<[^>]*>/g, ' ').toLowerCase());
  }
  return texts;
}

/** A word from the home page of `lang` that no page in the other language contains. */
function wordOnlyIn(lang: Lang): string {
  const texts = indexedTextByLang();
  const others = texts[lang === 'en' ? 'ru' : 'en'].join(' ');
  const letters = lang === 'en' ? /[a-z]{7,}/g : /[а-яё]{7,}/g;
  const word = (texts[lang].join(' ').match(letters) ?? []).find((candidate) => !others.includes(candidate.slice(0, 5)));
  if (!word) throw new Error(`No word found only in the ${lang} pages.`);
  return word;
}

describe('the search trigger', () => {
  it('is named by its visible label and loads no search code before the reader opens it', async () => {
    const { page, context, requests, errors } = await openPage('/');
    await page.mouse.wheel(0, 4000);
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 500))));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => SEARCH_CODE.test(url))).toEqual([]);
    const button = page.getByRole('button', { name: 'Search', exact: true });
    await expect(button.count()).resolves.toBe(1);
    expect(await button.isEnabled()).toBe(true);
    const visibleText = (await button.innerText()).trim();
    expect(visibleText.startsWith('Search')).toBe(true);
    await button.click();
    await page.waitForSelector(INPUT);
    expect(requests.filter((url) => SEARCH_CODE.test(url)).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
    // Focus returns to the trigger, as for any dialog.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-site-search-open'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['Control+k', 'Meta+k', 'Slash'])('opens the dialog on %s with focus in the search box', async (keys) => {
    const { page, context, errors } = await openPage('/');
    await page.keyboard.press(keys);
    await page.waitForSelector(INPUT);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pf-input'))).toBe(true);
    // "/" must not end up in the query.
    expect(await page.inputValue(INPUT)).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['input', 'textarea', 'contenteditable'])('leaves the keys alone while the reader types in a %s', async (kind) => {
    const { page, context, requests } = await openPage('/');
    await page.evaluate((editable) => {
      const field = editable === 'contenteditable' ? document.createElement('div') : document.createElement(editable);
      if (editable === 'contenteditable') field.contentEditable = 'true';
      field.id = 'typing-here';
      field.setAttribute('aria-label', 'typing here');
      document.querySelector('main')?.prepend(field);
    }, kind);
    await page.focus('#typing-here');
    for (const keys of ['Slash', 'Control+k', 'Meta+k']) await page.keyboard.press(keys);
    await page.waitForTimeout(300);
    expect(await page.locator(DIALOG).count()).toBe(0);
    expect(requests.filter((url) => SEARCH_CODE.test(url))).toEqual([]);
    await context.close();
  });
});

describe('the search dialog', () => {
  it('links results to sections, with highlighted excerpts, reachable with the arrow keys', async () => {
    const { page, errors } = await openPage('/');
    await openDialog(page);
    await search(page, 'Django');
    const urls = await resultUrls(page);
    const sectionUrls = urls.filter((url) => url.includes('#'));
    expect(sectionUrls.length).toBeGreaterThan(0);
    // Every section link lands on a heading that exists on its page.
    for (const url of sectionUrls) {
      const [path, id] = url.split('#');
      const html = await (await fetch(origin + path)).text();
      expect(html, url).toContain(`id="${id}"`);
    }
    expect(await page.locator(`${DIALOG} .pf-results mark`).count()).toBeGreaterThan(0);
    const focusedUrl = () =>
      page.evaluate(() => {
        const link = document.activeElement;
        return link instanceof HTMLAnchorElement ? new URL(link.href).pathname + new URL(link.href).hash : undefined;
      });
    // The links in document order once the first results have rendered.
    const links = await resultUrls(page);
    await page.keyboard.press('ArrowDown');
    expect(await focusedUrl()).toBe(links[0]);
    if (links.length > 1) {
      await page.keyboard.press('ArrowDown');
      expect(await focusedUrl()).toBe(links[1]);
      await page.keyboard.press('ArrowUp');
    }
    expect(await focusedUrl()).toBe(links[0]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pf-input'))).toBe(true);
    // Errors of the search itself; the page the result leads to has its own tests.
    expect(errors).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(origin + links[0]);
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
  });

  it.each([
    ['/', 'light'],
    ['/', 'dark'],
    ['/ru/', 'light'],
    ['/ru/', 'dark'],
  ] as const)('passes axe on %s in the %s theme, with results and with none', async (path, theme) => {
    const { page, context } = await openPage(path, { colorScheme: theme });
    await page.evaluate((value) => localStorage.setItem('starlight-theme', value), theme);
    await page.reload({ waitUntil: 'networkidle' });
    await openDialog(page);
    await search(page, 'Django');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page, DIALOG)).toEqual([]);
    await page.keyboard.press('ArrowUp');
    await search(page, 'zzqqxx');
    expect(await axeViolations(page, DIALOG)).toEqual([]);
    await context.close();
  });

  describe.each([
    ['/', 'No results for', 'en'],
    ['/ru/', 'По запросу', 'ru'],
  ])('on %s, bad input', (path, noResults) => {
    const hostile = {
      html: '<img src=x onerror="window.__injected=1"><b>bold</b>',
      script: '<script>window.__injected=1</script>',
      regex: '.*+?^$' + '{}()|[]\\ $& $1 (?<x>a)',
      long: 'refresh_from_db '.repeat(625),
    };

    it.each(Object.entries(hostile))('%s: no error, no markup, a "no results" message in the language', async (_name, query) => {
      const { page, context, errors } = await openPage(path);
      await openDialog(page);
      const summary = await search(page, query);
      if (!summary.includes('результат') && !/\d+ results?/.test(summary)) expect(summary).toContain(noResults);
      expect(summary.length).toBeLessThan(400);
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
      expect(await page.locator(`${DIALOG} img, ${DIALOG} script, ${DIALOG} b`).count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('empty: the summary is cleared and nothing fails', async () => {
      const { page, context, errors } = await openPage(path);
      await openDialog(page);
      await search(page, 'Django');
      await page.fill(INPUT, '');
      await expect.poll(() => page.locator(`${DIALOG} .pf-result`).count()).toBe(0);
      expect((await page.locator(SUMMARY).innerText()).trim()).toBe('');
      await page.fill(INPUT, '   ');
      // The dialog marks which query its results answer: wait for the blank one, not for a moment.
      await page.locator(`${DIALOG} pagefind-results[data-searched-for="   "]`).waitFor({ state: 'attached' });
      expect(await page.locator(`${DIALOG} .pf-result`).count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it('says the Russian result count with the right plural form', async () => {
    const { page, context } = await openPage('/ru/');
    await openDialog(page);
    const summary = await search(page, 'Django');
    const count = await page.locator(`${DIALOG} .pf-result`).count();
    const form = new Intl.PluralRules('ru').select(count);
    const word = { one: 'результат', few: 'результата', many: 'результатов', other: 'результата', zero: '', two: '' }[form];
    expect(summary).toBe(`${count} ${word} по запросу «Django»`);
    await context.close();
  });
});

describe('one index per language', () => {
  it.each([
    ['/', 'Django', (url: string) => !url.startsWith('/ru/')],
    ['/ru/', 'Django', (url: string) => url.startsWith('/ru/')],
  ])('on %s every result for "%s" is in the page language', async (path, query, inLanguage) => {
    const { page, context } = await openPage(path);
    await openDialog(page);
    await search(page, query);
    const urls = await resultUrls(page);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !inLanguage(url))).toEqual([]);
    await context.close();
  });

  it.each([
    ['/', 'ru'],
    ['/ru/', 'en'],
  ] as const)('on %s a word that only the %s pages contain finds none of them', async (path, otherLang) => {
    const word = wordOnlyIn(otherLang);
    const { page, context } = await openPage(path);
    // The word is in the other language's index: searching from there finds it.
    const otherPage = await context.newPage();
    await otherPage.goto(origin + pathInLang('/', otherLang), { waitUntil: 'networkidle' });
    await openDialog(otherPage);
    await search(otherPage, word);
    expect((await resultUrls(otherPage)).length).toBeGreaterThan(0);
    await openDialog(page);
    await search(page, word);
    // Pagefind may still match a similar word of this language; never a page of the other.
    const inOtherLanguage = (url: string) => (otherLang === 'ru' ? url.startsWith('/ru/') : !url.startsWith('/ru/'));
    expect((await resultUrls(page)).filter(inOtherLanguage)).toEqual([]);
  });
});

describe('the Russian -й workaround', () => {
  let fixtureRoot: string;
  let fixture: RunningServer;
  beforeAll(async () => {
    fixtureRoot = await buildRussianFixture(distDir);
    fixture = await startServer({ root: fixtureRoot, port: 0 });
  });
  afterAll(async () => {
    fixture?.server.closeAllConnections();
    await fixture?.close();
    if (fixtureRoot) rmSync(fixtureRoot, { recursive: true, force: true });
  });

  it('Pagefind alone misses "новая" when asked for "новый"; with the workaround both are found', async () => {
    const { page, context } = await openPage('/ru/new-object/', {}, fixture.origin);
    const [raw, normalised] = await searchInPage(page, ['новый', normaliseQuery('новый')]);
    const found = {
      raw: raw?.results.map((result) => result.url),
      normalised: normalised?.results.map((result) => result.url) ?? [],
    };
    expect(found.raw).toEqual(['/ru/new-object/']);
    expect([...found.normalised].sort()).toEqual(Object.keys(FIXTURE_PAGES).sort());
    await context.close();
  });

  it('the search dialog finds every form of a word typed with -й', async () => {
    const { page, context, errors } = await openPage('/ru/new-object/', {}, fixture.origin);
    await openDialog(page);
    await search(page, 'новый');
    const pages = new Set((await resultUrls(page)).map((url) => url.replace(/#.*$/, '')));
    expect([...pages].sort()).toEqual(Object.keys(FIXTURE_PAGES).sort());
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the 404 page', () => {
  it.each([
    ['/ru/ref/exeptions/', 'ref exeptions', '/ru/'],
    ['/ref/exeptions/', 'ref exeptions', '/'],
  ])('at %s searches for "%s" and shows results in its language', async (path, words, languageRoot) => {
    const { page, context, errors } = await openPage(path);
    const input = page.locator('[data-site-not-found-search] input.pf-input');
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe(words);
    const links = page.locator('[data-site-not-found-search] .pf-results a');
    await expect.poll(() => links.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const urls = await resultUrls(page, '[data-site-not-found-search]');
    expect(urls.every((url) => (languageRoot === '/' ? !url.startsWith('/ru/') : url.startsWith('/ru/')))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
