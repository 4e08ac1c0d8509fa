/**
 * Registers the service worker (/sw.js, written by the build) and asks it to keep the reader's
 * language offline; the footer's <offline-status> tells the reader how that goes. A failed
 * registration (development server, a browser without service workers) shows nothing. When the
 * browser asks to save data (Save-Data), nothing is downloaded until the reader says so, once.
 */
const SERVICE_WORKER_URL = '/sw.js';

type WorkerReply = { kind?: unknown; lang?: unknown; build?: unknown };

/** Set once the reader has chosen to keep a language offline despite Save-Data. */
const keptKey = (lang: string) => `offline-kept:${lang}`;

function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

function keptDespiteSaveData(lang: string): boolean {
  try {
    return localStorage.getItem(keptKey(lang)) === '1';
  } catch {
    return false;
  }
}

class OfflineStatus extends HTMLElement {
  show(state: 'saving' | 'ready', build?: string): void {
    const text = state === 'ready' ? this.dataset.ready : this.dataset.saving;
    const live = this.querySelector('[role="status"]');
    if (!text || !live) return;
    this.dataset.offlineState = state;
    if (build) this.dataset.build = build;
    live.textContent = text;
    this.hidden = false;
  }

  /** Save-Data is on: say why nothing was kept, and offer to keep it all the same. */
  offer(keep: () => void): void {
    const live = this.querySelector('[role="status"]');
    const button = this.querySelector<HTMLButtonElement>('.offline-keep');
    if (!live || !button || !this.dataset.saveDataNote) return;
    live.textContent = this.dataset.saveDataNote;
    button.hidden = false;
    this.hidden = false;
    button.addEventListener(
      'click',
      () => {
        button.hidden = true;
        keep();
      },
      { once: true },
    );
  }
}

async function askForLanguage(status: OfflineStatus | null, lang: string): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ kind: 'precache', lang });
  if (status?.dataset.offlineState !== 'ready') status?.show('saving');
}

export function registerOffline(): void {
  customElements.define('offline-status', OfflineStatus);
  if (!('serviceWorker' in navigator)) return;
  const status = document.querySelector<OfflineStatus>('offline-status');
  const lang = status?.dataset.lang ?? document.documentElement.lang.split('-')[0] ?? 'en';
  const wanted = () => !savesData() || keptDespiteSaveData(lang);
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const { kind, build } = event.data ?? {};
    if (kind === 'offline-ready' && event.data.lang === lang)
      status?.show('ready', typeof build === 'string' ? build : undefined);
    // A new build took over: it keeps the languages the old one had, and this page's.
    if (kind === 'offline-build' && wanted()) void askForLanguage(status, lang);
  });
  navigator.serviceWorker
    .register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' })
    .then(() => {
      if (wanted()) return askForLanguage(status, lang);
      status?.offer(() => {
        try {
          localStorage.setItem(keptKey(lang), '1');
        } catch {
          // Not remembered: the offer comes back on the next page, nothing is lost.
        }
        void askForLanguage(status, lang);
      });
    })
    .catch(() => undefined);
}
