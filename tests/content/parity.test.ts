import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRANSLATED_LANGS } from '../../src/i18n/locales.ts';
import { headingsOf, pageSources } from './pages.ts';
import { parityProblems } from './parity.ts';

// Every page exists in every language of LANGS with the same sections (same heading ids, at the
// same depth, in the same order) and the same live examples, so the language switcher lands
// on the same section and every edition shows the same facts.
const pages = pageSources();

describe('every edition', () => {
  it.each(pages.map((page) => [`${page.lang}/${page.slug}`, page] as const))(
    '%s gives every heading an explicit id',
    (_name, page) => {
      const missing = headingsOf(page.text).filter((heading) => !heading.id);
      expect(missing.map((heading) => heading.text)).toEqual([]);
    },
  );

  it.each(TRANSLATED_LANGS)('%s has every English page, with the same sections and examples', (lang) => {
    expect(parityProblems(pages, lang)).toEqual([]);
  });
});

describe('parity of a third language (fixture)', () => {
  const fixture = pageSources(fileURLToPath(new URL('../fixtures/i18n/docs/', import.meta.url)), ['en', 'ru', 'xx']);

  it('reads each language from its folder', () => {
    expect(fixture.map((page) => `${page.lang}:${page.slug}`).sort()).toEqual([
      'en:index',
      'en:ref/a',
      'ru:index',
      'ru:ref/a',
      'xx:ref/a',
    ]);
  });

  it('passes an edition that matches and names what differs in one that does not', () => {
    expect(parityProblems(fixture, 'ru')).toEqual([]);
    expect(parityProblems(fixture, 'xx')).toEqual([
      'xx/index: missing',
      'xx/ref/a: sections ## saving, ## deleting differ from the English ## saving, ### details, ## deleting',
      'xx/ref/a: examples basics/other differ from the English basics/hello',
    ]);
  });
});
