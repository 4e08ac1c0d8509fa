import { describe, expect, it } from 'vitest';
import { fileLanguage, offlineManifest, sitePath } from '../../src/build/offline-manifest.ts';

const built = [
  'index.html',
  '404.html',
  'ref/exceptions/index.html',
  'ru/index.html',
  'ru/404/index.html',
  'ru/ref/exceptions/index.html',
  '_astro/controller.abc.js',
  '_astro/worker-xyz.js',
  'sandbox/frame.html',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_123.pf_meta',
  'pagefind/pagefind.ru_456.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.ru.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/en_1.pf_index',
  'pagefind/index/ru_1.pf_index',
  'pagefind/fragment/ru_2.pf_fragment',
  'search/rewrites.en.json',
  'search/rewrites.ru.json',
  'ref/exceptions.md',
  'llms.txt',
  'sitemap-0.xml',
  '_headers',
  'favicon.svg',
].map((file) => ({ file, content: file }));

describe('the offline manifest', () => {
  it('maps built files to the paths they are served at', () => {
    expect(sitePath('ru/ref/exceptions/index.html')).toBe('/ru/ref/exceptions/');
    expect(sitePath('404.html')).toBe('/404.html');
    expect(sitePath('sandbox/frame.html')).toBe('/sandbox/frame.html');
  });

  it('gives pages and search files their language, shared files none', () => {
    expect(fileLanguage('ru/index.html')).toBe('ru');
    expect(fileLanguage('index.html')).toBe('en');
    expect(fileLanguage('pagefind/fragment/ru_2.pf_fragment')).toBe('ru');
    expect(fileLanguage('pagefind/wasm.unknown.pagefind')).toBeUndefined();
    expect(fileLanguage('sandbox/frame.html')).toBeUndefined();
    expect(fileLanguage('_astro/worker-xyz.js')).toBeUndefined();
  });

  it("keeps each language's pages and search, the shared assets and the sandbox, nothing else", () => {
    const { files } = offlineManifest(built);
    expect(files.ru).toEqual([
      '/_astro/controller.abc.js',
      '/_astro/worker-xyz.js',
      '/favicon.svg',
      '/pagefind/fragment/ru_2.pf_fragment',
      '/pagefind/index/ru_1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind.ru_456.pf_meta',
      '/pagefind/wasm.ru.pagefind',
      '/pagefind/wasm.unknown.pagefind',
      '/ru/404/',
      '/ru/',
      '/ru/ref/exceptions/',
      '/sandbox/frame.html',
      '/search/rewrites.ru.json',
    ]);
    expect(files.en).toContain('/');
    expect(files.en).toContain('/404.html');
    expect(files.en).toContain('/ref/exceptions/');
    expect(files.en).toContain('/pagefind/index/en_1.pf_index');
    expect(files.en!.filter((path) => path.startsWith('/ru/') || /[._]ru[._]/.test(path))).toEqual([]);
  });

  it('has a build id that changes with any file', () => {
    const first = offlineManifest(built).build;
    expect(offlineManifest(built).build).toBe(first);
    const changed = built.map((entry) => (entry.file === 'llms.txt' ? { ...entry, content: 'new' } : entry));
    expect(offlineManifest(changed).build).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
  });
});
