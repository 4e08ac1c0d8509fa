/**
 * What the service worker keeps for reading offline, decided at build time from the built files:
 * for each language, its pages, the assets every page shares (`_astro/`), that language's search
 * index and the live examples' sandbox (frame, worker, runtime chunks). Other languages' pages and
 * search files, the Markdown twins, sitemaps and host files are left to the network.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_LANG, LANGS } from '../i18n/locales.ts';

export interface OfflineManifest {
  /** Changes whenever any built file changes: a new build is a new service worker. */
  build: string;
  /** Site paths to precache, per language. */
  files: Record<string, string[]>;
}

/** The site path a built file is served at: `ref/exceptions/index.html` -> `/ref/exceptions/`. */
export function sitePath(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The language a search or page file belongs to, or undefined when every language uses it. */
export function fileLanguage(file: string, langs: readonly string[] = LANGS, defaultLang = DEFAULT_LANG): string | undefined {
  const path = file.split('\\').join('/');
  if (path.startsWith('sandbox/') || path.startsWith('_astro/')) return undefined;
  if (path.endsWith('.html')) {
    const first = path.split('/')[0] ?? '';
    return langs.includes(first) && first !== defaultLang && path.includes('/') ? first : defaultLang;
  }
  if (path.startsWith('pagefind/') || path.startsWith('search/')) {
    const name = path.split('/').at(-1) ?? '';
    return langs.find((lang) => new RegExp(`(^|[._])${lang}([._])`).test(name));
  }
  return undefined;
}

/** Whether a built file is kept offline at all (for some language). */
export function isPrecached(file: string): boolean {
  const path = file.split('\\').join('/');
  if (path.startsWith('_astro/') || path.startsWith('pagefind/') || path.startsWith('search/') || path.startsWith('sandbox/'))
    return true;
  return path.endsWith('.html') || path === 'favicon.svg';
}

/** The manifest for the built files (paths relative to dist/, with their contents for the build id). */
export function offlineManifest(
  files: ReadonlyArray<{ file: string; content: Uint8Array | string }>,
  langs: readonly string[] = LANGS,
): OfflineManifest {
  const hash = createHash('sha256');
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, content } of sorted) hash.update(file).update('\0').update(content).update('\0');
  const result: Record<string, string[]> = Object.fromEntries(langs.map((lang) => [lang, []]));
  for (const { file } of sorted) {
    if (!isPrecached(file)) continue;
    const lang = fileLanguage(file, langs);
    for (const target of lang === undefined ? langs : [lang]) result[target]?.push(sitePath(file));
  }
  return { build: hash.digest('hex').slice(0, 16), files: result };
}
