/**
 * Race lab figures, in Chromium against a build: the time to enumerate and run every
 * interleaving of the largest shipped scenario (the lost update, three processes: 90
 * interleavings) and show the result, from the click on "Run all interleavings" to the summary
 * on the page (median over several runs on one page; the sandbox worker is fresh each time, as
 * for every run). Also the worker's own share: evaluate the scenario and run every interleaving.
 *
 * Usage: node bench/race-lab.ts   (after a build; DIST_DIR=/tmp/other selects another one)
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve.ts';

const PAGE = '/guides/doesnotexist-not-callable/';
const SCENARIO = 'lost-update';
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const LAB = 'race-lab';
const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : fileURLToPath(new URL('../dist/', import.meta.url));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function waitForRun(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    ([selector, count]) => Number(document.querySelector(selector)?.getAttribute('data-rl-completed') ?? 0) > count,
    [LAB, before] as const,
    { timeout: 30_000 },
  );
}

/** Milliseconds from the click on Run to the summary of all interleavings, in the page's clock. */
async function clickToSummary(page: Page): Promise<number> {
  const before = Number((await page.locator(LAB).getAttribute('data-rl-completed')) ?? 0);
  await page.evaluate((selector) => {
    const probe = { clickedAt: 0, doneAt: 0 };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    const root = document.querySelector<HTMLElement>(selector)!;
    root
      .querySelector('[data-rl-action="run"]')!
      .addEventListener('click', (event) => (probe.clickedAt = event.timeStamp), { once: true, capture: true });
    const observer = new MutationObserver(() => {
      if (root.dataset.rlState === 'done' && probe.clickedAt) {
        probe.doneAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-rl-state'] });
  }, LAB);
  await page.locator(`${LAB} [data-rl-action="run"]`).click();
  await waitForRun(page, before);
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { clickedAt: number; doneAt: number } }).__probe;
    return probe.doneAt - probe.clickedAt;
  });
}

const server = await startServer({ root: distDir, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}${PAGE}`, { waitUntil: 'networkidle' });
  const details = page.locator(`details[data-scenario="${SCENARIO}"]`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const started = Date.now();
  await page.locator(`[data-rl-open="${SCENARIO}"]`).click();
  await waitForRun(page, 0);
  const openMs = Date.now() - started;
  const summary = await page.locator(`${LAB} .rl-summary`).innerText();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) times.push(await clickToSummary(page));
  await context.close();
  console.log(`Race lab, ${PAGE}, scenario ${SCENARIO} ("${summary}"), ${ROUNDS} runs (target in brackets):`);
  console.log(`  open the lab, first run (cold: lab code, editor, sandbox)  ${ms(openMs)}`);
  console.log(`  click to summary, every interleaving run, median           ${ms(median(times))}  [< 1000 ms]`);
  console.log(`  ... slowest                                                ${ms(Math.max(...times))}`);
} finally {
  await browser.close();
  await server.close();
}
