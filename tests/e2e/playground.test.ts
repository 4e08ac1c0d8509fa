/**
 * The live examples in Chromium: run, edit, reset, saved edits, share links, keyboard use,
 * limits, and the sandbox holding against snippets that try to break out of it.
 */
import { axeViolations } from './axe.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageKey } from '../../src/playground/edit-storage.ts';
import { MAX_OUTPUT_LINES } from '../../src/sandbox/limits.ts';
import { distDir, isolatedContext, launchBrowser, origin } from './browser.ts';

const PAGE = '/live-examples/';
const RU_PAGE = '/ru/live-examples/';
const EXAMPLE_ID = 'basics/hello';
const example = (page: Page) => page.locator(`.pg-example[data-example-id="${EXAMPLE_ID}"]`);
const button = (page: Page, action: string) => example(page).locator(`[data-pg-action="${action}"]`);
const session = (page: Page) => example(page).locator('.pg-output .pg-session');
const sessionText = async (page: Page) => (await session(page).innerText()).replace(/\n+$/, '');
const status = (page: Page) => example(page).locator('.pg-output .pg-status');

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

async function openPage(options: { path?: string; savedCode?: string; hash?: string; initScript?: string } = {}) {
  const { context, foreignRequests } = await isolatedContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  if (options.savedCode !== undefined) {
    await page.addInitScript(
      ([key, code]) => {
        // Init scripts run in the sandbox frame too, which has no storage.
        if (window !== window.top) return;
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, code);
        sessionStorage.setItem('seeded', '1');
      },
      [storageKey(EXAMPLE_ID), options.savedCode] as const,
    );
  }
  // In every document, the sandbox frame's included, before its own scripts.
  if (options.initScript !== undefined) await page.addInitScript({ content: options.initScript });
  await page.goto(`${origin}${options.path ?? PAGE}${options.hash ?? ''}`, { waitUntil: 'networkidle' });
  const cspViolations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return { context, page, errors, foreignRequests, cspViolations };
}

async function completedRuns(page: Page): Promise<number> {
  return Number((await example(page).locator('.pg-output').getAttribute('data-completed-runs')) ?? 0);
}

/** Clicks Run (or presses a key) and waits until that run has ended. */
async function runAndWait(
  page: Page,
  start: () => Promise<void> = () => button(page, 'run').click(),
  // A ceiling, not a wait: the sandbox itself ends any run by its limit (up to 10 s) plus the
  // frame's grace, and a machine with every core busy boots the sandbox slowly (failed once at 10 s).
  timeout = 30_000,
): Promise<void> {
  const before = await completedRuns(page);
  await start();
  await page.waitForFunction(
    ([selector, count]) => Number(document.querySelector(selector)?.getAttribute('data-completed-runs') ?? 0) > count,
    [`.pg-example[data-example-id="${EXAMPLE_ID}"] .pg-output`, before] as const,
    { timeout },
  );
}

async function editorText(page: Page): Promise<string> {
  // CodeMirror renders one .cm-line per line of the document.
  return (await example(page).locator('.cm-content .cm-line').allTextContents()).join('\n');
}

async function originalCode(page: Page): Promise<string> {
  return (await example(page).getAttribute('data-source')) ?? '';
}

