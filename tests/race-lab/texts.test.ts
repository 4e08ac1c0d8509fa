import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { SCENARIOS } from '../../src/race-lab-scenarios/index.ts';
import { SCENARIO_TEXTS, scenarioTexts, type ScenarioTextFile } from '../../src/race-lab-scenarios/texts.ts';

// The race lab's texts are data, one file per language: every language the site has must give
// every scenario its title, description and variant labels, and name no scenario that is gone.
describe.each(LANGS)('the race lab texts in %s', (lang) => {
  it('cover every scenario and variant', () => {
    for (const scenario of SCENARIOS) {
      const texts = scenarioTexts(scenario, lang);
      expect(texts.title.trim(), `${scenario.id} title`).not.toBe('');
      expect(texts.description.trim(), `${scenario.id} description`).not.toBe('');
      for (const variant of scenario.variants) expect(texts.labels[variant].trim(), `${scenario.id}.${variant}`).not.toBe('');
    }
  });

  it('name only the scenarios and variants that exist', () => {
    const file = SCENARIO_TEXTS[lang]!;
    expect(Object.keys(file).sort()).toEqual(SCENARIOS.map((scenario) => scenario.id).sort());
    for (const scenario of SCENARIOS)
      expect(Object.keys(file[scenario.id]!.variants).sort()).toEqual([...scenario.variants].sort());
  });
});

describe('a language added as a file', () => {
  // A third language that the site does not have: its file alone makes its texts available.
  const fixture: Record<string, ScenarioTextFile> = {
    ...SCENARIO_TEXTS,
    xx: { 'exists-get': { title: 'Título', description: 'Descripción.', variants: { race: 'La carrera', fix: 'Arreglo' } } },
  };
  const existsGet = SCENARIOS.find((scenario) => scenario.id === 'exists-get')!;
  const staleCache = SCENARIOS.find((scenario) => scenario.id === 'stale-cache')!;

  it('is read from its file, and a missing text is named', () => {
    expect(scenarioTexts(existsGet, 'xx', fixture)).toEqual({
      title: 'Título',
      description: 'Descripción.',
      labels: { race: 'La carrera', fix: 'Arreglo' },
    });
    expect(() => scenarioTexts(staleCache, 'xx', fixture)).toThrow('no xx texts for stale-cache');
    const noLabel = { xx: { 'exists-get': { title: 'T', description: 'D', variants: { race: 'R' } } } };
    expect(() => scenarioTexts(existsGet, 'xx', noLabel)).toThrow('no xx label for exists-get.fix');
  });
});
