import { DEFAULT_LANG } from '../../src/i18n/locales.ts';
import { exampleIdsOf, headingsOf, type PageSource } from './pages.ts';

const outline = (text: string) => headingsOf(text).map((heading) => `${'#'.repeat(heading.depth)} ${heading.id}`);

/**
 * How one language's edition differs from the English: pages missing or extra, and, page by
 * page, sections (heading ids at their depth, in order) and live examples that are not the same.
 */
export function parityProblems(pages: readonly PageSource[], lang: string): string[] {
  const english = pages.filter((page) => page.lang === DEFAULT_LANG);
  const own = pages.filter((page) => page.lang === lang);
  const problems: string[] = [];
  for (const page of english) {
    const twin = own.find((other) => other.slug === page.slug);
    if (!twin) {
      problems.push(`${lang}/${page.slug}: missing`);
      continue;
    }
    if (outline(twin.text).join('\n') !== outline(page.text).join('\n')) {
      problems.push(
        `${lang}/${page.slug}: sections ${outline(twin.text).join(', ')} differ from the English ${outline(page.text).join(', ')}`,
      );
    }
    if (exampleIdsOf(twin.text).join() !== exampleIdsOf(page.text).join()) {
      problems.push(
        `${lang}/${page.slug}: examples ${exampleIdsOf(twin.text).join(', ')} differ from the English ${exampleIdsOf(page.text).join(', ')}`,
      );
    }
  }
  for (const page of own)
    if (!english.some((other) => other.slug === page.slug)) problems.push(`${lang}/${page.slug}: no English original`);
  return problems;
}
