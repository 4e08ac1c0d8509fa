/**
 * The page's worst main-thread gap while the attack review's cases play out
 * (../shared/reviews/security-2026-12.md, issue #18 item 6), beside the gap of a normal Run on
 * the same machine. The cases:
 * (a) a forged race-lab result. A snippet can no longer post messages (the worker deletes
 *     postMessage), so a compromised frame or worker is simulated: a script in the sandbox frame
 *     (installed with the context's init script, so it is in place before the frame's own code)
 *     answers the page's request with a forged stream of runs of 1,000 steps, each as large as
 *     the page accepts (a timeline travels as JSON text); or it feeds the same stream to the
 *     frame as its worker's messages, for the frame to check and pass on;
 * (b) a deflate-bomb share link opened on the page (the hash changes, as when a reader follows it);
 * (c) a big scenario a reader writes in the race lab (8 processes x 120 steps).
 * The gap is the longest of: the longest task Chromium reports, the longest pause of a timer
 * heartbeat and the longest pause between animation frames, from just before the case starts
 * until the page shows the case's end state (plus a short settle window). Median (and max) of
 * ROUNDS fresh pages; a case that does not reach its end state within CASE_TIMEOUT_S is reported
 * as not finished instead of failing the bench.
 *
 * Usage: node bench/attack-gaps.ts   (after a build; DIST_DIR=/tmp/other selects another one,
 * ROUNDS=n, CASE_TIMEOUT_S=n, ONLY=<part of a case's name> measures those cases beside the normal
 * Run, SHARED_THREAD=1 runs the sandbox frame on the page's thread as Firefox and Safari do)
 */
import { createDeflate, deflateSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve.ts';
import { BIG_SCENARIO } from '../tests/e2e/race-lab-big-scenario.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CASE_TIMEOUT_MS = Number(process.env.CASE_TIMEOUT_S ?? 60) * 1000;
/** The issue's target: under an attack the page's worst gap is at most this much above a normal Run's. */
const WITHIN_MS = 300;
/** After the end state shows: a freeze that starts as it appears still counts. */
const SETTLE_MS = 250;
const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : fileURLToPath(new URL('../dist/', import.meta.url));

const LIVE_PAGE = '/live-examples/';
const LAB_PAGE = '/guides/doesnotexist-not-callable/';
const HELLO = '.pg-example[data-example-id="basics/hello"]';
const LAB = 'race-lab';

/**
 * src/playground/share-codec.ts: MAX_PAYLOAD_CHARS for MAX_SHARED_CODE_BYTES (256 KB), the
 * longest payload the page decodes at all. (Not imported: the src modules' extensionless
 * imports do not load in plain Node.)
 */
const MAX_PAYLOAD_CHARS = 'v1.'.length + Math.ceil(((256 * 1024 * 1.01 + 64) * 4) / 3);

/** Zeros, deflated as zlib streams them (no gigabyte in memory), as a share link's payload. */
async function zerosPayload(bytes: number): Promise<string> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((finished) => deflate.on('end', finished));
  const block = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < bytes; written += block.length) {
    if (!deflate.write(block.subarray(0, Math.min(block.length, bytes - written))))
      await new Promise((drained) => deflate.once('drain', drained));
  }
  deflate.end();
  await done;
  return 'v1.' + Buffer.concat(chunks).toString('base64url');
}

/** The review's link: about 1.4 MB, 1 GB once inflated. */
const reviewBomb = async () => `#example=basics%2Fhello&code=${await zerosPayload(1024 ** 3)}`;
/** The longest bomb the page still decodes (just under MAX_PAYLOAD_CHARS): it stops at the 256 KB cap. */
async function cappedBomb(): Promise<string> {
  // Zeros deflate about 1,030 to 1; the base64 of that fills the cap with a little room.
  let bytes = Math.floor(((MAX_PAYLOAD_CHARS * 3) / 4) * 1000);
  let payload = 'v1.' + deflateSync(Buffer.alloc(bytes), { level: 9 }).toString('base64url');
  while (payload.length > MAX_PAYLOAD_CHARS) {
    bytes = Math.floor(bytes * 0.97);
    payload = 'v1.' + deflateSync(Buffer.alloc(bytes), { level: 9 }).toString('base64url');
  }
  return `#example=basics%2Fhello&code=${payload}`;
}
const bombs = new Map<string, Promise<string>>();
const bomb = (name: string, make: () => Promise<string>) => bombs.get(name) ?? bombs.set(name, make()).get(name)!;

