import { readFileSync } from 'node:fs';
import { axeViolations } from './axe.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrokenLinks, findBrokenLinks } from '../../scripts/check-links.ts';
import { LANGS, TRANSLATED_LANGS, pathInLang, langOfPath, langPrefix } from '../../src/i18n/locales.ts';
import { interfaceStrings } from '../../src/i18n/interface-strings.ts';
import { PAGE_CSP_DIRECTIVES, SANDBOX_FRAME_PATH, headersFile } from '../../src/build/security-headers.ts';
import { NOT_FOUND_PAGES, distDir, isolatedContext, launchBrowser, origin, sitePages } from './browser.ts';

const pages = sitePages();
const allPages = [...pages, ...NOT_FOUND_PAGES];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Collects CSP violations reported by the page, from before its first script runs. */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

describe('the built site', () => {
  it('has pages in every language, each with its twins', () => {
    for (const lang of LANGS) expect(pages).toContain(`${langPrefix(lang)}/`);
    for (const path of pages.filter((p) => p.endsWith('/'))) {
      for (const lang of LANGS) {
        const twin = pathInLang(path, lang);
        expect(pages, `${path} has no twin at ${twin}`).toContain(twin);
      }
    }
  });

  it('has no broken internal link or #anchor', () => {
    const broken = findBrokenLinks(distDir);
    expect(broken, describeBrokenLinks(broken)).toEqual([]);
  });

  it('publishes a sitemap that lists every page in both languages', () => {
    const sitemap = readFileSync(`${distDir}sitemap-0.xml`, 'utf8');
    for (const path of pages.filter((p) => p.endsWith('/'))) expect(sitemap).toContain(`${path}</loc>`);
  });
});

describe.each(allPages)('page %s', (path) => {
  it('loads with no request to another origin, no CSP violation, no error and no untranslated notice', async () => {
    const { context, foreignRequests } = await isolatedContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('404')) errors.push(message.text());
    });
    const violations = await watchCspViolations(page);
    const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(NOT_FOUND_PAGES.includes(path) ? 404 : 200);
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    expect(foreignRequests).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe(langOfPath(path));
    // Starlight's notice for a page shown in the default language instead of the reader's.
    expect(await page.getByText(/not available in your language|ещё не переведена/).count()).toBe(0);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe in the %s theme', async (theme) => {
    const { context } = await isolatedContext(browser, { colorScheme: theme });
    const page = await context.newPage();
    await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
    // Evaluated through the DevTools protocol, so the page's CSP does not block the injection.
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows its text and code without JavaScript', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + path);
    const content = page.locator('main');
    await expect(content.locator('h1').first().isVisible()).resolves.toBe(true);
    // One pass in the page: a round trip per block took minutes on the largest pages.
    const blocks = await content.evaluate((main) =>
      [...main.querySelectorAll<HTMLElement>('h2, h3, p, li, pre')].map((block) => ({
        text: block.innerText.trim().slice(0, 60),
        visible: block.checkVisibility() && block.getClientRects().length > 0,
      })),
    );
    expect(blocks.length).toBeGreaterThan(0);
    const hidden = blocks.filter((block) => block.text && !block.visible).map((block) => block.text);
    expect(hidden, 'hidden without JavaScript').toEqual([]);
    await context.close();
  });
});

describe.each(pages)('the language switcher on %s', (path) => {
  it('lands on the same page and section in the other language', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const sectionId = await page.locator('main h2[id]').first().getAttribute('id');
    expect(sectionId).toBeTruthy();
    await page.goto(`${origin}${path}#${sectionId}`);
    // The first language the switcher offers besides the page's own (each is a list entry).
    const otherLang = LANGS.find((lang) => lang !== langOfPath(path))!;
    const select = page.locator('site-lang-select select').first();
    const targetValue = await select.locator('option:not([selected])').first().getAttribute('value');
    expect(targetValue).toBe(pathInLang(path, otherLang));
    await Promise.all([
      page.waitForURL(`${origin}${pathInLang(path, otherLang)}#${sectionId}`),
      select.selectOption(targetValue!),
    ]);
    expect(await page.locator(`[id="${sectionId}"]`).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe(otherLang);
    await context.close();
  });
});

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the site itself and by hash', () => {
    const html = readFileSync(`${distDir}index.html`, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toMatch(/https?:|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });

  it('blocks a script from another origin and an inline script the build did not hash', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const violations = await watchCspViolations(page);
    await page.goto(origin + '/', { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const external = document.createElement('script');
      external.src = 'https://cdn.example.com/tracker.js';
      document.body.append(external);
      const inline = document.createElement('script');
      inline.textContent = 'window.__injected = true;';
      document.body.append(inline);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    const seen = await violations();
    expect(seen.some((v) => v.includes('cdn.example.com'))).toBe(true);
    expect(seen.some((v) => v.startsWith('script-src') && v.endsWith('inline'))).toBe(true);
    await context.close();
  });
});

