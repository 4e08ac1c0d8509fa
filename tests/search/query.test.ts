import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normaliseQuery, stripShortIEnding, wordsOfMissingPath } from '../../src/search/query.ts';

describe('the Russian -й workaround', () => {
  it.each([
    ['новый', 'нов'],
    ['Новый', 'Нов'],
    ['моделей', 'модел'],
    ['исключений', 'исключен'],
    ['живой', 'жив'],
  ])('cuts the ending of %s', (word, stem) => {
    expect(stripShortIEnding(word)).toBe(stem);
  });

  it.each(['мой', 'чей', 'район', 'новая', 'refresh_from_db', 'Entry'])('leaves %s alone', (word) => {
    expect(stripShortIEnding(word)).toBe(word);
  });

  it('applies to every word of a query and keeps everything else', () => {
    expect(normaliseQuery('  новый объект refresh_from_db() ')).toBe('нов объект refresh_from_db()');
  });
});

describe('normaliseQuery', () => {
  it('bounds a very long query', () => {
    expect(normaliseQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('returns markup and regex metacharacters as text, untouched', () => {
    expect(normaliseQuery('<script>alert(1)</script> .*+?^${}()|[]\\')).toBe('<script>alert(1)</script> .*+?^${}()|[]\\');
  });

  it.each([
    ['what this site is', 'site'],
    ['о сайте', 'сайте'],
    ['how the live examples work', 'live examples work'],
    ['is not callable', 'not callable'],
    ['¿por qué get lanza DoesNotExist?', 'get lanza DoesNotExist?'],
    ['guardar solo algunos campos de la instancia', 'guardar solo algunos campos instancia'],
    ['no encontrado', 'no encontrado'],
    ['what is', 'what is'],
  ])('drops function words: "%s" -> "%s"', (query, asked) => {
    expect(normaliseQuery(query)).toBe(asked);
  });

  it.each([
    ['get_next_by', 'get_next_by_'],
    ['_state', '_state'],
    ['Save with update_fields did not', 'Save with update_fields_ did not'],
    ['refresh_from_db()', 'refresh_from_db()'],
    ['NON_FIELD_ERRORS', 'NON_FIELD_ERRORS_'],
    ['update_fields_', 'update_fields_'],
  ])('keeps snake_case names from the stemmer: "%s" -> "%s"', (query, asked) => {
    expect(normaliseQuery(query)).toBe(asked);
  });

  it('turns a blank query into an empty one', () => {
    expect(normaliseQuery('   \n\t')).toBe('');
  });
});

describe('wordsOfMissingPath', () => {
  it.each([
    ['/ru/ref/exeptions/', 'ref exeptions'],
    ['/ref/models/instanse/', 'ref models instanse'],
    ['/guides/doesnotexist-not-callable.html', 'guides doesnotexist not callable'],
    ['/refresh_from_db/', 'refresh_from_db'],
    ['/%D0%BC%D0%BE%D0%B4%D0%B5%D0%BB%D0%B8/', 'модели'],
    ['/%E0%A4%A/', 'E0 A4 A'],
    ['/', ''],
  ])('%s -> "%s"', (path, words) => {
    expect(wordsOfMissingPath(path, ['ru'])).toBe(words);
  });
});
