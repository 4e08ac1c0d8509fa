/**
 * The page's worst main-thread gap while the attack review's cases play out
 * (../shared/reviews/security-2026-12.md), beside the gap of a normal Run on the same machine:
 * a forged race-lab result posted by a compromised frame, a deflate-bomb share link, and a big
 * scenario a reader writes in the race lab. The gap is the longer of the longest task Chromium
 * reports and the longest pause of a 4 ms timer heartbeat, from just before the case starts
 * until the page has reached the case's end state. Median (and max) of ROUNDS fresh pages.
 *
 * Usage: node bench/attack-gaps.ts   (after a build; DIST_DIR=/tmp/other selects another one,
 * ONLY=<part of a case's name> measures that case beside the normal Run)
 */
import { deflateSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
/** The issue's target: an attack may cost the page at most this much more than a normal Run. */
const WITHIN_MS = 300;
const CASE_TIMEOUT_MS = 60_000;
const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : fileURLToPath(new URL('../dist/', import.meta.url));

const HELLO = '.pg-example[data-example-id="basics/hello"]';
const LAB = 'race-lab';
const GUIDE = '/guides/doesnotexist-not-callable/';
const BIG_SCENARIO = `import { models } from 'django/db';
import { Scheduler } from 'sandbox/scheduler';

class Counter extends models.Model {
  value = models.IntegerField({ default: 0 });
}

const lab = new Scheduler({ setup: () => Counter.objects.create() });
for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) {
  lab.process(name, async () => {
    for (let i = 0; i < 120; i++) await Counter.objects.aget({ pk: 1 });
  });
}

export default lab;
`;

/** src/playground/edit-storage.ts: where a reader's edit of an example is kept. */
const EDIT_KEY_PREFIX = (await import('../src/playground/edit-storage.ts')).storageKey('');
const FORGING_SNIPPET = `const step = { process: 'A', operation: 'x'.repeat(4000), outcome: 'ok', sql: Array(200).fill('y'.repeat(4000)), locks: [], waits: [], rows: {}, cache: [] };
const run = { schedule: Array(1000).fill('A'), ok: true, failed: [], checkFailed: null, stopped: null, timeline: Array(1000).fill(step) };
const result = { names: ['A'], initial: { rows: {}, cache: [] }, total: 300, exact: true, sampled: false, runs: Array(300).fill(run), error: null, errorLine: null, stopped: null };
(globalThis as any).postMessage({ kind: 'scenario', result });
`;

/**
 * The longest link the page accepts (share-codec.ts: MAX_PAYLOAD_CHARS, about 345 KB) full of
 * zeros: about 250 MB once inflated. The review's 1.4 MB link is now refused before decoding.
 */
function bombLink(): string {
  const payload = 'v1.' + deflateSync(Buffer.alloc(250 * 1024 * 1024), { level: 9 }).toString('base64url');
  return `#example=basics%2Fhello&code=${payload}`;
}

/** Starts the heartbeat and the long-task observer; `__worstGap()` reads the worst so far. */
async function startProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    let worst = 0;
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
      setTimeout(beat, 4);
    };
    setTimeout(beat, 4);
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((task) => (worst = Math.max(worst, task.duration))),
    );
    observer.observe({ type: 'longtask' });
    (window as unknown as { __worstGap: () => number }).__worstGap = () => {
      observer.takeRecords().forEach((task) => (worst = Math.max(worst, task.duration)));
      return Math.max(worst, performance.now() - last);
    };
  });
}

const worstGap = (page: Page) => page.evaluate(() => (window as unknown as { __worstGap: () => number }).__worstGap());
const counter = (page: Page, selector: string, attribute: string) =>
  page.evaluate(([s, a]) => Number(document.querySelector(s)?.getAttribute(a) ?? 0), [selector, attribute] as const);
const waitAbove = (page: Page, selector: string, attribute: string, count: number) =>
  page.waitForFunction(
    ([s, a, c]) => Number(document.querySelector(s)?.getAttribute(a) ?? 0) > c,
    [selector, attribute, count] as const,
    {
      timeout: CASE_TIMEOUT_MS,
    },
  );

async function openLab(page: Page): Promise<void> {
  const details = page.locator('details[data-scenario="lost-update"]');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const before = await counter(page, LAB, 'data-rl-completed');
  await page.locator('[data-rl-open="lost-update"]').click();
  await waitAbove(page, LAB, 'data-rl-completed', before);
}