describe('running an example', () => {
  it('loads nothing of the playground before the reader reaches for an example', async () => {
    const { context } = await isolatedContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(origin + PAGE, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => /controller|editor|worker|frame/.test(url))).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    await example(page).hover();
    await expect.poll(() => requested.some((url) => url.includes('/controller.')), { timeout: 10_000 }).toBe(true);
  });

  it('runs an unedited example as the build compiled it, without the transpiler; edited code loads it', async () => {
    const { page } = await openPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await runAndWait(page);
    expect(await sessionText(page)).toContain('Hello');
    // The worker's code comes in chunks (src/build/sandbox-worker-chunks.ts): its entry holds the model
    // core; neither the web layer nor the transpiler is fetched for this example.
    expect(requested.filter((path) => /\/_astro\/worker-[\w-]+\.js$/.test(path))).toHaveLength(1);
    expect(requested.filter((path) => /\/_astro\/(transpiler|web)-[\w-]+\.js$/.test(path))).toEqual([]);
    await button(page, 'edit').click();
    await example(page).locator('.cm-content').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await runAndWait(page);
    expect(requested.filter((path) => /\/_astro\/transpiler-[\w-]+\.js$/.test(path))).toHaveLength(1);
    expect(await sessionText(page)).toContain('Hello');
  });

  it('shows the output like a shell session, the SQL panel and the time taken', async () => {
    const { page, errors, cspViolations } = await openPage();
    await runAndWait(page);
    expect(await sessionText(page)).toBe("Hello from the playground\n'Ёлка 🎄' None [1, 2.5, True]");
    expect(await status(page).innerText()).toMatch(/^Finished in \d+ ms$/);
    expect(await example(page).locator('.pg-output details.pg-sql summary').count()).toBe(1);
    // Sandboxed by the attribute, or (under the site's service worker, src/sandbox/host.ts) by the
    // CSP of its response: either way the frame runs in an opaque origin and may do nothing but script.
    expect(await page.locator('iframe.pg-sandbox-frame').getAttribute('sandbox')).toMatch(/^allow-scripts( allow-same-origin)?$/);
    const sandboxFrame = page.frames().find((frame) => frame.url().includes('/sandbox/frame.html'));
    expect(await sandboxFrame?.evaluate(() => self.origin)).toBe('null');
    expect(errors).toEqual([]);
    expect(await cspViolations()).toEqual([]);
  });

  it.each([PAGE, RU_PAGE])('prints console.log output like print() (%s)', async (path) => {
    const { page } = await openPage({ path, savedCode: 'console.log("edited-" + 6 * 7);\nconsole.warn("careful");\n' });
    await example(page).locator('.cm-content').waitFor();
    await runAndWait(page);
    expect(await sessionText(page)).toBe('edited-42\nconsole.warn: careful');
  });

  it('reports an uncaught exception as a Python traceback at the line of the TypeScript', async () => {
    const original = await originalCode((await openPage()).page);
    const code = `${original}function fail(): never {\n  throw new RangeError('too far');\n}\nfail();\n`;
    const { page } = await openPage({ savedCode: code });
    await runAndWait(page);
    const lines = code.split('\n');
    const text = await sessionText(page);
    expect(text).toContain('Traceback (most recent call last):');
    expect(text).toContain(`File "hello.ts", line ${lines.indexOf('fail();') + 1}, in <module>`);
    expect(text).toContain(`File "hello.ts", line ${lines.indexOf("  throw new RangeError('too far');") + 1}, in fail`);
    expect(text.trim().split('\n').at(-1)).toBe('ValueError: too far');
    // No reference page is built yet, so the name must not link anywhere.
    for (const href of await session(page)
      .locator('a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) {
      expect((await fetch(href)).status).toBe(200);
    }
  });

  it('shows where a syntax error is, by line and column', async () => {
    const { page } = await openPage({ savedCode: "import { print } from 'python/builtins';\nprint('ok');\nconst = 1;\n" });
    await runAndWait(page);
    expect(await sessionText(page)).toBe(
      '  File "hello.ts", line 3\n    const = 1;\n          ^\nSyntaxError: Unexpected token (hello.ts, line 3, column 7)',
    );
  });
});

