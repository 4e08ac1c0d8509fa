import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  INTRO_SECTION,
  currentStamps,
  describeStale,
  readStamps,
  sectionHash,
  sectionsOf,
  staleSections,
  staleTranslations,
  stampSections,
  translatedPages,
} from '../../src/i18n/freshness.ts';
import { TRANSLATED_LANGS } from '../../src/i18n/locales.ts';
import { DOCS_DIR } from './pages.ts';

// Every translated section was translated from the English section as it is now: an English
// edit fails here, naming the page and section, until each language has caught up and stamped
// it (npm run translations:stamp -- <lang> <page> <section>).
describe.each(TRANSLATED_LANGS)('the %s translation', (lang) => {
  const pages = translatedPages(DOCS_DIR, lang);

  it('has pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.slug, page] as const))(
    '%s is up to date with the English, section by section',
    (_slug, page) => {
      const stale = staleSections(readFileSync(page.englishFile, 'utf8'), readFileSync(page.file, 'utf8'));
      expect(stale.map((section) => describeStale(page, section))).toEqual([]);
    },
  );
});

const FIXTURE = fileURLToPath(new URL('../fixtures/i18n/docs/', import.meta.url));

describe('sections and their stamps', () => {
  const english = readFileSync(join(FIXTURE, 'ref/a.mdx'), 'utf8');

  it('cuts a page at every heading, never at a comment in code', () => {
    expect(sectionsOf(english).map((section) => section.id)).toEqual([INTRO_SECTION, 'saving', 'details', 'deleting']);
    expect(sectionsOf(english)[0]!.text).toContain('title: Page A');
    expect(sectionsOf(english)[1]!.text).toContain('# A comment in code');
  });

  it('hashes a section blind to trailing spaces and blank-line runs, not to words', () => {
    expect(sectionHash('## A {#a}\n\nText.\n')).toBe(sectionHash('## A {#a}   \n\n\n\nText.'));
    expect(sectionHash('## A {#a}\n\nText.\n')).not.toBe(sectionHash('## A {#a}\n\nOther text.\n'));
    expect(sectionHash('x')).toMatch(/^[0-9a-f]{12}$/);
  });

  it('writes the stamps into the front matter and reads them back', () => {
    const translated = readFileSync(join(FIXTURE, 'xx/ref/a.mdx'), 'utf8');
    const stamped = stampSections(english, translated);
    expect(readStamps(stamped)).toEqual(currentStamps(english));
    expect(stamped).toMatch(
      /^---\ntitle: Página A\ndescription: De qué trata la página A\.\nsource:\n {2}_intro: '[0-9a-f]{12}'\n {2}saving: '/,
    );
    expect(stamped.slice(stamped.indexOf('\n---\n'))).toBe(translated.slice(translated.indexOf('\n---\n')));
    // Stamping again changes nothing; the stamps replace, never duplicate, the old ones.
    expect(stampSections(english, stamped)).toBe(stamped);
  });
});

describe('a stale translation (fixture with a third language)', () => {
  const english = readFileSync(join(FIXTURE, 'ref/a.mdx'), 'utf8');
  const translated = stampSections(english, readFileSync(join(FIXTURE, 'xx/ref/a.mdx'), 'utf8'));
  const edited = english.replace('How saving works.', 'How saving works, and when it does not.');

  it('is up to date until the English changes, then stale in that section only', () => {
    expect(staleSections(english, translated)).toEqual([]);
    expect(staleSections(edited, translated)).toEqual([{ section: 'saving', reason: 'changed' }]);
    expect(staleSections(english.replace('title: Page A', 'title: Page A, renamed'), translated)).toEqual([
      { section: INTRO_SECTION, reason: 'changed' },
    ]);
  });

  it('finds sections never stamped and stamps of sections the English dropped', () => {
    expect(staleSections(english, readFileSync(join(FIXTURE, 'xx/ref/a.mdx'), 'utf8')).map((stale) => stale.reason)).toEqual([
      'unstamped',
      'unstamped',
      'unstamped',
      'unstamped',
    ]);
    const dropped = english.replace(/## Deleting[\s\S]*$/, '');
    expect(staleSections(dropped, translated)).toEqual([{ section: 'deleting', reason: 'gone' }]);
  });

  it('is brought up to date one section at a time', () => {
    const newer = edited.replace('The details.', 'More details.');
    const once = stampSections(newer, translated, ['saving']);
    expect(staleSections(newer, once)).toEqual([{ section: 'details', reason: 'changed' }]);
    expect(() => stampSections(newer, translated, ['no-such-section'])).toThrow('no section #no-such-section');
  });

  it('is named with its page, its section and the command that stamps it', () => {
    const page = { lang: 'xx', slug: 'ref/a', file: '', englishFile: '' };
    expect(describeStale(page, { section: 'saving', reason: 'changed' })).toBe(
      'src/content/docs/xx/ref/a: section #saving changed in English since it was translated; update the translation, then run npm run translations:stamp -- xx ref/a saving',
    );
  });

  describe('across a docs folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'freshness-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(FIXTURE, dir, { recursive: true });
    for (const lang of ['ru', 'xx']) {
      for (const page of translatedPages(dir, lang))
        writeFileSync(page.file, stampSections(readFileSync(page.englishFile, 'utf8'), readFileSync(page.file, 'utf8')));
    }

    it('lists each language’s stale pages after an English edit', () => {
      expect(staleTranslations(dir, ['ru', 'xx'])).toEqual([]);
      writeFileSync(join(dir, 'ref/a.mdx'), edited);
      const stale = staleTranslations(dir, ['ru', 'xx']).map(
        (page) => `${page.lang}/${page.slug}: ${page.stale.map((s) => s.section).join(', ')}`,
      );
      expect(stale).toEqual(['ru/ref/a: saving', 'xx/ref/a: saving']);
    });
  });
});
