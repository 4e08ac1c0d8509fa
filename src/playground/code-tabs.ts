/**
 * `<pg-code-tabs>`: the TypeScript an example runs here and its Python twin, as tabs.
 *
 * The page is built with both panels visible and the tab list hidden, so without JavaScript the
 * reader sees the TypeScript, then the Python, each under its file name. Once this element is
 * defined it shows the tab list (WAI-ARIA tabs: arrow keys, Home, End) and one panel at a time.
 * A toolbar action (Run, Edit, ...) acts on the TypeScript, so it brings that tab forward.
 */
export class CodeTabs extends HTMLElement {
  connectedCallback(): void {
    const tabs = this.tabs();
    if (tabs.length === 0) return;
    this.querySelector<HTMLElement>('[role="tablist"]')?.removeAttribute('hidden');
    this.select(tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') ?? tabs[0]!, false);
    for (const tab of tabs) {
      tab.addEventListener('click', () => this.select(tab, false));
      tab.addEventListener('keydown', (event) => this.onKey(event, tab));
    }
    this.closest('.pg-example')?.addEventListener('click', (event) => {
      if ((event.target as Element | null)?.closest('[data-pg-action]')) this.select(tabs[0]!, false);
    });
  }

  private tabs(): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  }

  private select(chosen: HTMLButtonElement, focus: boolean): void {
    for (const tab of this.tabs()) {
      const selected = tab === chosen;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = this.querySelector<HTMLElement>(`#${CSS.escape(tab.getAttribute('aria-controls') ?? '')}`);
      if (panel) panel.hidden = !selected;
    }
    if (focus) chosen.focus();
  }

  private onKey(event: KeyboardEvent, tab: HTMLButtonElement): void {
    const tabs = this.tabs();
    const index = tabs.indexOf(tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(tabs[(next + tabs.length) % tabs.length]!, true);
  }
}

export function defineCodeTabs(): void {
  if (!customElements.get('pg-code-tabs')) customElements.define('pg-code-tabs', CodeTabs);
}