describe('which line sent which query', () => {
  it('says how many statements a flood sent when it lists only the first 1000', async () => {
    const flood = [
      "import { models } from 'django/db';",
      'class Entry extends models.Model {',
      '  headline = models.CharField({ max_length: 20 });',
      '}',
      'for (let i = 0; i < 1500; i += 1) Entry.objects.count();',
      '',
    ].join('\n');
    const { page } = await openPage({ savedCode: flood });
    await runAndWait(page);
    const summary = example(page).locator('.pg-sql-summary');
    expect(await summary.innerText()).toBe('SQL sent to the database: 1,500, of which the first 1,000 are listed');
    expect(await example(page).locator('.pg-sql-statement').count()).toBe(1000);
  });

  it('lists each statement with its line, marks the lines in the code and links the two both ways', async () => {
    const { page, errors } = await openPage();
    const queries = page.locator('.pg-example[data-example-id="models/does-not-exist"]');
    const before = Number((await queries.locator('.pg-output').getAttribute('data-completed-runs')) ?? 0);
    await queries.locator('[data-pg-action="run"]').click();
    await page.waitForFunction(
      ([selector, count]) => Number(document.querySelector(selector)?.getAttribute('data-completed-runs') ?? 0) > count,
      ['.pg-example[data-example-id="models/does-not-exist"] .pg-output', before] as const,
    );
    const source = (await queries.getAttribute('data-source')) ?? '';
    const lineOf = (text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;
    await queries.locator('.pg-sql-summary').click();
    const statements = queries.locator('.pg-sql-statement');
    expect(await statements.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.line))).toEqual([
      String(lineOf('objects.create')),
      String(lineOf('get({ pk: 42 })')),
      String(lineOf("headline: 'Goodbye'")),
    ]);
    // The margin of the static listing counts the statements of each line, as buttons with a label.
    const marker = queries
      .locator('.pg-code .ec-line')
      .nth(lineOf('objects.create') - 1)
      .locator('.pg-line-queries');
    expect(await marker.innerText()).toBe('1');
    expect(await marker.getAttribute('aria-label')).toBe(`SQL statements sent by line ${lineOf('objects.create')}: 1`);
    // Focusing a statement highlights its line; focusing a line's marker highlights its statements.
    await statements.nth(1).locator('.pg-sql-line').focus();
    expect(await queries.locator('.pg-code .ec-line.pg-line-active').count()).toBe(1);
    expect(
      await queries
        .locator('.pg-code .ec-line')
        .nth(lineOf('get({ pk: 42 })') - 1)
        .getAttribute('class'),
    ).toContain('pg-line-active');
    await marker.focus();
    expect(await statements.nth(0).getAttribute('class')).toContain('pg-sql-active');
    expect(errors).toEqual([]);
  });
});

describe('exception links', () => {
  /** Does the build hold this page with this section id? */
  const sectionBuilt = (path: string, id: string) => {
    const file = `${distDir}${path.slice(1)}index.html`;
    return existsSync(file) && readFileSync(file, 'utf8').includes(`id="${id}"`);
  };

  it.each([
    [PAGE, '/ref/models/class/'],
    [RU_PAGE, '/ru/ref/models/class/'],
  ])('on %s link app.models.Entry.DoesNotExist to %s#doesnotexist only when that section is built', async (path, target) => {
    const { page } = await openPage({ path });
    const doesNotExist = page.locator('.pg-example[data-example-id="models/does-not-exist"]');
    await doesNotExist.locator('[data-pg-action="run"]').click();
    await doesNotExist.locator('.pg-output[data-completed-runs="1"]').waitFor();
    const links = doesNotExist.locator('.pg-session a');
    if (sectionBuilt(target, 'doesnotexist')) {
      expect(await links.count()).toBe(1);
      expect(await links.innerText()).toBe('app.models.Entry.DoesNotExist');
      expect(await links.getAttribute('href')).toBe(`${target}#doesnotexist`);
    } else {
      expect(await links.count()).toBe(0);
    }
  });
});

describe('accessibility with the editor open', () => {
  it.each(['light', 'dark'] as const)('passes axe in the %s theme after Edit and Run', async (theme) => {
    const { page } = await openPage();
    await page.evaluate((value) => {
      localStorage.setItem('starlight-theme', value);
      document.documentElement.dataset.theme = value;
    }, theme);
    await button(page, 'edit').click();
    await example(page).locator('.cm-content').waitFor();
    await runAndWait(page);
    expect(await axeViolations(page, `.pg-example[data-example-id="${EXAMPLE_ID}"]`)).toEqual([]);
  });
});

