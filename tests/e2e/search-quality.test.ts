/**
 * Search quality as readers get it: every query of tests/search/quality-queries.ts is typed into
 * the real search dialog in Chromium (query rewriting, Pagefind, the site's ranking, Component
 * UI's rendering), and the sections it shows are scored.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS, pathInLang, type Lang } from '../../src/i18n/locales.ts';
import { openSearchDialog, searchInDialog, type DialogAnswer } from '../search/dialog-in-browser.ts';
import { meetsRank, positionOf, precision } from '../search/quality.ts';
import {
  MIN_QUERIES_FOR_TARGET,
  QUALITY_QUERIES,
  TARGET_PRECISION_AT_1,
  TARGET_PRECISION_AT_3,
  type QualityQuery,
} from '../search/quality-queries.ts';
import { distDir, isolatedContext, launchBrowser, origin } from './browser.ts';

/** A query can run once its page is built; until then it is pending. */
function pageIsBuilt(expected: string): boolean {
  const path = expected.replace(/#.*$/, '');
  return existsSync(join(distDir, ...path.split('/').filter(Boolean), 'index.html'));
}

const runnable = (lang: Lang) => QUALITY_QUERIES[lang].filter((query) => pageIsBuilt(query.expected));
const pending = (lang: Lang) => QUALITY_QUERIES[lang].filter((query) => !pageIsBuilt(query.expected));

let browser: Browser;
const answers = new Map<string, DialogAnswer>();
const key = (lang: Lang, query: string) => `${lang}\u0000${query}`;
const pages = new Map<Lang, Page>();

beforeAll(async () => {
  browser = await launchBrowser();
  // One page per language: the dialog searches the index of the page's language.
  for (const lang of LANGS) {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(origin + pathInLang('/', lang), { waitUntil: 'networkidle' });
    await openSearchDialog(page);
    for (const query of runnable(lang)) answers.set(key(lang, query.query), await searchInDialog(page, query.query));
    pages.set(lang, page);
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGS)('search quality (%s)', (lang) => {
  const queries = runnable(lang);
  const shown = (query: QualityQuery) => answers.get(key(lang, query.query))?.sections ?? [];

  it('has no query twice', () => {
    const texts = QUALITY_QUERIES[lang].map((query) => query.query);
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });

  // Identifier queries must always rank their section first.
  const identifiers = queries.filter((query) => query.kind === 'identifier');
  it.each(identifiers.map((query) => [query.query, query] as const))(
    'identifier "%s" ranks its section first',
    (_text, query) => {
      expect(positionOf(query.expected, shown(query)), `shown: ${shown(query).slice(0, 5).join(', ')}`).toBe(1);
    },
  );

  it('reports precision at 1 and 3 and the misses; both meet the targets once the content exists', () => {
    const positions = queries.map((query) => positionOf(query.expected, shown(query)));
    const { atOne, atThree } = precision(positions);
    const waiting = pending(lang).length;
    const misses = queries.flatMap((query, index) => {
      const position = positions[index] ?? 0;
      if (meetsRank(query, position)) return [];
      return [
        `  miss (${query.rank}, ${query.kind}): "${query.query}" -> ${query.expected} at ${position || '-'}; shown ${shown(query).slice(0, 3).join(', ')}`,
      ];
    });
    console.log(
      [
        `search quality (${lang}): ${queries.length} queries, P@1 ${atOne.toFixed(2)}, P@3 ${atThree.toFixed(2)}` +
          (waiting > 0 ? `; ${waiting} pending until their pages are built` : ''),
        ...misses,
      ].join('\n'),
    );
    expect(QUALITY_QUERIES[lang].filter((query) => query.kind === 'identifier' && query.rank !== 'first')).toEqual([]);
    expect(queries.length).toBeGreaterThanOrEqual(MIN_QUERIES_FOR_TARGET[lang]);
    expect(atOne).toBeGreaterThanOrEqual(TARGET_PRECISION_AT_1);
    expect(atThree).toBeGreaterThanOrEqual(TARGET_PRECISION_AT_3);
  });
});

describe('the dialog says what it searched for instead', () => {
  it.each([
    ['en', 'refresh_form_db', 'Showing results for “refresh_from_db” instead of “refresh_form_db”.'],
    ['en', 'MultipleObjectReturned', 'Showing results for “MultipleObjectsReturned” instead of “MultipleObjectReturned”.'],
    ['ru', 'ujyrb', 'Показаны результаты по запросу «гонки» вместо «ujyrb».'],
    ['ru', 'вщуытщеучшыеы', 'Показаны результаты по запросу «DoesNotExist» вместо «вщуытщеучшыеы».'],
  ] as const)('%s: %s', async (lang, typed, note) => {
    const page = pages.get(lang);
    if (!page) throw new Error(`no page for ${lang}`);
    const answer = await searchInDialog(page, typed);
    expect(answer.searchedInstead).toBe(note);
    expect(answer.sections.length).toBeGreaterThan(0);
  });

  it.each(LANGS)('%s: and says nothing when it searched for what was typed', async (lang) => {
    const page = pages.get(lang);
    if (!page) throw new Error(`no page for ${lang}`);
    expect((await searchInDialog(page, 'refresh_from_db')).searchedInstead).toBeNull();
  });
});
