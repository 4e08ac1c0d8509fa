/// <reference types="vite/client" />
// (Vite and Vitest resolve import.meta.glob; the reference keeps tsc independent of .astro/.)
/**
 * The race lab's texts in each language: `texts/<lang>.json` maps each scenario id to its
 * title, description and one label per variant. A new language adds its file; the race-lab
 * test checks that every language in LANGS has every text (src/race-lab-scenarios/index.ts
 * lists the scenarios and their variants).
 */
import type { Scenario, VariantId } from './index';

export interface ScenarioTexts {
  title: string;
  description: string;
  variants: Partial<Record<VariantId, string>>;
}

export type ScenarioTextFile = Record<string, ScenarioTexts>;

const FILES = import.meta.glob<ScenarioTextFile>('./texts/*.json', { eager: true, import: 'default' });

/** Every language's file, by language code. */
export const SCENARIO_TEXTS: Record<string, ScenarioTextFile> = Object.fromEntries(
  Object.entries(FILES).map(([path, texts]) => [path.replace(/^.*\/(\w+)\.json$/, '$1'), texts]),
);

/** A scenario's title, description and variant labels in one language. */
export function scenarioTexts(
  scenario: Scenario,
  lang: string,
  files: Record<string, ScenarioTextFile> = SCENARIO_TEXTS,
): { title: string; description: string; labels: Record<VariantId, string> } {
  const texts = files[lang]?.[scenario.id];
  if (!texts) throw new Error(`race lab: no ${lang} texts for ${scenario.id} (src/race-lab-scenarios/texts/${lang}.json)`);
  const labels = Object.fromEntries(
    scenario.variants.map((variant) => {
      const label = texts.variants[variant];
      if (!label) throw new Error(`race lab: no ${lang} label for ${scenario.id}.${variant}`);
      return [variant, label];
    }),
  ) as Record<VariantId, string>;
  return { title: texts.title, description: texts.description, labels };
}