/**
 * What the simulated compromised frame or worker sends. `route`: 'frame' answers the page's
 * request itself (the frame's own code never sees it); 'worker' feeds the frame its worker's
 * messages (the real worker never gets the request); 'plain' answers a live example's plain Run
 * with a race-lab stream and lets the real run go on. `at`: which request of that kind (1: the
 * first) is forged, so a lab can open normally first. `runs`: how many run messages, `summary`:
 * whether a summary follows them. `objects`: each timeline as the review forged it, a list of
 * one shared step object (tiny on the wire, huge once rebuilt), instead of the JSON text the
 * page reads.
 */
interface Forgery {
  route: 'frame' | 'worker' | 'plain';
  at: number;
  runs: number;
  summary: boolean;
  objects?: boolean;
}

/**
 * Runs in every frame as its document starts (as the context's init script); acts only in the
 * sandbox frame. Serialised into the page: it may use nothing from this module.
 */
function installForgery(forgery: Forgery): void {
  if (!location.pathname.endsWith('/sandbox/frame.html')) return;
  const siteOrigin = new URL(location.href).origin;
  // One step as the runner would report it, under 990 characters of JSON: 1,000 of them (one
  // run, with its schedule) fit the readers' budget of a million characters a run, 16 runs
  // their 16 million a scenario.
  const step = {
    process: 'A',
    operation: 'Counter.objects.aget(pk=1)'.padEnd(170, '.'),
    outcome: 'ok',
    result: '<Counter: Counter object (1)>'.padEnd(170, '.'),
    sql: ['SELECT "app_counter"."id" FROM "app_counter" WHERE "app_counter"."id" = 1'.padEnd(200, ' '), 'x'.repeat(200)],
    sqlLines: [11, 11],
    locks: ['app_counter row 1 (A)'.padEnd(40, ' ')],
    waits: [],
    rows: { app_counter: ["{'id': 1, 'value': 0}".padEnd(30, ' ')] },
    cache: [],
  };
  const run = {
    schedule: Array<string>(1000).fill('A'),
    ok: false,
    failed: ['A'],
    checkFailed: null,
    stopped: null,
    timeline: forgery.objects ? Array<typeof step>(1000).fill(step) : JSON.stringify(Array<typeof step>(1000).fill(step)),
  };
  const summary = {
    names: ['A'],
    initial: { rows: { app_counter: [] }, cache: [] },
    total: forgery.runs,
    exact: true,
    sampled: false,
    runCount: forgery.runs,
    cut: null,
    error: null,
    errorLine: null,
    stopped: null,
  };
  // Each message in a task of its own, as messages from another thread arrive.
  const inTurns = (sends: (() => void)[]) => {
    const channel = new MessageChannel();
    let next = 0;
    channel.port1.onmessage = () => {
      sends[next++]!();
      if (next < sends.length) channel.port2.postMessage(null);
      else channel.port1.close();
    };
    channel.port2.postMessage(null);
  };
  const stream = (send: (message: Record<string, unknown>) => void) => {
    const sends = Array.from({ length: forgery.runs }, (_, index) => () => send({ kind: 'scenario-run', index, run }));
    if (forgery.summary) sends.push(() => send({ kind: 'scenario-end', summary }));
    inTurns(sends);
  };
  let seen = 0;
  if (forgery.route === 'worker') {
    const realPost = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      if (typeof message === 'object' && message !== null && 'scenario' in message && ++seen === forgery.at) {
        stream((data) => this.dispatchEvent(new MessageEvent('message', { data })));
        return;
      }
      return (realPost as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof realPost;
    return;
  }
  const kind = forgery.route === 'frame' ? 'scenario' : 'run';
  // Registered before the frame's own listener (this runs first): it can keep the request from it.
  window.addEventListener('message', (event: MessageEvent<{ kind?: unknown; runId?: unknown } | null>) => {
    if (event.source !== window.parent || event.data?.kind !== kind || ++seen !== forgery.at) return;
    const runId = event.data.runId;
    const send = (message: Record<string, unknown>) => window.parent.postMessage({ ...message, runId }, siteOrigin);
    if (forgery.route === 'frame') {
      event.stopImmediatePropagation();
      send({ kind: 'started' });
    }
    stream(send);
  });
}

interface Probe {
  read: () => { timer: number; frame: number; task: number };
}

/** Starts the heartbeats and the long-task observer in the page. */
async function startProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const worst = { timer: 0, frame: 0, task: 0 };
    let lastTimer = performance.now();
    let lastFrame = lastTimer;
    const beat = () => {
      const now = performance.now();
      worst.timer = Math.max(worst.timer, now - lastTimer);
      lastTimer = now;
      setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
    const frame = (now: number) => {
      worst.frame = Math.max(worst.frame, now - lastFrame);
      lastFrame = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const note = (tasks: PerformanceEntryList) => tasks.forEach((task) => (worst.task = Math.max(worst.task, task.duration)));
    const observer = new PerformanceObserver((list) => note(list.getEntries()));
    observer.observe({ type: 'longtask' });
    (window as unknown as { __probe: Probe }).__probe = {
      read: () => {
        note(observer.takeRecords());
        const now = performance.now();
        return { timer: Math.max(worst.timer, now - lastTimer), frame: Math.max(worst.frame, now - lastFrame), task: worst.task };
      },
    };
  });
}

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.read());

