import { describe, expect, it } from 'vitest';
import { RU_GLOSSARY, glossaryRelapses } from '../../src/i18n/glossary.ts';
import { russianTexts } from './russian-texts.ts';

const texts = russianTexts();

describe('the Russian glossary', () => {
  it('names each concept once', () => {
    const names = RU_GLOSSARY.map((entry) => entry.en);
    expect(new Set(names).size).toBe(names.length);
  });

  it('catches every wording it forbids', () => {
    for (const entry of RU_GLOSSARY) {
      for (const rule of entry.avoid) {
        const samples = typeof rule === 'string' ? [rule] : (entry.relapses ?? []);
        const caught = samples.some((sample) => (typeof rule === 'string' ? sample.toLowerCase().includes(rule) : rule.test(sample)));
        expect(caught, `${entry.en}: ${String(rule)} catches none of its relapses`).toBe(true);
      }
      for (const sample of entry.relapses ?? []) expect(glossaryRelapses(sample), `${entry.en}: «${sample}»`).not.toEqual([]);
    }
    expect(glossaryRelapses('Фильтр по лукапу pages__gt.')).toEqual(['first «лукап…» without «(lookup)»']);
    expect(glossaryRelapses('Фильтр по лукапу (lookup) pages__gt, и снова лукап.')).toEqual([]);
  });

  it('leaves the chosen terms and ordinary words alone', () => {
    const fine = [
      'QuerySet вызывает from_db(); выражение str(queryset.query) печатает SQL.',
      'Пакет blog импортирует модели; pickle-данные загружает та же версия.',
      'Значения идут в порядке объявления; по порядку полей.',
      'Ловушка: адрес из непроверенного ввода. Принудительный INSERT.',
      'Две базы данных; базовый класс; в блоке except; ожидание блокировки.',
    ];
    for (const sentence of fine) expect(glossaryRelapses(sentence), sentence).toEqual([]);
  });

  it('finds Russian texts of every kind', () => {
    const kinds = new Set(texts.map((text) => text.kind));
    expect([...kinds].sort()).toEqual(['comments', 'page', 'scenario', 'ui']);
  });

  it.each(texts.map((text) => [text.source, text] as const))('%s uses the chosen terms', (_source, text) => {
    expect(glossaryRelapses(text.text, text.prose)).toEqual([]);
  });
});
