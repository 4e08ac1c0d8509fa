/**
 * The search dialog: Component UI's modal (input, result summary, results, keyboard hints),
 * mounted on first open. It uses Component UI's default instance, so the modal's own parts
 * (close button, hints) share our translations.
 */
import type { PagefindResults } from '@pagefind/component-ui';
import { loadSearchStyles, searchedFor, searchStringsOfPage, setUpSearchInstance, showSectionsFirst } from './instance.ts';

const INSTANCE = 'default';
/** Milliseconds from the last keystroke to the search (Component UI's default is 300). */
const INPUT_DEBOUNCE = 150;

export async function mountSearchDialog(): Promise<{ open(): void }> {
  const instance = setUpSearchInstance(INSTANCE, searchStringsOfPage());
  // Pagefind (its script, the wasm and the index metadata) starts loading as the dialog
  // opens, alongside the styles, not once the input has focus.
  void instance.triggerLoad();
  await loadSearchStyles();
  const modal = document.createElement('pagefind-modal');
  document.body.append(modal);
  modal.querySelector('pagefind-input')?.setAttribute('debounce', String(INPUT_DEBOUNCE));
  const results = modal.querySelector<PagefindResults>('pagefind-results');
  // "Showing results for «гонки» instead of «ujyrb»": said when the query was corrected (the
  // wrong keyboard layout, a mistyped API name), in the reader's language.
  const instead = document.createElement('p');
  instead.className = 'site-search-instead';
  instead.hidden = true;
  modal.querySelector('pagefind-summary')?.after(instead);
  instance.on('results', () => {
    const last = searchedFor(instance);
    const corrected = last?.attempt.searchedInstead;
    instead.hidden = corrected === undefined;
    instead.textContent =
      corrected === undefined
        ? ''
        : instance.translate('searched_instead', { SEARCH_TERM: last?.typed ?? '', CORRECTED: corrected });
    // The state the end-to-end tests wait for: the results shown are those of this query.
    if (results && last) results.dataset['searchedFor'] = last.typed;
  });
  if (results) {
    showSectionsFirst(results, instance);
    // A result on the current page only scrolls it: close the dialog so the section shows.
    results.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) modal.close();
    });
  }
  return { open: () => modal.open() };
}