const count = (page: Page, selector: string, attribute: string) =>
  page.evaluate(([s, a]) => Number(document.querySelector(s)?.getAttribute(a) ?? 0), [selector, attribute] as const);
/** Waits (no timeout of its own: the round's limit applies) until the counter passes `above`. */
const countAbove = (page: Page, selector: string, attribute: string, above: number) =>
  page.waitForFunction(
    ([s, a, c]) => Number(document.querySelector(s)?.getAttribute(a) ?? 0) > c,
    [selector, attribute, above] as const,
    { timeout: 0 },
  );
const textOf = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();

async function runExample(page: Page): Promise<string> {
  const before = await count(page, `${HELLO} .pg-output`, 'data-completed-runs');
  await page.click(`${HELLO} [data-pg-action="run"]`);
  await countAbove(page, `${HELLO} .pg-output`, 'data-completed-runs', before);
  return textOf(page, `${HELLO} .pg-output .pg-status`);
}

async function runLab(page: Page, start: () => Promise<void>): Promise<string> {
  const before = await count(page, LAB, 'data-rl-completed');
  await start();
  await countAbove(page, LAB, 'data-rl-completed', before);
  const steps = await page.locator(`${LAB} .rl-step`).count();
  return `${await textOf(page, `${LAB} .rl-summary`)} [${steps} steps shown]`;
}

/** Opens the lab at lost-update; it runs that scenario once (not measured). */
async function openLab(page: Page): Promise<void> {
  const details = page.locator('details[data-scenario="lost-update"]');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await runLab(page, () => page.locator('[data-rl-open="lost-update"]').click());
}

const clickLabRun = (page: Page) => () => page.locator('[data-rl-action="run"]').click();

/**
 * A link followed while the page is open: the hash changes and the page reads it. The link is
 * handed to the page before the probe starts (`prepare`): a megabyte passed through the
 * DevTools protocol would be the bench's own gap.
 */
const handLink = async (page: Page, hash: string) =>
  page.evaluate((value) => void ((window as unknown as { __link: string }).__link = value), hash);
async function followLink(page: Page): Promise<string> {
  await page.evaluate(() => void (location.hash = (window as unknown as { __link: string }).__link));
  await page.waitForFunction(
    (selector) => /\S/.test(document.querySelector(selector)?.textContent ?? ''),
    `${HELLO} .pg-notice`,
    {
      timeout: 0,
    },
  );
  return textOf(page, `${HELLO} .pg-notice`);
}

