/**
 * Live examples figures, in Chromium against a build: what the first Run and the first Edit
 * download (gzip), and the time from the click on Run to the first line of output, for a cold
 * first run and for a warm second one (medians over several fresh pages).
 *
 * Usage: node bench/playground.ts   (after a build; DIST_DIR=/tmp/other selects another one)
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { startServer } from '../scripts/serve.ts';

const PAGE = '/live-examples/';
const EXAMPLE = '.pg-example[data-example-id="basics/hello"]';
const ROUNDS = Number(process.env.ROUNDS ?? 7);
/** One example per group of examples (the runtime modules they import differ). */
const GROUP_EXAMPLES: ReadonlyArray<{ group: string; page: string; id: string }> = [
  { group: 'basics (Python builtins only)', page: '/live-examples/', id: 'basics/hello' },
  { group: 'models (model-only)', page: '/ref/models/instances/', id: 'instances/save-basics' },
  { group: 'exceptions (web: requests, sessions)', page: '/ref/exceptions/', id: 'exceptions/bad-request' },
  { group: 'guide (transactions, scheduler)', page: '/guides/doesnotexist-not-callable/', id: 'guide/select-for-update' },
];
/**
 * The figures before issue #19 item 5 (build of 24ced01, same machine, median of 5), printed
 * next to today's: the whole runtime shipped in one worker, the sandbox started on pointer/focus.
 */
const BEFORE = { runBytes: 157.8 * 1024, editBytes: 289.5 * 1024, coldMs: 625.7, hoveredColdMs: 52.4, warmMs: 41.6 };
const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : fileURLToPath(new URL('../dist/', import.meta.url));

interface Round {
  runBytes: number;
  editBytes: number;
  coldMs: number;
  hoveredColdMs: number;
  warmMs: number;
}

/** Sums the gzip size of every response received while `action` runs and until the network is quiet. */
async function bytesDuring(page: Page, action: () => Promise<void>): Promise<number> {
  let total = 0;
  let inFlight = 0;
  let lastActivity = Date.now();
  const pending: Promise<void>[] = [];
  const onRequest = () => {
    inFlight += 1;
    lastActivity = Date.now();
  };
  const onDone = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  const onResponse = (response: Response) => {
    // A blob: URL is the worker made from code already downloaded, not a transfer.
    if (response.url().startsWith('blob:')) return;
    pending.push(
      response
        .body()
        .then((body) => void (total += gzipSync(body, { level: 9 }).length))
        .catch(() => undefined),
    );
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  await action();
  // Quiet: nothing in flight for half a second (the frame's own lifecycle keeps 'networkidle' from firing).
  while (inFlight > 0 || Date.now() - lastActivity < 500) await new Promise((done) => setTimeout(done, 50));
  await Promise.all(pending);
  page.off('request', onRequest);
  page.off('requestfinished', onDone);
  page.off('requestfailed', onDone);
  page.off('response', onResponse);
  return total;
}

/** Milliseconds from the click on Run to the first output text, measured in the page's clock. */
async function clickToFirstOutput(page: Page): Promise<number> {
  const before = Number((await page.locator(`${EXAMPLE} .pg-output`).getAttribute('data-completed-runs')) ?? 0);
  await page.evaluate((selector) => {
    const probe = { clickedAt: 0, firstOutputAt: 0 };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    const root = document.querySelector(selector)!;
    root
      .querySelector('[data-pg-action="run"]')!
      .addEventListener('click', (event) => (probe.clickedAt = event.timeStamp), { once: true, capture: true });
    const output = root.querySelector('.pg-output')!;
    const observer = new MutationObserver(() => {
      const session = output.querySelector('.pg-session');
      if (
        probe.clickedAt &&
        session?.textContent &&
        !output.querySelector('.pg-output-label')?.textContent?.includes('recorded')
      ) {
        probe.firstOutputAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(output, { childList: true, subtree: true, characterData: true });
  }, EXAMPLE);
  await page.click(`${EXAMPLE} [data-pg-action="run"]`);
  await page.waitForFunction(
    ([selector, count]) => Number(document.querySelector(selector)?.getAttribute('data-completed-runs') ?? 0) > count,
    [`${EXAMPLE} .pg-output`, before] as const,
  );
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { clickedAt: number; firstOutputAt: number } }).__probe;
    return probe.firstOutputAt - probe.clickedAt;
  });
}

