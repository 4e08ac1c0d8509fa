/**
 * Registers the service worker (/sw.js, written by the build) and asks it to keep the reader's
 * language offline; the footer's <offline-status> tells the reader how that goes. A failed
 * registration (development server, a browser without service workers) shows nothing.
 */
const SERVICE_WORKER_URL = '/sw.js';

type WorkerReply = { kind?: unknown; lang?: unknown; build?: unknown };

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
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const { kind, build } = event.data ?? {};
    if (kind === 'offline-ready' && event.data.lang === lang)
      status?.show('ready', typeof build === 'string' ? build : undefined);
    // A new build took over: it keeps the languages the old one had, and this page's.
    if (kind === 'offline-build') void askForLanguage(status, lang);
  });
  navigator.serviceWorker
    .register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' })
    .then(() => askForLanguage(status, lang))
    .catch(() => undefined);
}
