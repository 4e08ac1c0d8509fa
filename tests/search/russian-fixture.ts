/**
 * A copy of the built site with two controlled Russian pages, the only ones Pagefind indexes: one says
 * "новый", the other only "новая" and "новые". Pagefind 1.6 folds "й" before stemming, so
 * without the query workaround a search for "новый" finds the first page only.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export const FIXTURE_PAGES = {
  '/ru/new-object/': 'Новый объект создаётся вызовом конструктора модели.',
  '/ru/new-entry/': 'Новая запись появляется в таблице. Новые данные видны сразу.',
} as const;

const PAGE_BODY = /(<main\b[^>]*data-pagefind-body[^>]*>)[\s\S]*?(<\/main>)/;

export async function buildRussianFixture(distDir: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'search-ru-fixture-'));
  // The site's own index is left out: the fixture gets one of its own.
  const siteIndex = join(distDir, 'pagefind');
  cpSync(distDir, root, { recursive: true, filter: (source) => source !== siteIndex });
  const template = readFileSync(join(root, 'ru', 'index.html'), 'utf8');
  if (!PAGE_BODY.test(template)) throw new Error('The Russian home page has no <main data-pagefind-body> to replace.');
  for (const [path, text] of Object.entries(FIXTURE_PAGES)) {
    const dir = join(root, ...path.split('/').filter(Boolean));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), template.replace(PAGE_BODY, `$1<h1>${path}</h1><p>${text}</p>$2`));
  }
  // Only the two pages are indexed, so nothing else on the site can match "нов...".
  const { index } = await pagefind.createIndex();
  if (!index) throw new Error('Pagefind did not start.');
  for (const path of Object.keys(FIXTURE_PAGES)) {
    await index.addHTMLFile({
      url: path,
      content: readFileSync(join(root, ...path.split('/').filter(Boolean), 'index.html'), 'utf8'),
    });
  }
  await index.writeFiles({ outputPath: join(root, 'pagefind') });
  await pagefind.close();
  return root;
}