describe('editing', () => {
  it('runs the edited code, marks the example as changed and keeps the edit across reloads and languages', async () => {
    const { page, cspViolations } = await openPage();
    await button(page, 'edit').click();
    const editor = example(page).locator('.cm-content');
    await expect
      .poll(() => editor.evaluate((node) => node.getRootNode() instanceof ShadowRoot && node.matches(':focus')), {
        timeout: 10_000,
      })
      .toBe(true);
    await page.keyboard.press('Control+End');
    await page.keyboard.type("\nprint('ещё строка 🎄');");
    await runAndWait(page, () => page.keyboard.press('Control+Enter'));
    expect(await sessionText(page)).toContain('ещё строка 🎄');
    expect(await example(page).locator('.pg-edited').isVisible()).toBe(true);
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), storageKey(EXAMPLE_ID)), { timeout: 10_000 })
      .toContain('ещё строка 🎄');
    const edited = await editorText(page);

    await page.reload({ waitUntil: 'networkidle' });
    await example(page).locator('.cm-content').waitFor();
    expect(await editorText(page)).toBe(edited);
    expect(await example(page).locator('.pg-edited').isVisible()).toBe(true);

    await page.goto(origin + RU_PAGE, { waitUntil: 'networkidle' });
    await example(page).locator('.cm-content').waitFor();
    expect(await editorText(page)).toBe(edited);
    expect(await cspViolations()).toEqual([]);
  });

  it('resets to the original code and forgets the edit', async () => {
    const { page } = await openPage({ savedCode: "import { print } from 'python/builtins';\nprint('changed');\n" });
    await example(page).locator('.cm-content').waitFor();
    await button(page, 'reset').click();
    expect(await editorText(page)).toBe(await originalCode(page));
    expect(await example(page).locator('.pg-edited').isVisible()).toBe(false);
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey(EXAMPLE_ID))).toBeNull();
    await runAndWait(page);
    expect(await sessionText(page)).toContain('Hello from the playground');
  });

  it('tells the reader when the browser will not store the edit, and keeps it in the editor', async () => {
    const { page } = await openPage();
    await page.evaluate(() => {
      // Fill this origin's storage to the last character.
      let index = 0;
      for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 1 << 4, 1]) {
        try {
          for (;;) localStorage.setItem(`filler-${index++}`, 'x'.repeat(size));
        } catch {
          // Full at this size: try smaller pieces.
        }
      }
    });
    await button(page, 'edit').click();
    await example(page).locator('.cm-content').waitFor();
    await page.keyboard.type('// kept here');
    await expect.poll(() => example(page).locator('.pg-notice').innerText()).toMatch(/would not store your edit/);
    expect(await editorText(page)).toContain('// kept here');
  });

  it('works from the keyboard alone, with no trap in the editor', async () => {
    const { page } = await openPage();
    const focusedAction = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.pgAction);
    for (let presses = 0; presses < 80 && (await focusedAction()) !== 'run'; presses += 1) await page.keyboard.press('Tab');
    expect(await focusedAction()).toBe('run');
    await runAndWait(page, () => page.keyboard.press('Enter'));
    expect(await sessionText(page)).toContain('Hello from the playground');

    await page.keyboard.press('Tab');
    expect(await focusedAction()).toBe('edit');
    await page.keyboard.press('Enter');
    const editor = example(page).locator('.cm-content');
    await expect.poll(() => editor.evaluate((node) => node.matches(':focus')), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Control+End');
    await page.keyboard.type("\nprint('typed');");
    await runAndWait(page, () => page.keyboard.press('Control+Enter'));
    expect(await sessionText(page)).toContain('typed');

    await page.keyboard.press('Escape');
    expect(await focusedAction()).toBe('run');
    await editor.focus();
    await page.keyboard.press('Tab');
    expect(await editor.evaluate((node) => node.matches(':focus'))).toBe(false);
    expect(await editor.getAttribute('aria-label')).toMatch(/Escape/);
  });

  it('speaks the reader language on the Russian page', async () => {
    const { page } = await openPage({ path: RU_PAGE });
    expect(await button(page, 'run').innerText()).toBe('Запустить');
    const code = await example(page).locator('.pg-code').innerText();
    expect(code).toContain('пишет в панель вывода');
    expect(code).not.toMatch(/writes to the output/);
    await runAndWait(page);
    expect(await status(page).innerText()).toMatch(/^Готово за \d+ мс$/);
  });
});

