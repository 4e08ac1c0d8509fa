// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { cspInlineHashes } from './src/build/csp-inline-hashes.ts';
import { PAGE_CSP_DIRECTIVES } from './src/build/security-headers.ts';
import { headersFileIntegration } from './src/build/headers-file.ts';
import { markdownPages } from './src/build/markdown-pages.ts';
import { sandboxFrameInline } from './src/build/sandbox-frame-inline.ts';
import { sandboxWorkerChunks } from './src/build/sandbox-worker-chunks.ts';
import { compiledExamples } from './src/build/compiled-examples.ts';
import { offlineServiceWorker } from './src/build/offline.ts';
import { searchWeights } from './src/build/search-weights.ts';
import { buildSidebar } from './src/build/sidebar.ts';
import { DEFAULT_LANG, LANGS, LANG_LABELS } from './src/i18n/locales.ts';
import { interfaceStrings } from './src/i18n/interface-strings.ts';
import { translationFreshness } from './src/build/translation-freshness.ts';
import { SHIKI_THEMES } from './src/editor/theme/shiki-themes.ts';

// The canonical origin: the sitemap and hreflang alternates are absolute URLs on it.
const site = 'https://django-models.dev';
// Every language in src/i18n/locales.ts, with its title from src/content/i18n/<lang>.json.
const SITE_TITLES = /** @type {Record<import('./src/i18n/locales.ts').Lang, string>} */ (
  Object.fromEntries(LANGS.map((lang) => [lang, interfaceStrings(lang)['site.title'] ?? lang]))
);
const LOCALES = Object.fromEntries(
  LANGS.map((lang) => [lang === DEFAULT_LANG ? 'root' : lang, { label: LANG_LABELS[lang], lang }]),
);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro hashes every inline script and style into a Content-Security-Policy <meta>,
  // so the page runs nothing that the build did not produce.
  security: {
    csp: {
      // One source for the policy: src/build/security-headers.ts (also the HTTP headers).
      directives: [...PAGE_CSP_DIRECTIVES],
      // Starlight sets a few CSS custom properties in style="" attributes; an attribute cannot
      // run code, so those are allowed while <style> elements stay hash-only.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  // The sandbox worker bundles the model runtime, whose reprs and field types read class names
  // (`get_internal_type()` is the class's name, as in Django): minification must keep them.
  // The worker is split into chunks a Run fetches as its example needs them (sandbox-worker-chunks.ts);
  // examples are also compiled at build time, so an unedited one needs no transpiler (compiled-examples.ts).
  vite: {
    plugins: [compiledExamples()],
    worker: {
      plugins: () => [sandboxWorkerChunks('src/sandbox/worker.ts')],
      rolldownOptions: { output: { keepNames: true } },
    },
  },
  // Headings spell out their ids (`## Title {#refresh-from-db}`): anchors must be the same in
  // every language, since the language switcher keeps the #fragment.
  // Expressive Code colours every code block; Astro's own highlighter would add inline styles.
  markdown: { processor: satteri({ features: { headingAttributes: true } }), syntaxHighlight: false },
  integrations: [
    // First: a build stops here when a translation is behind its English page (src/i18n/freshness.ts).
    translationFreshness(),
    // Before Starlight: its build:done hook runs Pagefind on the HTML this one has weighted.
    searchWeights(),
    starlight({
      title: SITE_TITLES,
      description: 'Django model instances, model class attributes and exceptions, with examples you can edit and run.',
      logo: { src: './src/assets/logo.svg', alt: 'Django models docs' },
      favicon: '/favicon.svg',
      defaultLocale: 'root',
      locales: LOCALES,
      sidebar: buildSidebar(new URL('./src/content/docs/', import.meta.url)),
      // Our own 404 pages (src/pages) are localized; Starlight's single one is not.
      disable404Route: true,
      components: {
        LanguageSelect: './src/components/LanguageSelect.astro',
        Search: './src/components/Search.astro',
        PageTitle: './src/components/PageTitle.astro',
        Footer: './src/components/Footer.astro',
      },
      customCss: ['./src/styles/site.css'],
      expressiveCode: {
        themes: [...SHIKI_THEMES],
        useStarlightUiThemeColors: true,
      },
      pagefind: true,
    }),
    mdx(),
    cspInlineHashes(),
    headersFileIntegration(),
    sandboxFrameInline(),
    markdownPages({ site, titles: SITE_TITLES }),
    // Last: the service worker's manifest lists the files every step above has written.
    offlineServiceWorker(),
  ],
});
