/**
 * The only playground code a reading page loads up front: it shows the example toolbars,
 * marks examples the reader has edited, and loads the rest on the first reach for an example
 * (hover, focus or click), or at once for a share link or a saved edit.
 */
import { defineCodeTabs } from './code-tabs';
import { storageKey } from './edit-storage';

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

function wire(root: HTMLElement): void {
  root.querySelector('.pg-toolbar')?.removeAttribute('hidden');
  const reach = () => void loadControllers().then((module) => module.controllerFor(root).prepare());
  root.addEventListener('pointerenter', reach, { once: true });
  root.addEventListener('focusin', reach, { once: true });
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-pg-action]');
    const action = button?.dataset.pgAction;
    if (!isAction(action)) return;
    void loadControllers().then((module) => module.controllerFor(root).handle(action));
  });
  if (hasSavedEdit(root.dataset.exampleId ?? '')) void loadControllers().then((module) => module.controllerFor(root));
}

export function bootPlayground(): void {
  const roots = document.querySelectorAll<HTMLElement>('.pg-example[data-example-id]');
  if (roots.length === 0) return;
  defineCodeTabs();
  roots.forEach(wire);
  const openShareLink = () => {
    if (location.hash.startsWith('#example=')) void loadControllers().then((module) => module.openShareLink(location.hash));
  };
  openShareLink();
  window.addEventListener('hashchange', openShareLink);
}
