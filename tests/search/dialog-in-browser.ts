/**
 * The search dialog driven as a reader drives it, for the search-quality suite and the bench:
 * Ctrl+K, type the query, read the sections the dialog shows once its results for that query
 * are in. The wait is on state (the dialog marks which query its results answer, and the first
 * results have their links), never on time.
 */
import type { Page } from 'playwright-core';

const MODAL = 'dialog.pf-modal[open]';
export const DIALOG_INPUT = `${MODAL} input.pf-input`;

export async function openSearchDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.waitForSelector(DIALOG_INPUT);
}

export interface DialogAnswer {
  /** Site paths with anchors (`/ref/exceptions/#doesnotexist`), in the order the dialog shows them. */
  sections: string[];
  /** The dialog's "searched for … instead" line, or null when it shows none. */
  searchedInstead: string | null;
}

/** Types `query` into the open dialog and reads what it shows (the first `pages` results). */
export async function searchInDialog(page: Page, query: string, pages = 3): Promise<DialogAnswer> {
  await page.fill(DIALOG_INPUT, query);
  await page.waitForFunction(
    ({ modal, wanted }) => {
      const dialog = document.querySelector(modal);
      const input = dialog?.querySelector<HTMLInputElement>('input.pf-input');
      const results = dialog?.querySelector<HTMLElement>('pagefind-results');
      if (!input || !results) return false;
      const answered = results.dataset['searchedFor'];
      if (answered !== input.value && answered !== input.value.trim()) return false;
      const items = Array.from(results.querySelectorAll('ul.pf-results > li'));
      return items.slice(0, wanted).every((item) => item.querySelector('a.pf-result-link') !== null);
    },
    { modal: MODAL, wanted: pages },
    { timeout: 20_000 },
  );
  return page.evaluate(
    ({ modal, wanted }) => {
      const dialog = document.querySelector(modal);
      const items = Array.from(dialog?.querySelectorAll('pagefind-results ul.pf-results > li') ?? []).slice(0, wanted);
      const sections = items.flatMap((item) =>
        Array.from(item.querySelectorAll<HTMLAnchorElement>('a.pf-result-link, a.pf-heading-link'), (link) => {
          const url = new URL(link.href);
          return url.pathname + url.hash;
        }),
      );
      const note = dialog?.querySelector<HTMLElement>('.site-search-instead');
      return { sections, searchedInstead: note && !note.hidden ? (note.textContent ?? '') : null };
    },
    { modal: MODAL, wanted: pages },
  );
}