interface Case {
  name: string;
  path: string;
  forgery?: Forgery;
  /** Gets the page ready (not measured). */
  prepare?: (page: Page) => Promise<void>;
  /** Plays the case out until the page shows its end state; returns that state, as text. */
  play: (page: Page) => Promise<string>;
  /** The end state the case should reach; another one is reported with the figures. */
  expected: RegExp;
}

// The lanes show the 40 steps before the position (LANE_WINDOW of src/race-lab/model.ts).
const FORGED_FAILURES = /^16 interleavings, 16 of them failing\. \[40 steps shown\]$/;
const CASES: Case[] = [
  {
    name: 'normal Run (basics/hello)',
    path: LIVE_PAGE,
    play: runExample,
    expected: /^Finished in \d+ ms$/,
  },
  {
    name: 'normal race-lab Run (lost-update)',
    path: LAB_PAGE,
    prepare: openLab,
    play: (page) => runLab(page, clickLabRun(page)),
    expected: /^\d+ interleavings, \d+ of them failing\. \[\d+ steps shown\]$/,
  },
  {
    // The review's route and result: a plain example's Run answered with a race-lab stream of
    // 300 runs of shared objects. The page cannot read it: it drops the frame.
    name: '(a) forged lab stream to a plain Run, frame',
    path: LIVE_PAGE,
    forgery: { route: 'plain', at: 1, runs: 300, summary: true, objects: true },
    play: runExample,
    expected: /stopped answering/,
  },
  {
    // The review's result as a lab's answer: refused at its first run, the frame dropped.
    name: '(a) forged lab stream, 300 runs of objects, frame',
    path: LAB_PAGE,
    forgery: { route: 'frame', at: 2, runs: 300, summary: true, objects: true },
    prepare: openLab,
    play: (page) => runLab(page, clickLabRun(page)),
    expected: /^The scenario's runs are too large to show/,
  },
  {
    // 300 runs of 1,000 steps, as large as the page reads: it reads 16, refuses the 17th and
    // drops the frame, whose later messages it never reads.
    name: '(a) forged lab stream, 300 runs, frame',
    path: LAB_PAGE,
    forgery: { route: 'frame', at: 2, runs: 300, summary: true },
    prepare: openLab,
    play: (page) => runLab(page, clickLabRun(page)),
    expected: /^The scenario's runs are too large to show/,
  },
  {
    // The most the page accepts (16 runs of 1,000 steps, 16M characters), then shown.
    name: '(a) forged lab stream, 16 runs (max kept), frame',
    path: LAB_PAGE,
    forgery: { route: 'frame', at: 2, runs: 16, summary: true },
    prepare: openLab,
    play: (page) => runLab(page, clickLabRun(page)),
    expected: FORGED_FAILURES,
  },
  {
    // The same from the worker: the frame checks, rebuilds and passes it on at full size.
    name: '(a) forged lab stream, 16 runs (max kept), worker',
    path: LAB_PAGE,
    forgery: { route: 'worker', at: 2, runs: 16, summary: true },
    prepare: openLab,
    play: (page) => runLab(page, clickLabRun(page)),
    expected: FORGED_FAILURES,
  },
  {
    name: '(b) bomb link, 1.4 MB -> 1 GB (review)',
    path: LIVE_PAGE,
    prepare: async (page) => handLink(page, await bomb('review', reviewBomb)),
    play: followLink,
    expected: /damaged/,
  },
  {
    name: '(b) bomb link, longest decoded (~0.3 MB)',
    path: LIVE_PAGE,
    prepare: async (page) => handLink(page, await bomb('capped', cappedBomb)),
    play: followLink,
    expected: /damaged/,
  },
  {
    name: '(c) reader scenario, 8 x 120 steps',
    path: LAB_PAGE,
    async prepare(page) {
      await openLab(page);
      await page.locator('.rl-editor .cm-content').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(BIG_SCENARIO);
    },
    play: (page) => runLab(page, clickLabRun(page)),
    expected: /interleavings.*\[40 steps shown\]$/,
  },
];

class TimedOut extends Error {}

interface Round {
  gap: number;
  timer: number;
  frame: number;
  task: number;
  end: string;
}