describe('share links', () => {
  const sharedCode = "import { print } from 'python/builtins';\n// Привет, «мир» — ёлка 🎄, 👩‍💻\nprint('Ж 🦔');\n";

  it('put the edited code in a link that opens the page at the example with that code', async () => {
    const { page } = await openPage({ savedCode: sharedCode });
    await example(page).locator('.cm-content').waitFor();
    await button(page, 'share').click();
    await expect.poll(() => example(page).locator('.pg-notice').innerText()).toMatch(/clipboard/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${origin}${PAGE}#example=`)).toBe(true);

    const fresh = await openPage({ path: new URL(link).pathname, hash: new URL(link).hash });
    await example(fresh.page).locator('.cm-content').waitFor();
    await expect.poll(() => editorText(fresh.page)).toBe(sharedCode);
    expect(await example(fresh.page).locator('.pg-notice').innerText()).toMatch(/shared link/);
    await runAndWait(fresh.page);
    expect(await sessionText(fresh.page)).toBe('Ж 🦔');
  });

  it("never replace the reader's saved edit, and offer it back", async () => {
    const ownEdit = "import { print } from 'python/builtins';\nprint('my own edit');\n";
    const { page } = await openPage({ savedCode: ownEdit });
    await example(page).locator('.cm-content').waitFor();
    const sharer = await openPage({ savedCode: sharedCode });
    await example(sharer.page).locator('.cm-content').waitFor();
    await button(sharer.page, 'share').click();
    await expect.poll(() => example(sharer.page).locator('.pg-notice').innerText()).toMatch(/clipboard/);
    const shareUrl = new URL(await sharer.page.evaluate(() => navigator.clipboard.readText()));

    // Another site opening the link (here: the same tab navigating to it) shows the shared code...
    await page.goto(`${origin}${shareUrl.pathname}${shareUrl.hash}`, { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    await example(page).locator('.cm-content').waitFor();
    await expect.poll(() => editorText(page)).toBe(sharedCode);
    expect(await example(page).locator('.pg-notice').innerText()).toMatch(/Your own edit is kept/);
    // ...while the reader's edit stays in storage, untouched.
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey(EXAMPLE_ID))).toBe(ownEdit);
    await example(page).getByRole('button', { name: 'Back to my edit' }).click();
    await expect.poll(() => editorText(page)).toBe(ownEdit);
    expect(await example(page).locator('.pg-notice').innerText()).toBe('Your own edit is back.');
  });

  it('show hidden direction-changing characters in shared code', async () => {
    const tricky =
      "import { print } from 'python/builtins';\nconst role = 'user\u202e \u2066// admin\u2069 \u2066';\nprint(role);\n";
    const { page } = await openPage({ savedCode: tricky });
    await example(page).locator('.cm-content').waitFor();
    expect(await example(page).locator('.cm-specialChar').count()).toBeGreaterThanOrEqual(4);
  });

  it('explain a damaged link and show the original code', async () => {
    const { page } = await openPage({ hash: '#example=basics%2Fhello&code=v1.eJzLSM3JyQcABiwCFQ-broken' });
    await expect.poll(() => example(page).locator('.pg-notice').innerText()).toMatch(/damaged/);
    expect(await example(page).locator('.pg-code').innerText()).toContain("print('Hello from the playground');");
    await runAndWait(page);
    expect(await sessionText(page)).toContain('Hello from the playground');
  });
});

describe('limits', () => {
  it('stops an endless loop within 3 seconds while the page keeps responding', async () => {
    const { page } = await openPage({ savedCode: 'while (true) {}\n' });
    await example(page).locator('.cm-content').waitFor();
    await page.evaluate(() => {
      const state = { longestGap: 0, last: performance.now(), running: true };
      (window as unknown as { __frames: typeof state }).__frames = state;
      const tick = (now: number) => {
        state.longestGap = Math.max(state.longestGap, now - state.last);
        state.last = now;
        if (state.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await runAndWait(page, () => button(page, 'run').click(), 3_000);
    expect(await status(page).innerText()).toBe('Stopped: the code was still running after 2 s.');
    const longestGap = await page.evaluate(() => {
      const state = (window as unknown as { __frames: { longestGap: number; running: boolean } }).__frames;
      state.running = false;
      return state.longestGap;
    });
    // A frozen main thread would show a gap of about 2 s; a responsive one stays far below.
    expect(longestGap).toBeLessThan(1_000);
    // The sandbox is usable again at once.
    await button(page, 'reset').click();
    await runAndWait(page);
    expect(await sessionText(page)).toContain('Hello from the playground');
  });

  it('caps an output flood with a notice', async () => {
    const { page } = await openPage({
      savedCode: "import { print } from 'python/builtins';\nfor (let i = 0; ; i += 1) print(`line ${i}`);\n",
    });
    await runAndWait(page);
    expect(await status(page).innerText()).toMatch(/^Stopped: the output went past 500 lines/);
    const lines = (await sessionText(page)).split('\n');
    expect(lines.length).toBeLessThanOrEqual(MAX_OUTPUT_LINES + 1);
    expect(lines[0]).toBe('line 0');
  });

  it('gives the snippet no postMessage to flood or forge with', async () => {
    const { page } = await openPage({ savedCode: "for (;;) postMessage({ kind: 'scenario', result: { runs: [] } });\n" });
    await runAndWait(page);
    expect((await sessionText(page)).split('\n').at(-1)).toMatch(/^NameError: .*postMessage/);
  });

  it('replaces a sandbox frame that stops answering', async () => {
    const { page } = await openPage();
    await runAndWait(page);
    // Navigate the frame away: it can no longer answer.
    await page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe.pg-sandbox-frame');
      if (frame) frame.src = 'about:blank';
    });
    await page.waitForTimeout(200);
    await runAndWait(page);
    expect(await status(page).innerText()).toMatch(/stopped answering/);
    await runAndWait(page);
    expect(await sessionText(page)).toContain('Hello from the playground');
  });
});

describe('a frame that is not ours any more', () => {
  // Played by the frame's document itself, as a compromised frame would: it answers a run of
  // code that says "forge me" with a message the page cannot read, then with a finished run.
  const forger = `if (location.pathname.endsWith('/sandbox/frame.html'))
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== window.parent || data?.kind !== 'run' || !String(data.source).includes('forge me')) return;
    event.stopImmediatePropagation();
    const send = (message) => window.parent.postMessage({ ...message, runId: data.runId }, '*');
    send({ kind: 'started' });
    send({ kind: 'output', text: 42 });
    send({ kind: 'finished', outcome: { durationMs: 1 } });
  });`;

  it('is dropped at its first unreadable message, and nothing after it is read', async () => {
    const { page, errors } = await openPage({
      savedCode: "import { print } from 'python/builtins';\nprint('forge me');\n",
      initScript: forger,
    });
    await runAndWait(page);
    // Without the drop, the forged "finished" that followed would have been shown.
    expect(await status(page).innerText()).toMatch(/stopped answering/);
    expect(await page.locator('iframe.pg-sandbox-frame').count()).toBe(0);
    await button(page, 'reset').click();
    await runAndWait(page);
    expect(await sessionText(page)).toContain('Hello from the playground');
    expect(errors).toEqual([]);
  });
});

describe('isolation', () => {
  const port = new URL(origin).port;
  // A real module of the site: if the sandbox could load it, import() would resolve.
  const siteModule = `/_astro/${readdirSync(`${distDir}_astro`).find((file) => /^controller\.[\w-]+\.js$/.test(file))}`;
  const attack = `import { print } from 'python/builtins';
const scope = globalThis as unknown as Record<string, any>;
async function probe(name: string, attempt: () => unknown): Promise<void> {
  try {
    print(\`\${name}: reached \${String(await attempt())}\`);
  } catch (error) {
    print(\`\${name}: blocked\`);
  }
}
await probe('parent.document', () => scope.parent.document.title);
await probe('document.cookie', () => scope.document.cookie);
await probe('localStorage', () => scope.localStorage.getItem('${storageKey(EXAMPLE_ID)}'));
await probe('indexedDB', () => new Promise((resolve, reject) => {
  const request = indexedDB.open('probe');
  request.onsuccess = () => resolve('opened');
  request.onerror = () => reject(request.error);
}));
await probe('fetch', () => fetch('http://127.0.0.1:${port}/').then((response) => response.status));
await probe('fetch same site', () => fetch('${origin}/').then((response) => response.status));
await probe('WebSocket', () => new Promise((resolve, reject) => {
  const socket = new WebSocket('ws://127.0.0.1:${port}/');
  socket.onopen = () => resolve('open');
  socket.onerror = () => reject(new Error('refused'));
}));
await probe('importScripts', () => (scope.importScripts as (url: string) => void)('http://127.0.0.1:${port}/x.js'));
// (Through eval: the transpiler turns a written import() into the runtime's own module loader.)
await probe('dynamic import', () => (0, eval)("import('${origin}${siteModule}')").then(() => 'loaded'));
await probe('postMessage', () => (scope.postMessage as (message: unknown) => void)({ kind: 'output', text: '<img src=x onerror="document.title=1">' }));
await probe('Worker', () => new (scope.Worker as typeof Worker)(URL.createObjectURL(new Blob(['1']))));
await probe('window.open', () => scope.open('${origin}/popup/'));
await probe('top.location', () => { scope.top.location.href = '${origin}/hijacked/'; return 'navigated'; });
print('done');
`;

  it('keeps the snippet away from the page, its storage, the network, pop-ups and navigation', async () => {
    const { context, page, foreignRequests, errors } = await openPage();
    await page.evaluate(() => {
      document.cookie = 'session=secret; path=/';
      localStorage.setItem('site-owned', 'untouched');
    });
    await page.evaluate(([key, code]) => localStorage.setItem(key, code), [storageKey(EXAMPLE_ID), attack] as const);
    await page.reload({ waitUntil: 'networkidle' });
    await example(page).locator('.cm-content').waitFor();
    await runAndWait(page);
    const lines = (await sessionText(page)).split('\n');
    const probes = lines.filter((text) => /^[\w. ]+: /.test(text));
    expect(probes).toHaveLength(13);
    for (const line of probes) expect(line).toMatch(/: blocked$/);
    expect(lines).toContain('done');
    // The forged message reached the page as plain text at most, never as markup.
    expect(await example(page).locator('.pg-output img').count()).toBe(0);
    expect(page.url()).toBe(origin + PAGE);
    expect(context.pages()).toHaveLength(1);
    expect(foreignRequests).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.getItem('site-owned'), document.title.length > 1])).toEqual([
      'session=secret',
      'untouched',
      true,
    ]);
    expect(errors).toEqual([]);
  });

  it('ignores messages that do not come from its own frame', async () => {
    const { page } = await openPage({
      savedCode:
        "import { print } from 'python/builtins';\nawait new Promise((resolve) => setTimeout(resolve, 400));\nprint('the real end');\n",
    });
    await example(page).locator('.cm-content').waitFor();
    const before = await completedRuns(page);
    await button(page, 'run').click();
    await page.evaluate(() => {
      for (let runId = 0; runId < 10; runId += 1) {
        window.postMessage({ kind: 'output', runId, text: 'FORGED' }, '*');
        window.postMessage({ kind: 'finished', runId, outcome: { durationMs: 1, queries: null } }, '*');
      }
    });
    await page.waitForFunction(
      ([selector, count]) => Number(document.querySelector(selector)?.getAttribute('data-completed-runs') ?? 0) > count,
      ['.pg-output', before] as const,
    );
    expect(await sessionText(page)).toBe('the real end');
  });
});

