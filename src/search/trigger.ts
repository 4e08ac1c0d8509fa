/**
 * The only search code a reading page runs up front: the trigger button and the keyboard
 * shortcuts. Component UI, its styles and the Pagefind index load on the first open.
 */
import { isSearchShortcut, isTypingTarget } from './shortcuts.ts';

interface SearchDialog {
  open(): void;
}

let dialog: Promise<SearchDialog> | undefined;

function openSearch(): void {
  dialog ??= import('./search-dialog.ts').then(({ mountSearchDialog }) => mountSearchDialog());
  dialog
    .then((loaded) => loaded.open())
    .catch(() => {
      // A failed download (offline) must not leave a rejected promise cached for the next try.
      dialog = undefined;
    });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-site-search-open]')) {
  button.addEventListener('click', openSearch);
  button.disabled = false;
  const modifierKey = button.querySelector<HTMLElement>('[data-site-search-modifier]');
  if (modifierKey && /Mac|iPhone|iPad|iPod/.test(navigator.platform)) modifierKey.textContent = '⌘';
}

document.addEventListener('keydown', (event) => {
  if (!isSearchShortcut(event) || isTypingTarget(event.composedPath()[0] ?? null)) return;
  event.preventDefault();
  openSearch();
});
