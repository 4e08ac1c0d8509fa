/**
 * Marks sections of a translated page as translated from the English page as it is now
 * (src/i18n/freshness.ts explains the stamps):
 *
 *   npm run translations:stamp -- <lang> <page> [section ...]   the named sections, or all of the page
 *   npm run translations:stamp -- <lang> --all                  every page of the language
 *
 * <page> is the slug without language (`ref/exceptions`, `index`); a section is a heading id,
 * or `_intro` for the title, description and lead. Run it after bringing the sections up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { staleSections, stampSections, translatedPages } from '../src/i18n/freshness.ts';
import { LANGS, TRANSLATED_LANGS } from '../src/i18n/locales.ts';

const DOCS_DIR = fileURLToPath(new URL('../src/content/docs/', import.meta.url));
const [lang, page, ...sections] = process.argv.slice(2);

function fail(message: string): never {
  console.error(`translations:stamp: ${message}`);
  console.error('usage: npm run translations:stamp -- <lang> <page> [section ...] | <lang> --all');
  process.exit(1);
}

if (!lang || !page) fail('name a language and a page');
if (!(TRANSLATED_LANGS as readonly string[]).includes(lang))
  fail(`"${lang}" is not a translated language of LANGS (${LANGS.join(', ')})`);
const pages = translatedPages(DOCS_DIR, lang);
const chosen = page === '--all' ? pages : pages.filter((candidate) => candidate.slug === page.replace(/^\/|\/$|\.mdx?$/g, ''));
if (chosen.length === 0)
  fail(`no ${lang} page "${page}" with an English original (pages: ${pages.map((p) => p.slug).join(', ')})`);
if (page === '--all' && sections.length) fail('--all stamps whole pages; name one page to stamp sections');

for (const target of chosen) {
  const english = readFileSync(target.englishFile, 'utf8');
  const before = readFileSync(target.file, 'utf8');
  const wasStale = staleSections(english, before).map((stale) => stale.section);
  let after: string;
  try {
    after = stampSections(english, before, sections);
  } catch (error) {
    fail(`${lang}/${target.slug}: ${(error as Error).message}`);
  }
  if (after !== before) writeFileSync(target.file, after);
  const nowStale = staleSections(english, after).map((stale) => stale.section);
  const stamped = wasStale.filter((section) => !nowStale.includes(section));
  console.log(
    `${lang}/${target.slug}: ${stamped.length ? `stamped ${stamped.map((id) => `#${id}`).join(', ')}` : 'nothing to stamp'}${nowStale.length ? `; still stale: ${nowStale.map((id) => `#${id}`).join(', ')}` : ''}`,
  );
}