/** One fresh page: the case's worst gap, or a TimedOut. */
async function measure(browser: Browser, origin: string, testCase: Case): Promise<Round> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const playing = (async () => {
    if (testCase.forgery) await context.addInitScript(installForgery, testCase.forgery);
    const page = await context.newPage();
    await page.goto(origin + testCase.path, { waitUntil: 'networkidle' });
    await testCase.prepare?.(page);
    await startProbe(page);
    const end = await testCase.play(page);
    await page.waitForTimeout(SETTLE_MS);
    const worst = await readProbe(page);
    return { gap: Math.max(worst.timer, worst.frame, worst.task), ...worst, end };
  })();
  // The page's pending calls fail as the context closes; the timeout has said what happened.
  playing.catch(() => undefined);
  try {
    return await Promise.race([
      playing,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new TimedOut()), CASE_TIMEOUT_MS))),
    ]);
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

const server = await startServer({ root: distDir, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    ...(process.env.SHARED_THREAD ? ['--disable-features=IsolateSandboxedIframes'] : []),
  ],
});
try {
  const only = process.env.ONLY;
  const cases = CASES.filter((c, index) => !only || index === 0 || c.name.includes(only));
  const results: { testCase: Case; rounds: Round[]; note?: string }[] = [];
  for (const testCase of cases) {
    const rounds: Round[] = [];
    let note: string | undefined;
    for (let round = 0; round < ROUNDS && note === undefined; round += 1) {
      try {
        rounds.push(await measure(browser, server.origin, testCase));
      } catch (error) {
        // One round past the limit says enough; the next rounds would only wait as long again.
        note =
          error instanceof TimedOut
            ? `did not finish in ${CASE_TIMEOUT_MS / 1000} s`
            : `failed: ${(error as Error).message.split('\n')[0]}`;
        console.log(`  ${testCase.name}: round ${round + 1} ${note}`);
      }
    }
    results.push({ testCase, rounds, ...(note === undefined ? {} : { note }) });
  }

  const baseline = results[0]!.rounds.length ? median(results[0]!.rounds.map((r) => r.gap)) : NaN;
  console.log(
    `Worst main-thread gap on the page, median (max) of ${ROUNDS} fresh pages` +
      `${process.env.SHARED_THREAD ? ', sandbox frame on the page thread' : ''}; target: within ${WITHIN_MS} ms of a normal Run.`,
  );
  console.log(
    '(worst gap: per page, the longest task, timer pause or animation-frame pause; the last three columns: medians of each)',
  );
  console.log(
    `  ${'case'.padEnd(50)} ${'worst gap'.padStart(17)} ${'long task'.padStart(9)} ${'timer'.padStart(7)} ${'frame'.padStart(7)}  vs normal Run`,
  );
  for (const [index, { testCase, rounds, note }] of results.entries()) {
    const gaps = rounds.map((r) => r.gap);
    const column = (key: 'timer' | 'frame' | 'task', width: number) =>
      (rounds.length ? ms(median(rounds.map((r) => r[key]))) : '-').padStart(width);
    const figure = gaps.length ? `${ms(median(gaps))} (${ms(Math.max(...gaps))})` : '-';
    const over = Math.round(median(gaps) - baseline);
    const verdict =
      index === 0
        ? 'baseline'
        : !gaps.length || Number.isNaN(over)
          ? 'no figure'
          : `${over >= 0 ? '+' : ''}${ms(over)}  ${over <= WITHIN_MS ? 'within target' : 'OVER target'}`;
    const partial = note ? `  [${rounds.length}/${ROUNDS} rounds; ${note}]` : '';
    console.log(
      `  ${testCase.name.padEnd(50)} ${figure.padStart(17)} ${column('task', 9)} ${column('timer', 7)} ${column('frame', 7)}  ${verdict}${partial}`,
    );
  }
  // The end state each case reached: an attack the page did not refuse, or a lab that showed
  // something else, would make its figure mean something else.
  const unexpected = results.flatMap(({ testCase, rounds }) =>
    rounds.filter((r) => !testCase.expected.test(r.end)).map((r) => `  ${testCase.name}: ended with "${r.end.slice(0, 160)}"`),
  );
  if (unexpected.length) console.log(['End states other than expected:', ...new Set(unexpected)].join('\n'));
} finally {
  await browser.close();
  await server.close();
}
