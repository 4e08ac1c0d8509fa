import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTERFACE_STRING_KEYS } from '../../src/i18n/interface-keys.ts';
import { LANGS, TRANSLATED_LANGS } from '../../src/i18n/locales.ts';

// No interface string falls back to English on a translated page: every key of the one list
// (src/i18n/interface-keys.ts) and every other key en.json defines has a value in every
// language, and so does every key of Starlight's own English interface.
const siteStrings = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/content/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;

async function starlightStrings(lang: string): Promise<Record<string, string>> {
  const starlightDir = fileURLToPath(new URL('../../node_modules/@astrojs/starlight/', import.meta.url));
  try {
    const module = (await import(join(starlightDir, 'dist', 'translations', `${lang}.js`))) as {
      default: Record<string, string>;
    };
    return module.default;
  } catch {
    // Starlight has no translation of its own for this language: the site's file gives them all.
    return {};
  }
}

/** The keys `strings` lacks (or leaves empty), and those it leaves in English. */
export function missingStrings(
  english: Record<string, string>,
  strings: Record<string, string>,
  keys: readonly string[],
): { missing: string[]; untranslated: string[] } {
  const all = [...new Set([...keys, ...Object.keys(english)])];
  return {
    missing: all.filter((key) => !strings[key]?.trim()),
    // A value copied from English (a Latin-letter sentence) is untranslated; names like "TypeScript" may repeat.
    untranslated: all.filter((key) => strings[key] === english[key] && /\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(english[key] ?? '')),
  };
}

describe('the one list of interface strings', () => {
  it.each(LANGS)('%s.json has every key of it', (lang) => {
    expect(missingStrings({}, siteStrings(lang), INTERFACE_STRING_KEYS).missing).toEqual([]);
  });

  it('names each key once', () => {
    expect(new Set(INTERFACE_STRING_KEYS).size).toBe(INTERFACE_STRING_KEYS.length);
  });

  it('finds what a third language lacks (fixture)', () => {
    const english = {
      'site.title': 'Django models',
      'site.notFound.home': 'Go to the home page',
      'example.typescript': 'TypeScript',
    };
    const xx = {
      'site.title': 'Modelos de Django',
      'site.notFound.home': 'Go to the home page',
      'example.typescript': 'TypeScript',
    };
    expect(missingStrings(english, xx, ['site.title', 'site.stale.link'])).toEqual({
      missing: ['site.stale.link'],
      untranslated: ['site.notFound.home'],
    });
  });
});

describe.each(TRANSLATED_LANGS)('%s interface strings', (lang) => {
  const en = siteStrings('en');
  const own = siteStrings(lang);

  it("cover every one of the site's own keys, each translated", () => {
    expect(missingStrings(en, own, INTERFACE_STRING_KEYS)).toEqual({ missing: [], untranslated: [] });
  });

  it("cover every key of Starlight's English interface", async () => {
    const starlightEn = await starlightStrings('en');
    const starlightOwn = await starlightStrings(lang);
    expect(Object.keys(starlightEn).length).toBeGreaterThan(0);
    expect(Object.keys(starlightEn).filter((key) => !starlightOwn[key] && !own[key])).toEqual([]);
  });
});
