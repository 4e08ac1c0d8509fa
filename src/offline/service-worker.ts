/**
 * The service worker (built to `/sw.js` by src/build/offline.ts, which fills in the manifest).
 * It caches nothing but this origin's files, and only those the manifest lists for the reader's
 * language, once a page asks for that language. Pages and other unhashed files come from the
 * network while it answers, from the cache when it does not; the build's hashed assets from the
 * cache first. A new build is a new `/sw.js` (its build id changes): it installs with the
 * languages the previous one had, takes over at once and deletes the old cache.
 */
import type { OfflineManifest } from '../build/offline-manifest';
import { SANDBOX_FRAME_HEADERS, SANDBOX_FRAME_PATH } from '../build/security-headers';

declare const __OFFLINE_MANIFEST__: OfflineManifest;

/** The few parts of the service worker global scope used here (tsc sees the DOM library). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  data: unknown;
  source: { postMessage(message: unknown): void } | null;
}
interface ServiceWorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(options?: { type?: string }): Promise<Array<{ postMessage(message: unknown): void }>>;
  };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;
const manifest = __OFFLINE_MANIFEST__;
const CACHE_PREFIX = 'offline-';
const CACHE = `${CACHE_PREFIX}${manifest.build}`;
/** A language is complete in a cache once this entry is there. */
const completeMarker = (lang: string) => `/__offline__/${lang}`;

const precaching = new Map<string, Promise<boolean>>();

/** Caches every file of `lang`; true when all of them are in the cache. */
function precache(lang: string): Promise<boolean> {
  const files = manifest.files[lang];
  if (!files) return Promise.resolve(false);
  let pending = precaching.get(lang);
  if (!pending) {
    pending = (async () => {
      const cache = await caches.open(CACHE);
      if (await cache.match(completeMarker(lang))) return true;
      const missing: string[] = [];
      for (const path of files) if (!(await cache.match(path))) missing.push(path);
      // A few at a time: the reader's own page loads come first.
      for (let start = 0; start < missing.length; start += 6) {
        await Promise.all(
          missing.slice(start, start + 6).map(async (path) => {
            const response = await fetch(path, { cache: 'no-cache' });
            if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
            await cache.put(path, response);
          }),
        );
      }
      await cache.put(completeMarker(lang), new Response(manifest.build));
      return true;
    })().catch(() => {
      precaching.delete(lang);
      return false;
    });
    precaching.set(lang, pending);
  }
  return pending;
}

/** The languages an earlier build had complete, so that an update keeps them offline. */
async function languagesOfEarlierBuilds(): Promise<string[]> {
  const langs = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
    const cache = await caches.open(name);
    for (const lang of Object.keys(manifest.files)) if (await cache.match(completeMarker(lang))) langs.add(lang);
  }
  return [...langs];
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all((await languagesOfEarlierBuilds()).map(precache));
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      await scope.clients.claim();
      for (const client of await scope.clients.matchAll({ type: 'window' }))
        client.postMessage({ kind: 'offline-build', build: manifest.build });
    })(),
  );
});

scope.addEventListener('message', (event) => {
  const data = event.data as { kind?: unknown; lang?: unknown } | null;
  if (data?.kind !== 'precache' || typeof data.lang !== 'string') return;
  const lang = data.lang;
  event.waitUntil(
    precache(lang).then((ready) =>
      event.source?.postMessage({ kind: ready ? 'offline-ready' : 'offline-failed', lang, build: manifest.build }),
    ),
  );
});

/** The sandbox frame is sandboxed by its response's CSP, whoever served it (see src/sandbox/host.ts). */
function asSandboxFrame(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(SANDBOX_FRAME_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function fromCache(request: Request): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) ?? undefined;
}

async function networkFirst(request: Request, fallbackPath: string | undefined): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = (await fromCache(request)) ?? (fallbackPath ? await fromCache(new Request(fallbackPath)) : undefined);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  return (await fromCache(request)) ?? fetch(request);
}

const notFoundPage = (path: string) => {
  const lang = Object.keys(manifest.files).find((code) => path.startsWith(`/${code}/`));
  return lang && manifest.files[lang]?.includes(`/${lang}/404/`) ? `/${lang}/404/` : '/404.html';
};

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only this origin's GETs; anything else is the browser's business.
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
  if (url.pathname === SANDBOX_FRAME_PATH) {
    // The frame of this build, like its hashed assets: starting a sandbox costs no download.
    event.respondWith(cacheFirst(request).then(asSandboxFrame));
  } else if (url.pathname.startsWith('/_astro/')) {
    // Hashed file names: a cached copy is the right one.
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, notFoundPage(url.pathname)));
  } else {
    event.respondWith(networkFirst(request, undefined));
  }
});