describe('without JavaScript', () => {
  it('shows the highlighted code and the recorded output, and no dead buttons', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(origin + PAGE);
    expect(await example(page).locator('.pg-code pre').isVisible()).toBe(true);
    expect(await example(page).locator('.pg-output .pg-session').innerText()).toContain('Hello from the playground');
    expect(await example(page).locator('.pg-toolbar').isVisible()).toBe(false);
  });

  it('shows the Python twin below the TypeScript, with the line about real Django', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(origin + PAGE);
    expect(await example(page).locator('.pg-tablist').isVisible()).toBe(false);
    const python = example(page).locator('.pg-python pre');
    expect(await python.isVisible()).toBe(true);
    expect(await python.innerText()).toContain('print(');
    expect(await example(page).locator('.pg-django').innerText()).toMatch(/Django 6\.1\.\d+/);
  });
});

describe('the Python twin', () => {
  const tab = (page: Page, name: RegExp) => example(page).getByRole('tab', { name });

  it('is a tab beside the TypeScript, reachable with the arrow keys, in the reader language', async () => {
    const { page, errors } = await openPage();
    const typescriptTab = tab(page, /TypeScript/);
    const pythonTab = tab(page, /Python/);
    expect(await typescriptTab.getAttribute('aria-selected')).toBe('true');
    expect(await example(page).locator('.pg-python').isVisible()).toBe(false);
    await typescriptTab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await pythonTab.getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    const python = example(page).locator('.pg-python');
    expect(await python.isVisible()).toBe(true);
    expect(await python.locator('pre').innerText()).toMatch(/^print\(/m);
    expect(await example(page).locator('.pg-code').isVisible()).toBe(false);
    // Run acts on the TypeScript, so it brings that tab back.
    await runAndWait(page);
    expect(await typescriptTab.getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);

    const russian = await openPage({ path: RU_PAGE });
    await tab(russian.page, /Python/).click();
    expect(await russian.page.locator(`.pg-example[data-example-id="${EXAMPLE_ID}"] .pg-python-note`).innerText()).toMatch(
      /Django 6\.1/,
    );
    expect(await russian.page.locator(`.pg-example[data-example-id="${EXAMPLE_ID}"] .pg-django`).innerText()).toContain(
      'Сверено с Django',
    );
  });
});
