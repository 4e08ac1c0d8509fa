import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DELETION_EXCEPTIONS } from '../content/exceptions-extra.ts';
import { LANGS, langOfPath, langPrefix, type Lang } from '../i18n/locales.ts';
import { interfaceStrings } from '../i18n/interface-strings.ts';
import { EXCEPTIONS_CATALOG } from '../content/exceptions-catalog.ts';
import { buildPageMarkdown, exampleReader, llmsTxt, type MarkdownStrings } from './page-markdown.ts';

const root = new URL('../../', import.meta.url);

function markdownStrings(lang: Lang): MarkdownStrings {
  const t = interfaceStrings(lang);
  return {
    versionAdded: t['site.version.added']!,
    versionChanged: t['site.version.changed']!,
    output: t['playground.output']!,
    python: t['example.python']!,
    hierarchy: t['site.exceptionTree.caption']!,
    raceLab: t['site.markdown.raceLab']!,
  };
}

/** Writes `<page>.md` for every page and `llms.txt` per language into the build (src/build/page-markdown.ts). */
export function markdownPages(options: { site: string; titles: Record<Lang, string> }): AstroIntegration {
  return {
    name: 'markdown-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const docsDir = fileURLToPath(new URL('src/content/docs/', root));
        const example = exampleReader(fileURLToPath(new URL('src/examples/', root)));
        const write = (path: string, text: string) => {
          const file = fileURLToPath(new URL(path.slice(1), dir));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        };
        for (const lang of LANGS) {
          const sources = { example, strings: markdownStrings(lang), exceptionCatalog: EXCEPTIONS_CATALOG, site: options.site };
          const pages = buildPageMarkdown(docsDir, sources, DELETION_EXCEPTIONS).filter((page) => langOfPath(page.path) === lang);
          for (const page of pages) write(page.markdownPath, page.markdown);
          write(
            `${langPrefix(lang)}/llms.txt`,
            llmsTxt(pages, lang, options.titles[lang], interfaceStrings(lang)['site.markdown.summary']!, options.site),
          );
        }
      },
    },
  };
}
