/**
 * Search figures for the built site, medians in Chromium:
 * - index size per language (what a search downloads: metadata, wasm, index and fragment
 *   chunks), raw and gzip;
 * - cold time to first results: from pressing Ctrl+K on a fresh page (nothing cached) to the
 *   first result link for a query typed at once;
 * - per-keystroke query time: Pagefind's search() for each prefix of a query, index warm.
 * Usage: node bench/search.ts (after a build); DIST_DIR=/tmp/other node bench/search.ts; RUNS=n.
 * It takes about 8 minutes on 2 cores, the Spanish section last: a caller that stops it sooner
 * (a 10-minute limit sends SIGTERM) gets "stopped by SIGTERM in the [es] section", not a crash.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve.ts';
import { LANGS, pathInLang, type Lang } from '../src/i18n/locales.ts';
import { normaliseQuery } from '../src/search/query.ts';
import { searchInPage } from '../tests/search/pagefind-in-browser.ts';
import { openSearchDialog, searchInDialog } from '../tests/search/dialog-in-browser.ts';
import { positionOf, precision } from '../tests/search/quality.ts';
import { QUALITY_QUERIES } from '../tests/search/quality-queries.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const QUERIES: Record<Lang, string[]> = {
  en: ['refresh_from_db', 'live examples'],
  ru: ['живые примеры', 'исключения'],
  es: ['refresh_from_db', 'ejemplos en vivo'],
};

const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) + sep : fileURLToPath(new URL('../dist/', import.meta.url));
const pagefindDir = join(distDir, 'pagefind');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files of one language's index: `*.{lang}_*.pf_meta`, `wasm.{lang}.pagefind`, chunks. */
function indexSize(lang: Lang): { files: number; raw: number; gzip: number } {
  const mine = filesUnder(pagefindDir).filter((path) => {
    const name = path.slice(pagefindDir.length + 1);
    return (
      name.startsWith(`pagefind.${lang}_`) ||
      name === `wasm.${lang}.pagefind` ||
      name.startsWith(`index/${lang}_`) ||
      name.startsWith(`fragment/${lang}_`)
    );
  });
  // The query-rewrite table the dialog fetches as it opens (src/build/search-rewrites.ts).
  const rewrites = join(distDir, 'search', `rewrites.${lang}.json`);
  if (existsSync(rewrites)) mine.push(rewrites);
  let raw = 0;
  let gzip = 0;
  for (const path of mine) {
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: mine.length, raw, gzip };
}

/**
 * A fresh context at the home page of `lang`, closed whatever happens. Service workers are
 * blocked, as in the other benches: the site's offline worker would otherwise precache the whole
 * language (about 6 MB, src/offline/) behind every measurement and answer the index requests
 * itself, so a "cold" search would be neither alone nor straight from the server.
 */
async function onFreshPage<T>(browser: Browser, siteOrigin: string, lang: Lang, measure: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(siteOrigin + pathInLang('/', lang), { waitUntil: 'networkidle' });
    return await measure(page);
  } finally {
    await context.close();
  }
}

const coldFirstResults = (browser: Browser, siteOrigin: string, lang: Lang, query: string) =>
  onFreshPage(browser, siteOrigin, lang, async (page) => {
    const started = Date.now();
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.pf-modal[open] input.pf-input');
    await page.fill('dialog.pf-modal[open] input.pf-input', query);
    await page.waitForSelector('dialog.pf-modal[open] .pf-result-link', { timeout: 15_000 });
    return Date.now() - started;
  });

const keystrokeTimes = (browser: Browser, siteOrigin: string, lang: Lang, query: string) =>
  onFreshPage(browser, siteOrigin, lang, async (page) => {
    const prefixes = Array.from(query, (_char, index) => normaliseQuery(query.slice(0, index + 1))).filter(Boolean);
    await searchInPage(page, prefixes); // warm: index chunks loaded
    return (await searchInPage(page, prefixes)).map((answer) => answer.milliseconds);
  });

/** P@1 and P@3 of the search-quality queries, typed into the real dialog. */
const quality = (browser: Browser, siteOrigin: string, lang: Lang) =>
  onFreshPage(browser, siteOrigin, lang, async (page) => {
    await openSearchDialog(page);
    const positions: number[] = [];
    for (const query of QUALITY_QUERIES[lang])
      positions.push(positionOf(query.expected, (await searchInDialog(page, query.query)).sections));
    const { queries, atOne, atThree } = precision(positions);
    return `${queries} queries through the dialog, P@1 ${atOne.toFixed(2)}, P@3 ${atThree.toFixed(2)}`;
  });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await startServer({ root: distDir, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  // Playwright's own handlers close the browser on these signals and leave the script running,
  // so the next call failed with "Target page, context or browser has been closed", which read
  // as a crash of whatever section was running. The bench says who stopped it instead.
  handleSIGINT: false,
  handleSIGTERM: false,
  handleSIGHUP: false,
});
let section = 'start';
let stoppedBy: string | undefined;
const started = Date.now();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    stoppedBy = signal;
    console.log(`\nStopped by ${signal} in the [${section}] section, after ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    process.exitCode = 1;
    // The section's pending call then fails, and the bench ends below.
    void browser.close().catch(() => undefined);
  });
}
try {
  console.log(`Search bench for ${distDir} (medians of ${RUNS} runs, Chromium)`);
  for (const lang of LANGS) {
    section = lang;
    const size = indexSize(lang);
    console.log(`\n[${lang}] index: ${size.files} files, ${kb(size.raw)} raw, ${kb(size.gzip)} gzip (with the rewrite table)`);
    console.log(`  quality: ${await quality(browser, server.origin, lang)}`);
    for (const query of QUERIES[lang]) {
      const cold: number[] = [];
      for (let run = 0; run < RUNS; run += 1) cold.push(await coldFirstResults(browser, server.origin, lang, query));
      const perKeystroke: number[] = [];
      for (let run = 0; run < RUNS; run += 1) perKeystroke.push(...(await keystrokeTimes(browser, server.origin, lang, query)));
      console.log(
        `  "${query}": first results after opening (cold) ${median(cold).toFixed(0)} ms; ` +
          `per keystroke ${median(perKeystroke).toFixed(1)} ms (max ${Math.max(...perKeystroke).toFixed(1)} ms)`,
      );
    }
  }
  console.log('\nCold time includes Component UI, its styles, the wasm and the index chunks, and the input debounce (150 ms).');
  console.log(`(${((Date.now() - started) / 60_000).toFixed(1)} minutes)`);
} catch (error) {
  // Once stopped, the failing call is the stop itself: already said.
  if (!stoppedBy) throw error;
} finally {
  await browser.close();
  await server.close();
}
