/**
 * The race lab on the troubleshooting guide, in Chromium against a build: every scenario's race
 * fails in some interleaving and its fix in none, stepping back and forward is reversible, the
 * reader's edited code is what runs, it works from the keyboard and on a phone, it passes axe,
 * and it reads without JavaScript.
 */
import { axeViolations } from './axe.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/race-lab-scenarios/index.ts';
import { LANE_WINDOW } from '../../src/race-lab/model.ts';
import { isolatedContext, launchBrowser, origin } from './browser.ts';
import { BIG_SCENARIO } from './race-lab-big-scenario.ts';

const PAGE = '/guides/doesnotexist-not-callable/';
const RU_PAGE = '/ru/guides/doesnotexist-not-callable/';
const LAB = 'race-lab';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

async function openPage(options: { path?: string; viewport?: { width: number; height: number } } = {}) {
  const { context, foreignRequests } = await isolatedContext(browser, options.viewport ? { viewport: options.viewport } : {});
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${options.path ?? PAGE}`, { waitUntil: 'networkidle' });
  return { page, errors, foreignRequests };
}

const completed = async (page: Page) => Number((await page.locator(LAB).getAttribute('data-rl-completed')) ?? 0);

/** Runs `start` and waits until the lab has finished one more run of all interleavings. */
async function afterRun(page: Page, start: () => Promise<unknown>, timeout = 20_000): Promise<void> {
  const before = await completed(page);
  await start();
  await page.waitForFunction(
    ([selector, count]) => Number(document.querySelector(selector)?.getAttribute('data-rl-completed') ?? 0) > count,
    [LAB, before] as const,
    { timeout },
  );
}

async function openLab(page: Page, scenario: string): Promise<void> {
  const details = page.locator(`details[data-scenario="${scenario}"]`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await afterRun(page, () => page.locator(`[data-rl-open="${scenario}"]`).click());
}
const selectVariant = (page: Page, variant: string) =>
  afterRun(page, () => page.locator('[data-rl-input="variant"]').selectOption(variant));
const summary = (page: Page) => page.locator('.rl-summary').innerText();
const runLabels = (page: Page) => page.locator('[data-rl-input="schedule"] option').allInnerTexts();
const labState = (page: Page) =>
  page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector)!;
    const text = (s: string) => root.querySelector<HTMLElement>(s)?.innerText ?? '';
    return {
      schedule: root.dataset.rlSchedule,
      position: root.dataset.rlPosition,
      lanes: text('.rl-lanes'),
      state: text('.rl-state'),
      live: text('.rl-live'),
      next: text('.rl-next'),
    };
  }, LAB);

async function setCode(page: Page, code: string): Promise<void> {
  const content = page.locator('.rl-editor .cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

/** A version's code as the page shipped it (the editor renders only the lines in view). */
async function originalSource(page: Page, scenario: string, variant: string): Promise<string> {
  const data = JSON.parse((await page.locator(LAB).getAttribute('data-scenarios')) ?? '[]') as {
    id: string;
    variants: { id: string; source: string }[];
  }[];
  return data.find((s) => s.id === scenario)!.variants.find((v) => v.id === variant)!.source;
}

async function editorCode(page: Page): Promise<string> {
  return (await page.locator('.rl-editor .cm-content .cm-line').allTextContents()).join('\n');
}

describe('without JavaScript', () => {
  it.each([PAGE, RU_PAGE])('%s shows each scenario: description, code and a recorded failing timeline', async (path) => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(origin + path);
    for (const scenario of SCENARIOS) {
      const details = page.locator(`details[data-scenario="${scenario.id}"]`);
      expect(await details.getAttribute('open')).not.toBeNull();
      expect(await details.locator('.rl-variant').count()).toBe(scenario.variants.length);
      const recorded = details.locator('.rl-variant[data-variant="race"] .rl-recorded');
      await expect(recorded.isVisible()).resolves.toBe(true);
      expect(await recorded.locator('.rl-recorded-step').count()).toBeGreaterThan(2);
      expect(await recorded.locator('.rl-recorded-end').innerText()).toMatch(/failed|сбоем|не прошёл/);
      expect(await details.locator('.rl-variant[data-variant="fix"] .rl-recorded').count()).toBe(0);
    }
    expect(await page.locator('.rl-lab').isVisible()).toBe(false);
    expect(await page.locator('[data-rl-open]').first().isVisible()).toBe(false);
  });
});

describe('the lab', () => {
  it('loads nothing of the lab until the reader reaches for it', async () => {
    const { page } = await openPage();
    expect(await page.locator('iframe.pg-sandbox-frame').count()).toBe(0);
    expect(await page.locator('.rl-lab').isVisible()).toBe(false);
    // The buttons appear once the lab's element is defined: wait for that, not for a moment.
    await page.locator('[data-rl-open="exists-get"]').waitFor({ state: 'visible' });
    expect(await page.locator('iframe.pg-sandbox-frame').count()).toBe(0);
  });

  it.each(SCENARIOS.map((s) => [s.id, s.variants] as const))(
    '%s: the race fails in some interleaving, the fix in none',
    async (id, variants) => {
      const { page, errors, foreignRequests } = await openPage();
      await openLab(page, id);
      expect(await summary(page)).toMatch(/^\d+ interleavings, [1-9]\d* of them failing\.$/);
      // The timeline opens on the first failing interleaving, at its end.
      expect(await page.locator(LAB).getAttribute('data-rl-outcome')).toBe('failed');
      expect(await page.locator('.rl-live').innerText()).toMatch(/The run failed/);
      expect(await page.locator('.rl-failure-list button').count()).toBeGreaterThan(0);
      if (variants.includes('partial')) {
        await selectVariant(page, 'partial');
        expect(await summary(page)).toMatch(/^\d+ interleavings, 1 of them failing\.$/);
        const failing = (await runLabels(page)).filter((label) => label.endsWith('(fails)'));
        expect(failing.map((label) => label.replace(/^\d+\. /, ''))).toEqual(['reader → reader → job → job → reader (fails)']);
      }
      await selectVariant(page, 'fix');
      expect(await summary(page)).toMatch(/^\d+ interleavings; none fails\.$/);
      const labels = await runLabels(page);
      expect(labels.length).toBeGreaterThan(1);
      expect(labels.every((label) => label.endsWith('(ends well)'))).toBe(true);
      expect(await page.locator('.rl-failures').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  );

  it('shows SQL, results, rows, cache and locks at each step; the second locker waits', async () => {
    const { page } = await openPage();
    await openLab(page, 'select-for-update');
    await selectVariant(page, 'fix');
    // A, then B: B's select_for_update() must wait for A's lock.
    await page.locator('[data-rl-action="first"]').click();
    for (const name of ['A', 'A', 'B', 'B']) await page.locator(`[data-rl-next="${name}"]`).click();
    const state = await labState(page);
    expect(state.schedule!.startsWith('A A B B')).toBe(true);
    expect(state.live).toMatch(/^Step 4: B tried Product\.aget\(pk=1\) and waits for app_product row 1 held by A\./);
    expect(state.state).toContain('app_product row 1 (A)');
    expect(state.state).toContain('B waits for app_product row 1 held by A');
    expect(state.lanes).toContain('FOR UPDATE');
    expect(state.state).toContain("{'id': 1, 'stock': 10}");
    // B cannot go again until A commits.
    expect(await page.locator('[data-rl-next="B"]').isDisabled()).toBe(true);
  });

  it('marks in the code how many statements each line sent, and links statements and lines both ways', async () => {
    // Tall enough for the editor and the timeline to be in view together: CodeMirror draws only the lines in view.
    const { page, errors } = await openPage({ viewport: { width: 1280, height: 2400 } });
    await openLab(page, 'select-for-update');
    await selectVariant(page, 'fix');
    const source = await originalSource(page, 'select-for-update', 'fix');
    const lineOf = (text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;
    const [select, save] = [lineOf('select_for_update().aget('), lineOf('product.asave()')];
    const statement = (line: number) => page.locator(`.rl-lanes .pg-sql-statement[data-line="${line}"]`);
    // The run shown, at its end: both sales have read and saved; BEGIN and COMMIT name no line.
    const lines = await page
      .locator('.rl-lanes .pg-sql-statement')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.line ?? '-'));
    expect([...lines].sort()).toEqual(['-', '-', '-', '-', ...[select, select, save, save].map(String)].sort());
    // The editor's margin: a marker on each of the two lines, a button with a label.
    const markers = page.locator('.rl-editor .pg-line-queries');
    expect(await markers.allInnerTexts()).toEqual(['2', '2']);
    const selectMarker = markers.first();
    expect(await selectMarker.getAttribute('aria-label')).toBe(`SQL statements sent by line ${select} in the steps shown: 2`);
    // A statement highlights its line, on focus and on hover.
    const activeLine = page.locator('.rl-editor .cm-line.pg-line-active');
    await statement(save).first().locator('.pg-sql-line').focus();
    expect(await activeLine.count()).toBe(1);
    expect(await activeLine.innerText()).toContain('product.asave()');
    await statement(select).last().hover();
    expect(await activeLine.innerText()).toContain('select_for_update().aget(');
    // A marker highlights its line's statements, on focus and on hover.
    const activeStatements = page.locator('.rl-lanes .pg-sql-statement.pg-sql-active');
    await selectMarker.focus();
    expect(await activeStatements.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.line))).toEqual([
      String(select),
      String(select),
    ]);
    await markers.last().hover();
    expect(await activeStatements.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.line))).toEqual([
      String(save),
      String(save),
    ]);
    // The counts follow the steps shown, and an edit of the code clears them.
    await page.locator('[data-rl-action="first"]').click();
    expect(await markers.count()).toBe(0);
    await page.locator('[data-rl-next="A"]').click();
    await page.locator('[data-rl-next="A"]').click();
    expect(await markers.allInnerTexts()).toEqual(['1']);
    await page.locator('.rl-editor .cm-content').click();
    await page.keyboard.type(' ');
    expect(await markers.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('stepping back then forward gives the same state, at every step', async () => {
    const { page } = await openPage();
    await openLab(page, 'lost-update');
    const steps = Number((await labState(page)).position);
    expect(steps).toBeGreaterThan(3);
    for (let position = steps; position > 0; position--) {
      const here = await labState(page);
      await page.locator('[data-rl-action="back"]').click();
      const before = await labState(page);
      expect(before.position).toBe(String(position - 1));
      expect(before).not.toEqual(here);
      await page.locator('[data-rl-action="forward"]').click();
      expect(await labState(page)).toEqual(here);
      await page.locator('[data-rl-action="back"]').click();
    }
    expect((await labState(page)).live).toMatch(/^Start: setup\(\) has run/);
  });

  it('choosing the lane that goes next picks that interleaving', async () => {
    const { page } = await openPage();
    await openLab(page, 'exists-get');
    expect((await labState(page)).schedule).toBe('A B A');
    await page.locator('[data-rl-action="first"]').click();
    await page.locator('[data-rl-next="B"]').click();
    let state = await labState(page);
    expect(state.schedule).toBe('B A');
    expect(state.position).toBe('1');
    expect(state.live).toMatch(/^Step 1: B ran Cart\.adelete\(\)/);
    await page.locator('[data-rl-input="schedule"]').selectOption({ label: '1. A → A → B (ends well)' });
    state = await labState(page);
    expect(state.schedule).toBe('A A B');
    expect(state.live).toMatch(/The run ended without a failure\./);
  });

  it('runs the code as the reader edited it', async () => {
    const { page } = await openPage();
    await openLab(page, 'exists-get');
    const original = await editorCode(page);
    const edited = original
      .replace('export default lab;', "lab.process('C', async () => {\n  await step('look around');\n});\n\nexport default lab;")
      .replace("import { Scheduler } from 'sandbox/scheduler';", "import { Scheduler, step } from 'sandbox/scheduler';");
    await setCode(page, edited);
    await afterRun(page, () => page.locator('[data-rl-action="run"]').click());
    expect(await summary(page)).toMatch(/^11 interleavings, 4 of them failing\.$/);
    expect(await page.locator('[data-rl-next="C"]').count()).toBe(1);
    // Switching versions keeps the edit; Reset code restores the original.
    await selectVariant(page, 'fix');
    await selectVariant(page, 'race');
    expect(await editorCode(page)).toBe(edited);
    await page.locator('[data-rl-action="reset-code"]').click();
    expect(await editorCode(page)).toBe(original);
  });

  it('too many interleavings: shows the count and runs a bounded sample, saying so', async () => {
    const { page } = await openPage();
    await openLab(page, 'lost-update');
    const code = (await originalSource(page, 'lost-update', 'race')).replace(
      "lab.process('C', sale);",
      "lab.process('C', sale);\nlab.process('D', sale);\nlab.process('E', sale);\nlab.process('F', sale);",
    );
    await setCode(page, code);
    await afterRun(page, () => page.locator('[data-rl-action="run"]').click());
    expect(await summary(page)).toMatch(
      /^About 7\u202f484\u202f400 interleavings: too many to run them all\. Ran a random sample of 200, \d+ of them failing\.$/,
    );
    expect((await runLabels(page)).length).toBe(200);
  });

  it('a big scenario the reader writes streams in and keeps the page responsive', async () => {
    const { page, errors } = await openPage();
    await openLab(page, 'lost-update');
    // Eight processes of 120 steps: 960 steps a run, far too many interleavings to count.
    await setCode(page, BIG_SCENARIO);
    // The page's longest task from here on: what the reader would feel as a freeze.
    await page.evaluate(() => {
      let longest = 0;
      const note = (entries: PerformanceEntryList) => entries.forEach((task) => (longest = Math.max(longest, task.duration)));
      const observer = new PerformanceObserver((list) => note(list.getEntries()));
      observer.observe({ type: 'longtask' });
      (window as unknown as { longestTask: () => number }).longestTask = () => (note(observer.takeRecords()), longest);
    });
    await afterRun(page, () => page.locator('[data-rl-action="run"]').click());
    expect(await summary(page)).toMatch(
      /^More than 9\u202f007\u202f199\u202f254\u202f740\u202f991 interleavings: far too many to run them all\. Ran a random sample of \d+, 0 of them failing\.( The lab stopped there\b.*)?$/,
    );
    const runs = (await runLabels(page)).length;
    expect(runs).toBeGreaterThan(1);
    // The timeline shown is one run's, at its end: its last LANE_WINDOW steps, below a line that
    // says how many came before. Another run replaces it; back to the start empties it.
    expect(await page.locator('.rl-step').count()).toBe(LANE_WINDOW);
    expect(await page.locator('.rl-earlier').textContent()).toBe(
      `Steps 1 to ${960 - LANE_WINDOW} are hidden so the page stays fast; “Step back” brings them into view.`,
    );
    await page.locator('[data-rl-input="schedule"]').selectOption(String(runs - 1));
    expect(await page.locator('.rl-step').count()).toBe(LANE_WINDOW);
    expect((await labState(page)).position).toBe('960');
    // A step back brings the step before the window into view, at the top.
    await page.locator('[data-rl-action="back"]').click();
    expect(await page.locator('.rl-step').count()).toBe(LANE_WINDOW);
    expect(await page.locator('.rl-earlier').textContent()).toMatch(new RegExp(`^Steps 1 to ${959 - LANE_WINDOW} `));
    await page.locator('[data-rl-action="first"]').click();
    expect(await page.locator('.rl-step').count()).toBe(0);
    expect(await page.locator('.rl-earlier').count()).toBe(0);
    await page.locator('[data-rl-action="forward"]').click();
    expect((await labState(page)).live).toMatch(/^Step 1: [A-H] ran Counter\.aget\(pk=1\)/);
    const longest = await page.evaluate(() => (window as unknown as { longestTask: () => number }).longestTask());
    console.log(`race lab, 8 processes x 120 steps, ${runs} runs: longest task ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(1_000);
    expect(errors).toEqual([]);
  });

  it('a process that never finishes is stopped with a clear message', async () => {
    const { page } = await openPage();
    await openLab(page, 'exists-get');
    const code = await editorCode(page);
    await setCode(
      page,
      code.replace("lab.process('B', async () => {", "lab.process('B', async () => {\n  await new Promise(() => undefined);"),
    );
    await afterRun(page, () => page.locator('[data-rl-action="run"]').click());
    expect(await summary(page)).toMatch(
      /^The scheduler stopped the run: Process 'B' is stuck after \(start\): it awaits something that is not a scheduler step/,
    );
    await setCode(page, code.replace("lab.process('B', async () => {", "lab.process('B', async () => {\n  for (;;) {}"));
    await afterRun(page, () => page.locator('[data-rl-action="run"]').click());
    expect(await summary(page)).toMatch(/^The scenario ran for more than 5 s and was stopped/);
    // The lab still works afterwards.
    await setCode(page, code);
    await afterRun(page, () => page.locator('[data-rl-action="run"]').click());
    expect(await summary(page)).toBe('3 interleavings, 1 of them failing.');
  });

  it('works from the keyboard alone, and announces each step', async () => {
    const { page } = await openPage();
    await page.locator('details[data-scenario="background-job"] summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.rlOpen)).toBe('background-job');
    await afterRun(page, () => page.keyboard.press('Enter'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.rlInput)).toBe('scenario');
    expect(await page.locator('.rl-live').getAttribute('aria-live')).toBe('polite');
    const end = Number((await labState(page)).position);
    await page.locator('[data-rl-action="back"]').focus();
    await page.keyboard.press('Enter');
    expect((await labState(page)).position).toBe(String(end - 1));
    await page.keyboard.press('ArrowLeft');
    expect((await labState(page)).position).toBe(String(end - 2));
    await page.keyboard.press('ArrowRight');
    expect((await labState(page)).position).toBe(String(end - 1));
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.rlAction)).toBe('first');
    await page.keyboard.press('Space');
    expect((await labState(page)).position).toBe('0');
    // Choose a lane, then pick another scenario, from the keyboard.
    await page.locator('[data-rl-next="job"]').focus();
    await page.keyboard.press('Enter');
    expect((await labState(page)).schedule!.startsWith('job')).toBe(true);
    expect((await labState(page)).live).toMatch(/^Step 1: job ran/);
    await page.locator('[data-rl-input="scenario"]').focus();
    await afterRun(page, () => page.keyboard.press('ArrowDown'));
    expect(await page.locator('[data-rl-input="scenario"]').inputValue()).toBe('lost-update');
  });

  it('stacks the lanes on a phone', async () => {
    const { page } = await openPage({ viewport: { width: 375, height: 800 } });
    await openLab(page, 'lost-update');
    const boxes = await page.locator('.rl-step').evaluateAll((steps) => steps.map((step) => step.getBoundingClientRect().left));
    expect(new Set(boxes).size).toBe(1);
    expect(await page.locator('.rl-step-process').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it.each([
    [PAGE, 'light'],
    [PAGE, 'dark'],
    [RU_PAGE, 'light'],
    [RU_PAGE, 'dark'],
  ] as const)('passes axe with the lab open, its line markers shown and highlighted (%s, %s theme)', async (path, theme) => {
    const { page } = await openPage({ path });
    await page.evaluate((value) => {
      localStorage.setItem('starlight-theme', value);
      document.documentElement.dataset.theme = value;
    }, theme);
    await openLab(page, 'select-for-update');
    expect(await page.locator('.rl-editor .pg-line-queries').count()).toBeGreaterThan(0);
    // A marker focused: its line and its statements highlighted, as the reader sees them.
    await page.locator('.rl-editor .pg-line-queries').first().focus();
    expect(await page.locator('.rl-lanes .pg-sql-active').count()).toBeGreaterThan(0);
    expect(await axeViolations(page, LAB)).toEqual([]);
  });

  it('speaks Russian on the Russian page', async () => {
    const { page } = await openPage({ path: RU_PAGE });
    await openLab(page, 'exists-get');
    expect(await summary(page)).toBe('Чередований: 3; со сбоем: 1.');
    expect(await page.locator('.rl-live').innerText()).toMatch(
      /^Шаг 3: A выполнил Cart\.aget\(pk=1\), исключение: Cart\.DoesNotExist/,
    );
    expect(await editorCode(page)).toContain('// Запрос A проверяет');
  });
});