describe('the security headers', () => {
  it('are the ones the build writes for static hosts, and every page keeps the policy directives', () => {
    expect(readFileSync(`${distDir}_headers`, 'utf8')).toBe(headersFile());
    for (const path of pages.slice(0, 6)) {
      const html = readFileSync(`${distDir}${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      for (const directive of PAGE_CSP_DIRECTIVES) expect(policy, path).toContain(directive);
    }
  });

  it("keep the site and its sandbox frame out of another site's frames", async () => {
    const context = await browser.newContext();
    await context.route('http://attacker.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe name="page" src="${origin}/"></iframe><iframe name="sandbox" src="${origin}${SANDBOX_FRAME_PATH}"></iframe>`,
      }),
    );
    const page = await context.newPage();
    await page.goto('http://attacker.test/', { waitUntil: 'load' });
    // A refused frame holds Chromium's error page, never the site's document.
    for (const name of ['page', 'sandbox']) {
      const frame = page.frame({ name });
      expect(frame, name).toBeTruthy();
      await expect.poll(() => frame!.url(), { message: name }).not.toBe('about:blank');
      expect(frame!.url(), name).not.toMatch(new RegExp(`^${origin}`));
    }
    // The same page framed by the site itself is allowed (frame-ancestors 'self').
    const own = await context.newPage();
    await own.goto(`${origin}/`, { waitUntil: 'load' });
    await own.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.name = 'own';
      frame.src = src;
      document.body.append(frame);
    }, `${origin}/ru/`);
    await expect.poll(() => own.frame({ name: 'own' })?.url()).toBe(`${origin}/ru/`);
    await context.close();
  });
});

describe('every page as Markdown', () => {
  const markdownPath = (path: string) => (/^\/(?:[a-z]{2}\/)?$/.test(path) ? `${path}index.md` : `${path.replace(/\/$/, '')}.md`);

  it('exists for every page, with its title, its examples in TypeScript and Python, and no MDX left', async () => {
    for (const path of pages) {
      const response = await fetch(origin + markdownPath(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/markdown/);
      const text = await response.text();
      expect(text, path).toMatch(/^# \S/);
      // Outside code blocks (an example's code has imports of its own).
      const prose = text.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');
      expect(prose, path).not.toMatch(
        /^import |<(Example|Aside|VersionBadge|SearchTerms|DocCard|RaceLab|ExceptionHierarchy)\b|\{#[\w-]+\}/m,
      );
      if (readFileSync(`${distDir}${path.slice(1)}index.html`, 'utf8').includes('pg-example')) {
        expect(text, path).toContain('```ts title=');
        expect(text, path).toContain('```python title=');
      }
    }
  });

  it('is listed in llms.txt per language', async () => {
    const english = await (await fetch(`${origin}/llms.txt`)).text();
    const russian = await (await fetch(`${origin}/ru/llms.txt`)).text();
    expect(english).toContain('/ref/exceptions.md');
    expect(english).not.toContain('/ru/');
    expect(russian).toContain('/ru/ref/exceptions.md');
  });

  it('is copied by the button in the page header', async () => {
    const { context } = await isolatedContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${origin}/ru/ref/models/class/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Скопировать страницу в Markdown' }).click();
    await expect.poll(() => page.locator('.page-markdown-status').innerText()).toMatch(/Markdown/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await (await fetch(`${origin}/ru/ref/models/class.md`)).text());
    await context.close();
  });
});

describe('the header on a phone', () => {
  it.each(['/', '/ru/'])('shows the whole site title at 360 px (%s)', async (path) => {
    const { context } = await isolatedContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const title = page.locator('.site-title span').first();
    const box = await title.evaluate((span) => {
      const header = span.closest('header')!.getBoundingClientRect();
      const rect = span.getBoundingClientRect();
      return {
        clippedX: span.scrollWidth > span.clientWidth + 1,
        clippedY: span.scrollHeight > span.clientHeight + 1,
        inside: rect.top >= header.top && rect.bottom <= header.bottom,
        right: rect.right,
        width: window.innerWidth,
      };
    });
    expect(box).toMatchObject({ clippedX: false, clippedY: false, inside: true });
    expect(box.right).toBeLessThanOrEqual(box.width);
    await page.screenshot({ path: `test-results/header-360${path === '/' ? '-en' : '-ru'}.png` });
    await context.close();
  });
});

describe('the 404 page', () => {
  it.each(
    LANGS.map((lang) => [`${langPrefix(lang)}/no-such-page/`, lang, interfaceStrings(lang)['site.notFound.title']!] as const),
  )('answers %s in its language', async (path, lang, title) => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const response = await page.goto(origin + path);
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('h1').first().innerText()).toBe(title);
    await context.close();
  });
});

describe('hreflang alternates', () => {
  it.each(pages)('%s names every language', async (path) => {
    const html = await (await fetch(origin + path)).text();
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="https:\/\/[^"]+"/);
    for (const lang of TRANSLATED_LANGS)
      expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang}" href="https://[^"]+/${lang}/`));
  });
});
