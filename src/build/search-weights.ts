import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LANG, LANGS, langOfPath, type Lang } from '../i18n/locales.ts';
import { messageTable } from './search-messages.ts';
import {
  buildRewrites,
  glossarySpellings,
  loadRussianParadigms,
  russianFormRewrites,
  type Paradigms,
} from './search-rewrites.ts';
import { addSectionSynonyms, sectionSynonyms, type HeadingsByPage } from './search-synonyms.ts';
import { bodyText, headingsOf, identifiersOf, pageKey, wordsOf } from './search-text.ts';

/**
 * Weights API names in headings for Pagefind, so that a search for `refresh_from_db` or
 * `MultipleObjectsReturned` ranks the section headed by that name first.
 *
 * Runs on the built HTML, before Starlight's Pagefind step (the integration is registered
 * ahead of Starlight). A heading whose whole text is an identifier gets the top weight; in a
 * heading that mixes words and code, each identifier in <code> gets a lower one.
 */

/** Pagefind's maximum; headings default to 7 (h1) down to 2 (h6). */
export const IDENTIFIER_WEIGHT = 10;
/**
 * An API name that is only part of a heading ("Deferred fields load through `refresh_from_db()`"):
 * above any plain heading, below the section headed by that name alone.
 */
export const IDENTIFIER_IN_HEADING_WEIGHT = 8;

const HEADING = /<(h[1-6])\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const CODE = /<code\b([^>]*)>([\s\S]*?)<\/code>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_entity, name: string) => ENTITIES[name] ?? '')
    .trim();
}

/**
 * `refresh_from_db()`, `Model.save(force_insert=False)`, `get_FOO_display`, `DoesNotExist`:
 * a dotted name, optionally called. A plain word counts only when it was written as code
 * (`objects`), since "Exceptions" in a heading is prose.
 */
export function isIdentifier(text: string, writtenAsCode: boolean): boolean {
  const match = /^([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)(\([^()]*\))?$/.exec(text);
  if (!match) return false;
  const name = match[1] ?? '';
  const looksLikeCode = /[_.]/.test(name) || /[a-z][A-Z]/.test(name) || match[2] !== undefined;
  return writtenAsCode || looksLikeCode;
}

function withWeight(attributes: string, weight: number): string {
  return /\bdata-pagefind-weight=/.test(attributes) ? attributes : `${attributes} data-pagefind-weight="${weight}"`;
}

/** What may join API names in a heading that is still only about them: "`save()` and `asave()`", «`save()` y `asave()`». */
const CONNECTORS = /^(?:\s|,|\/|&amp;|\band\b|\bor\b|(?<![\p{L}])(?:и|или|y|o|u)(?![\p{L}]))*$/u;

export function weightIdentifierHeadings(html: string): string {
  return html.replace(HEADING, (heading: string, tag: string, attributes: string, inner: string) => {
    const outsideCode = inner.replace(CODE, '').replace(/<[^>]*>/g, '');
    const hasCode = /<code\b/i.test(inner);
    if (isIdentifier(textOf(inner), hasCode && outsideCode.trim() === '')) {
      return `<${tag}${withWeight(attributes, IDENTIFIER_WEIGHT)}>${inner}</${tag}>`;
    }
    // "`refresh_from_db()` and `arefresh_from_db()`" is as much about each name as a heading of its own.
    const codeWeight = hasCode && CONNECTORS.test(outsideCode) ? IDENTIFIER_WEIGHT : IDENTIFIER_IN_HEADING_WEIGHT;
    const weightedInner = inner.replace(CODE, (code: string, codeAttributes: string, codeInner: string) =>
      isIdentifier(textOf(codeInner), true) ? `<code${withWeight(codeAttributes, codeWeight)}>${codeInner}</code>` : code,
    );
    return weightedInner === inner ? heading : `<${tag}${attributes}>${weightedInner}</${tag}>`;
  });
}

/** What a language needs beyond Pagefind's own stemming, for its rewrite table. */
interface Morphology {
  /** Word forms Pagefind would miss, mapped to the pages' forms; `pageWords` counts the pages' words (lower case). */
  forms(pageWords: ReadonlyMap<string, number>): Promise<Record<string, string>>;
  /** Spellings the site avoids, with its own. */
  spellings(): [string, string][];
}

let russianParadigms: Promise<Paradigms> | undefined;

/**
 * By language. Russian needs its word forms mapped (Pagefind's Snowball stemmer misses many) and
 * the glossary's avoided spellings; a language without an entry (English, Spanish) relies on
 * Pagefind's stemming alone.
 */
export const MORPHOLOGY: Partial<Record<Lang, Morphology>> = {
  ru: {
    forms: async (pageWords) => {
      russianParadigms ??= loadRussianParadigms();
      const cyrillic = new Map([...pageWords].filter(([word]) => /^\p{Script=Cyrillic}+$/u.test(word)));
      return russianFormRewrites(cyrillic, await russianParadigms);
    },
    spellings: glossarySpellings,
  },
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * The site's search data, built from the built pages before Pagefind indexes them: weighted API
 * names in headings, hidden synonyms under each heading (search-synonyms.ts), and each language's
 * query-rewrite table (search-rewrites.ts).
 */
export function searchWeights(): AstroIntegration {
  return {
    name: 'site:search-weights',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const prefixes = LANGS.filter((lang) => lang !== DEFAULT_LANG);
        const pages = htmlFiles(root).map((file) => {
          const sitePath =
            '/' +
            relative(root, file)
              .split(sep)
              .join('/')
              .replace(/index\.html$/, '');
          const original = readFileSync(file, 'utf8');
          return {
            file,
            sitePath,
            lang: langOfPath(sitePath),
            key: pageKey(sitePath, prefixes),
            original,
            html: weightIdentifierHeadings(original),
          };
        });
        const headings: HeadingsByPage = new Map();
        for (const page of pages) {
          const found = headingsOf(page.html);
          if (found.length === 0) continue;
          headings.set(page.key, { ...headings.get(page.key), [page.lang]: found });
        }
        for (const page of pages) {
          const html = addSectionSynonyms(page.html, sectionSynonyms(headings, page.key, page.lang));
          if (html !== page.original) writeFileSync(page.file, html);
        }
        mkdirSync(join(root, 'search'), { recursive: true });
        for (const lang of LANGS) {
          const texts = pages.filter((page) => page.lang === lang).map((page) => bodyText(page.html));
          const morphology = MORPHOLOGY[lang];
          const pageWords = new Map<string, number>();
          if (morphology)
            for (const text of texts)
              for (const word of wordsOf(text.toLowerCase())) pageWords.set(word, (pageWords.get(word) ?? 0) + 1);
          const forms = morphology ? await morphology.forms(pageWords) : {};
          const table = {
            ...buildRewrites(texts, texts.flatMap(identifiersOf), forms, morphology?.spellings() ?? []),
            ...messageTable(pages.filter((page) => page.lang === lang)),
          };
          writeFileSync(join(root, 'search', `rewrites.${lang}.json`), JSON.stringify(table));
          logger.info(
            `search rewrites (${lang}): ${Object.keys(forms).length} word forms, ${table.words.length} words, ${table.identifiers.length} API names, ${table.messages.length} messages`,
          );
        }
      },
    },
  };
}