/** gzip bytes the first Run of `id` downloads on a fresh page (the offline copy blocked, so only the Run counts). */
async function groupRunBytes(browser: Browser, origin: string, page: string, id: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const tab = await context.newPage();
  await tab.goto(origin + page, { waitUntil: 'networkidle' });
  const selector = `.pg-example[data-example-id="${id}"]`;
  const bytes = await bytesDuring(tab, async () => {
    await tab.click(`${selector} [data-pg-action="run"]`);
    await tab.waitForFunction(
      (output) => Number(document.querySelector(output)?.getAttribute('data-completed-runs') ?? 0) > 0,
      `${selector} .pg-output`,
    );
  });
  await context.close();
  return bytes;
}

async function round(browser: Browser, origin: string): Promise<Round> {
  const runContext = await browser.newContext({ serviceWorkers: 'block' });
  const runPage = await runContext.newPage();
  await runPage.goto(origin + PAGE, { waitUntil: 'networkidle' });
  let coldMs = 0;
  const runBytes = await bytesDuring(runPage, async () => {
    coldMs = await clickToFirstOutput(runPage);
  });
  const warmMs = await clickToFirstOutput(runPage);
  await runContext.close();

  // A reader's pointer usually rests on the example a moment before the click, which starts the sandbox.
  const hoverContext = await browser.newContext({ serviceWorkers: 'block' });
  const hoverPage = await hoverContext.newPage();
  await hoverPage.goto(origin + PAGE, { waitUntil: 'networkidle' });
  await hoverPage.hover(EXAMPLE);
  await hoverPage.waitForTimeout(300);
  const hoveredColdMs = await clickToFirstOutput(hoverPage);
  await hoverContext.close();

  const editContext = await browser.newContext({ serviceWorkers: 'block' });
  const editPage = await editContext.newPage();
  await editPage.goto(origin + PAGE, { waitUntil: 'networkidle' });
  const editBytes = await bytesDuring(editPage, async () => {
    await editPage.click(`${EXAMPLE} [data-pg-action="edit"]`);
    await editPage.locator(`${EXAMPLE} .cm-content`).waitFor();
  });
  await editContext.close();
  return { runBytes, editBytes, coldMs, hoveredColdMs, warmMs };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

const server = await startServer({ root: distDir, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const rounds: Round[] = [];
  for (let index = 0; index < ROUNDS; index += 1) rounds.push(await round(browser, server.origin));
  const now = (key: keyof Round) => median(rounds.map((r) => r[key]));
  console.log(`Live examples, ${PAGE}, median of ${ROUNDS} fresh pages (before item 5 in parentheses, targets in brackets):`);
  console.log(`  bytes on first Run (gzip)        ${kb(now('runBytes'))}  (${kb(BEFORE.runBytes)})  [< 150 KB]`);
  console.log(`  bytes on first Edit (gzip)       ${kb(now('editBytes'))}  (${kb(BEFORE.editBytes)})`);
  console.log(`  click to first output, cold      ${ms(now('coldMs'))}  (${ms(BEFORE.coldMs)})  [<= 200 ms]`);
  console.log(`  ... primed (hovered 300 ms)      ${ms(now('hoveredColdMs'))}  (${ms(BEFORE.hoveredColdMs)})`);
  console.log(`  click to first output, warm      ${ms(now('warmMs'))}  (${ms(BEFORE.warmMs)})  [< 50 ms]`);
  console.log('Bytes on the first Run per example group (gzip, one fresh page each):');
  for (const { group, page, id } of GROUP_EXAMPLES) {
    console.log(
      `  ${group.padEnd(40)} ${kb(await groupRunBytes(browser, server.origin, page, id))}  [model-only <= 110 KB, any < 150 KB]`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
