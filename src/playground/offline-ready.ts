/**
 * Whether the service worker holds this language's offline copy (src/offline/service-worker.ts
 * marks a language complete only once every file is cached). Then starting the live examples'
 * sandbox downloads nothing, so a page may start it before the reader reaches for an example.
 */
export async function offlineCopyReady(lang: string): Promise<boolean> {
  if (!('caches' in window) || !navigator.serviceWorker?.controller) return false;
  try {
    return (await caches.match(`/__offline__/${lang}`)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Calls `start` once `root` nears the viewport, if the offline copy is ready: the live examples'
 * sandbox then starts before the reader reaches for an example, without any download.
 */
export function startWhenNearAndOffline(root: Element, start: () => void): void {
  if (!('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void offlineCopyReady(document.documentElement.lang.split('-')[0] ?? '').then((ready) => ready && start());
    },
    { rootMargin: '50% 0px' },
  );
  observer.observe(root);
}