async function setLabCode(page: Page, code: string): Promise<void> {
  await page.locator('.rl-editor .cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

interface Case {
  name: string;
  path: string;
  /** Gets the page ready (not measured). */
  prepare?: (page: Page) => Promise<void>;
  /** Plays the case out and resolves once the page shows its end state. */
  play: (page: Page, origin: string) => Promise<void>;
}

const CASES: Case[] = [
  {
    name: 'normal Run (basics/hello)',
    path: '/live-examples/',
    async play(page) {
      const before = await counter(page, `${HELLO} .pg-output`, 'data-completed-runs');
      await page.click(`${HELLO} [data-pg-action="run"]`);
      await waitAbove(page, `${HELLO} .pg-output`, 'data-completed-runs', before);
    },
  },
  {
    // The review's snippet: it posts one scenario result whose steps all share one object. The
    // worker has taken postMessage away from it, so this measures what the reader now sees.
    name: 'forged race-lab result from a snippet',
    path: '/live-examples/',
    async prepare(page) {
      await page.evaluate(([key, code]) => localStorage.setItem(key, code), [
        `${EDIT_KEY_PREFIX}basics/hello`,
        FORGING_SNIPPET,
      ] as const);
      await page.reload({ waitUntil: 'networkidle' });
    },
    async play(page) {
      const before = await counter(page, `${HELLO} .pg-output`, 'data-completed-runs');
      await page.click(`${HELLO} [data-pg-action="run"]`);
      await waitAbove(page, `${HELLO} .pg-output`, 'data-completed-runs', before);
    },
  },
  {
    name: 'deflate-bomb share link (250 MB inflated)',
    path: '/live-examples/',
    async play(page, origin) {
      await page.goto(`${origin}/live-examples/${bombLink()}`);
      await startProbe(page);
      await page.waitForFunction(
        (selector) => /\S/.test(document.querySelector(selector)?.textContent ?? ''),
        `${HELLO} .pg-notice`,
        {
          timeout: CASE_TIMEOUT_MS,
        },
      );
    },
  },
  {
    name: 'big reader-written scenario (8 x 120 steps)',
    path: GUIDE,
    async prepare(page) {
      await openLab(page);
      await setLabCode(page, BIG_SCENARIO);
    },
    async play(page) {
      const before = await counter(page, LAB, 'data-rl-completed');
      await page.locator('[data-rl-action="run"]').click();
      await waitAbove(page, LAB, 'data-rl-completed', before);
    },
  },
];

async function measure(browser: Browser, origin: string, testCase: Case): Promise<number | null> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(origin + testCase.path, { waitUntil: 'networkidle' });
    await testCase.prepare?.(page);
    await startProbe(page);
    await testCase.play(page, origin);
    // A short settle window: a freeze that starts as the end state appears still counts.
    await page.waitForTimeout(200);
    return await worstGap(page);
  } catch (error) {
    console.log(`  ${testCase.name}: did not finish in ${CASE_TIMEOUT_MS / 1000} s (${(error as Error).message.split('\n')[0]})`);
    return null;
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const server = await startServer({ root: distDir, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const figures: { name: string; median: number; max: number; done: number }[] = [];
  // ONLY=bomb measures the normal Run and the cases whose name contains it.
  const only = process.env.ONLY;
  for (const testCase of CASES.filter((c, index) => !only || index === 0 || c.name.includes(only))) {
    const gaps: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const gap = await measure(browser, server.origin, testCase);
      if (gap !== null) gaps.push(gap);
    }
    figures.push({ name: testCase.name, median: gaps.length ? median(gaps) : NaN, max: Math.max(...gaps), done: gaps.length });
  }
  const baseline = figures[0]!.median;
  console.log(`Worst main-thread gap, median (max) of ${ROUNDS} fresh pages; target: within ${WITHIN_MS} ms of a normal Run:`);
  for (const figure of figures) {
    const over = figure.median - baseline;
    const verdict =
      figure === figures[0] ? 'baseline' : Number.isNaN(over) ? 'no figure' : over <= WITHIN_MS ? 'within target' : 'OVER target';
    console.log(
      `  ${figure.name.padEnd(44)} ${figure.median.toFixed(0).padStart(5)} ms (${figure.max.toFixed(0)} ms)  ${figure === figures[0] ? '' : `${over >= 0 ? '+' : ''}${over.toFixed(0)} ms  `}${verdict}${figure.done < ROUNDS ? `  [${figure.done}/${ROUNDS} rounds finished]` : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
