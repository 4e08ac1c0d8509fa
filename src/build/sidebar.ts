import { existsSync } from 'node:fs';
import { DEFAULT_LANG, TRANSLATED_LANGS } from '../i18n/locales.ts';
import { interfaceStrings } from '../i18n/interface-strings.ts';

/**
 * The sidebar: three groups in a fixed order, each listing only the pages that exist.
 *
 * Pages are added issue by issue; a group appears once it holds a page, so the site never
 * links to a page that is not written yet. Slugs are the stable URLs of the site. Labels are
 * interface strings (`site.sidebar.<key>` in src/content/i18n/<lang>.json), one per language.
 */
interface PlannedPage {
  slug: string;
  key: string;
}

interface PlannedGroup {
  key: string;
  pages: PlannedPage[];
}

export const PLANNED_SIDEBAR: PlannedGroup[] = [
  {
    key: 'reference',
    pages: [
      { slug: 'ref/exceptions', key: 'exceptions' },
      { slug: 'ref/models/instances', key: 'instances' },
      { slug: 'ref/models/class', key: 'class' },
    ],
  },
  { key: 'guides', pages: [{ slug: 'guides/doesnotexist-not-callable', key: 'doesnotexistNotCallable' }] },
  { key: 'aboutExamples', pages: [{ slug: 'live-examples', key: 'howExamplesWork' }] },
];

function pageExists(docsDir: URL, slug: string): boolean {
  return ['.md', '.mdx'].some((ext) => existsSync(new URL(`${slug}${ext}`, docsDir)));
}

/** A label in English and its translations, as Starlight takes them. */
function labelled(key: string, strings: (lang: string) => Record<string, string>) {
  const label = (lang: string) => {
    const text = strings(lang)[`site.sidebar.${key}`];
    if (!text) throw new Error(`sidebar: no "site.sidebar.${key}" in src/content/i18n/${lang}.json`);
    return text;
  };
  return { label: label(DEFAULT_LANG), translations: Object.fromEntries(TRANSLATED_LANGS.map((lang) => [lang, label(lang)])) };
}

export function buildSidebar(docsDir: URL, strings: (lang: string) => Record<string, string> = interfaceStrings) {
  return PLANNED_SIDEBAR.map((group) => ({
    ...labelled(group.key, strings),
    items: group.pages
      .filter((page) => pageExists(docsDir, page.slug))
      .map((page) => ({ slug: page.slug, ...labelled(page.key, strings) })),
  })).filter((group) => group.items.length > 0);
}
