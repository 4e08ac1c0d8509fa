import { describe, expect, it } from 'vitest';
import { glossaryRelapses, type Glossary } from '../../src/i18n/glossary.ts';
import { TRANSLATED_LANGS } from '../../src/i18n/locales.ts';
import { textsOf } from './texts.ts';

// One glossary per translated language, each the default export of src/i18n/glossary/<lang>.ts.
// Every glossary file is checked on its own samples whether or not its language is on the site
// yet (the Spanish one is written before the Spanish edition lands); the texts of every language
// in LANGS are held to their glossary.
const GLOSSARIES = Object.fromEntries(
  Object.entries(import.meta.glob<Glossary>('../../src/i18n/glossary/*.ts', { eager: true, import: 'default' })).map(
    ([path, glossary]) => [path.replace(/^.*\/(\w+)\.ts$/, '$1'), glossary],
  ),
);

describe.each(Object.entries(GLOSSARIES))('the %s glossary', (lang, glossary) => {
  it('is the file of its language', () => {
    expect(glossary.lang).toBe(lang);
  });

  it('names each concept once', () => {
    const names = glossary.entries.map((entry) => entry.en);
    expect(new Set(names).size).toBe(names.length);
  });

  it('catches every wording it forbids', () => {
    for (const entry of glossary.entries) {
      for (const rule of entry.avoid) {
        const samples = typeof rule === 'string' ? [rule] : (entry.relapses ?? []);
        const caught = samples.some((sample) =>
          typeof rule === 'string' ? sample.toLowerCase().includes(rule) : rule.test(sample),
        );
        expect(caught, `${entry.en}: ${String(rule)} catches none of its relapses`).toBe(true);
      }
      for (const sample of entry.relapses ?? [])
        expect(glossaryRelapses(glossary, sample), `${entry.en}: «${sample}»`).not.toEqual([]);
      if (entry.gloss) {
        const bare = `${entry.gloss.stem} sin más.`;
        expect(glossaryRelapses(glossary, bare), `${entry.en}: a first mention without its gloss`).toContain(
          `first «${entry.gloss.stem}…» without «${[entry.gloss.text].flat()[0]}»`,
        );
      }
    }
  });

  it('leaves the chosen terms and ordinary words alone', () => {
    expect(glossary.fine.length).toBeGreaterThan(0);
    for (const sentence of glossary.fine) expect(glossaryRelapses(glossary, sentence), sentence).toEqual([]);
  });
});

describe.each(TRANSLATED_LANGS)('%s texts', (lang) => {
  const glossary = GLOSSARIES[lang];
  const texts = textsOf(lang);

  it('have a glossary (src/i18n/glossary/<lang>.ts)', () => {
    expect(glossary, `src/i18n/glossary/${lang}.ts`).toBeDefined();
  });

  it('are found of every kind', () => {
    expect([...new Set(texts.map((text) => text.kind))].sort()).toEqual(['comments', 'page', 'scenario', 'ui']);
  });

  it.each(texts.map((text) => [text.source, text] as const))('%s uses the chosen terms', (_source, text) => {
    expect(glossaryRelapses(glossary!, text.text, text.prose)).toEqual([]);
  });
});
