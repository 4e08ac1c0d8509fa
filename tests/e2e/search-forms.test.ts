/**
 * The Russian word forms of the rewrite table (src/build/search-rewrites.ts) against the real
 * built index: a sample of the forms the build found Pagefind would miss, each searched in
 * Chromium as the dialog searches its rewrite. The pages' form it maps to must find the pages that
 * use it, or the table sends readers to nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MORPHOLOGY } from '../../src/build/search-weights.ts';
import { LANGS, pathInLang } from '../../src/i18n/locales.ts';
import { normaliseQuery } from '../../src/search/query.ts';
import { fold, type SearchRewrites } from '../../src/search/rewrite.ts';
import { searchInPage } from '../search/pagefind-in-browser.ts';
import { distDir, isolatedContext, launchBrowser, origin } from './browser.ts';

/** Forms checked: spread evenly over the table, so each build checks the same share of it. */
const SAMPLE = 40;

const tableOf = (lang: string) =>
  JSON.parse(readFileSync(join(distDir, 'search', `rewrites.${lang}.json`), 'utf8')) as SearchRewrites;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('rewrite tables', () => {
  it.each(LANGS)('%s: written, with word forms exactly when the language has a morphology step', (lang) => {
    const table = tableOf(lang);
    expect(table.words.length).toBeGreaterThan(0);
    expect(Object.keys(table.forms).length > 0).toBe(MORPHOLOGY[lang] !== undefined);
  });
});

describe('Russian word forms against the built index', () => {
  it(`maps a sample of ${SAMPLE} forms to words the index finds`, async () => {
    const forms = Object.entries(tableOf('ru').forms);
    expect(forms.length).toBeGreaterThan(SAMPLE);
    const step = Math.floor(forms.length / SAMPLE);
    const sample = forms.filter((_entry, index) => index % step === 0).slice(0, SAMPLE);
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(origin + pathInLang('/', 'ru'), { waitUntil: 'networkidle' });
    const answers = await searchInPage(
      page,
      sample.map(([, target]) => normaliseQuery(target)),
      20,
    );
    const unfound = sample.filter(([, target], index) => {
      const results = answers[index]?.results ?? [];
      // Found, and on a page that uses the word itself (Pagefind matched it, not a neighbour);
      // a hyphenated word («модель-потомок») is indexed joined too.
      return !results.some((result) =>
        fold(result.content ?? '')
          .replace(/-/g, '')
          .includes(fold(target)),
      );
    });
    expect(unfound.map(([form, target]) => `${form} -> ${target}`)).toEqual([]);
    await context.close();
  });
});
