/**
 * The only race-lab code a reading page loads up front: it shows the "Open in the lab" buttons
 * and loads the lab itself (lab.ts, the editor, the sandbox) on the reader's first reach for it:
 * hover, focus or click.
 */
type LabModule = typeof import('./lab');

let labModule: Promise<LabModule> | undefined;
const loadLab = () => (labModule ??= import('./lab'));

/** `<race-lab>`: the lab's static page shows every scenario; with JavaScript it becomes the lab. */
class RaceLabElement extends HTMLElement {
  private wired = false;

  connectedCallback(): void {
    if (this.wired) return;
    this.wired = true;
    this.querySelectorAll<HTMLElement>('[data-rl-open]').forEach((button) => button.removeAttribute('hidden'));
    const reach = () => void loadLab().then((module) => module.prepare(this));
    this.addEventListener('pointerenter', reach, { once: true });
    this.addEventListener('focusin', reach, { once: true });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>('[data-rl-open]');
      const scenario = button?.dataset.rlOpen;
      if (scenario) void loadLab().then((module) => module.open(this, scenario));
    });
  }
}

export function defineRaceLabElement(): void {
  if (!customElements.get('race-lab')) customElements.define('race-lab', RaceLabElement);
}
