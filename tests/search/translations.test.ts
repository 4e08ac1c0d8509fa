import { describe, expect, it } from 'vitest';
import {
  createTranslate,
  parseSearchStrings,
  shortenTerm,
  MAX_ECHOED_TERM_LENGTH,
  type SearchStrings,
} from '../../src/search/translations.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import ru from '../../src/content/i18n/ru.json' with { type: 'json' };

function stringsOf(lang: 'en' | 'ru', messages: Record<string, string>): SearchStrings {
  return {
    lang,
    ui: { zero_results: messages['pagefind.zero_results'] ?? '' },
    resultCount: {
      one: messages['site.search.results.one'] ?? '',
      few: messages['site.search.results.few'] ?? '',
      many: messages['site.search.results.many'] ?? '',
      other: messages['site.search.results.other'] ?? '',
    },
  };
}

const noFallback = (key: string) => `<${key}>`;

describe('result counts', () => {
  const translateRu = createTranslate(stringsOf('ru', ru), noFallback);
  it.each([
    [1, '1 результат'],
    [2, '2 результата'],
    [4, '4 результата'],
    [5, '5 результатов'],
    [11, '11 результатов'],
    [21, '21 результат'],
    [22, '22 результата'],
    [1.5, '1,5 результата'],
  ])('Russian: %s -> %s', (count, start) => {
    for (const key of ['one_result', 'many_results']) {
      expect(translateRu(key, { COUNT: count, SEARCH_TERM: 'модель' })).toBe(`${start} по запросу «модель»`);
    }
  });

  it.each([
    [1, '1 result'],
    [2, '2 results'],
    [1000, '1,000 results'],
  ])('English: %s -> %s', (count, start) => {
    expect(createTranslate(stringsOf('en', en), noFallback)('many_results', { COUNT: count, SEARCH_TERM: 'x' })).toBe(
      `${start} for “x”`,
    );
  });
});

describe('messages echoing the query', () => {
  const translate = createTranslate(stringsOf('en', en), noFallback);
  it.each(['$&', "$'", '$1', '$$', '[SEARCH_TERM]', '<img src=x onerror=alert(1)>'])('shows %s exactly as typed', (term) => {
    expect(translate('zero_results', { SEARCH_TERM: term })).toContain(`“${term}”`);
  });

  it('shortens a very long query', () => {
    const message = translate('zero_results', { SEARCH_TERM: 'x'.repeat(10_000) });
    expect(message).toContain(`“${'x'.repeat(MAX_ECHOED_TERM_LENGTH)}…”`);
    expect(message.length).toBeLessThan(400);
    expect(shortenTerm('короткий')).toBe('короткий');
  });

  it("falls back to Component UI's own strings for keys the site does not set", () => {
    expect(translate('keyboard_close')).toBe('<keyboard_close>');
  });
});

describe('the strings a page hands to the browser', () => {
  it('round-trips through JSON', () => {
    const strings = stringsOf('ru', ru);
    expect(parseSearchStrings(JSON.stringify(strings))).toEqual(strings);
  });

  it.each([
    undefined,
    '',
    '{',
    'null',
    '{"lang":"en","ui":{},"resultCount":{}}',
    '{"lang":1,"ui":{},"resultCount":{"other":"x"}}',
  ])('rejects %s', (json) => {
    expect(parseSearchStrings(json)).toBeUndefined();
  });
});

describe('the site strings for search', () => {
  it('exist in both languages', () => {
    const searchKeys = (messages: Record<string, string>) =>
      Object.keys(messages)
        .filter((key) => /^(site\.search\.|pagefind\.|site\.notFound\.search)/.test(key))
        .sort();
    expect(searchKeys(ru)).toEqual(searchKeys(en));
    expect(searchKeys(en).length).toBeGreaterThanOrEqual(6);
  });
});
