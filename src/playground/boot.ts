/**
 * The only playground code a reading page loads up front: it shows the example toolbars,
 * marks examples the reader has edited, and loads the rest on the first reach for an example
 * (hover, focus or click), or at once for a share link or a saved edit.
 */
import { defineCodeTabs } from './code-tabs';
import { storageKey } from './edit-storage';
import { startWhenNearAndOffline } from './offline-ready';

type ControllerModule = typeof import('./controller');

const ACTIONS = ['run', 'edit', 'reset', 'share'] as const;
type Action = (typeof ACTIONS)[number];

let controllerModule: Promise<ControllerModule> | undefined;
const loadControllers = () => (controllerModule ??= import('./controller'));

function hasSavedEdit(exampleId: string): boolean {
  try {
    return window.localStorage.getItem(storageKey(exampleId)) !== null;
  } catch {
    return false;
  }
}

function isAction(value: string | undefined): value is Action {
  return ACTIONS.some((action) => action === value);
}

/** `<pg-example>`: one live example. Its toolbar appears, and the controller loads on the first reach. */
class PlaygroundExample extends HTMLElement {
  private wired = false;

  connectedCallback(): void {
    if (this.wired) return;
    this.wired = true;
    this.querySelector('.pg-toolbar')?.removeAttribute('hidden');
    const reach = () => void loadControllers().then((module) => module.controllerFor(this).prepare());
    this.addEventListener('pointerenter', reach, { once: true });
    this.addEventListener('focusin', reach, { once: true });
    // Nearing the viewport starts it too when that downloads nothing (the offline copy holds it).
    startWhenNearAndOffline(this, reach);
    this.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>('[data-pg-action]');
      const action = button?.dataset.pgAction;
      if (!isAction(action)) return;
      void loadControllers().then((module) => module.controllerFor(this).handle(action));
    });
    if (hasSavedEdit(this.dataset.exampleId ?? '')) void loadControllers().then((module) => module.controllerFor(this));
  }
}

function openShareLink(): void {
  if (location.hash.startsWith('#example=')) void loadControllers().then((module) => module.openShareLink(location.hash));
}

/** Defines the page's example elements (once per page, however many examples it has). */
export function definePlaygroundElements(): void {
  if (customElements.get('pg-example')) return;
  defineCodeTabs();
  customElements.define('pg-example', PlaygroundExample);
  openShareLink();
  window.addEventListener('hashchange', openShareLink);
}
