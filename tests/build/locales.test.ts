import { describe, expect, it } from 'vitest';
import { langLabel, langOfPath, pathInLang, switchLanguageUrl } from '../../src/i18n/locales.ts';

describe('site paths across languages', () => {
  it.each([
    ['/', 'en'],
    ['/ref/exceptions/', 'en'],
    ['/ru/', 'ru'],
    ['/ru/ref/exceptions/', 'ru'],
    ['/rules/', 'en'],
  ] as const)('%s is %s', (path, lang) => {
    expect(langOfPath(path)).toBe(lang);
  });

  it('maps a page to its twin and back', () => {
    expect(pathInLang('/ref/models/instances/', 'ru')).toBe('/ru/ref/models/instances/');
    expect(pathInLang('/ru/ref/models/instances/', 'en')).toBe('/ref/models/instances/');
    expect(pathInLang('/ru/', 'en')).toBe('/');
    expect(pathInLang('/', 'ru')).toBe('/ru/');
    expect(pathInLang('/ru/', 'ru')).toBe('/ru/');
  });

  it('keeps a section id when switching language, and drops anything else', () => {
    expect(switchLanguageUrl('/ru/ref/exceptions/', '#objectdoesnotexist')).toBe('/ru/ref/exceptions/#objectdoesnotexist');
    expect(switchLanguageUrl('/ru/', '')).toBe('/ru/');
    expect(switchLanguageUrl('/ru/', '#"><img src=x onerror=alert(1)>')).toBe('/ru/');
  });
});

describe('a third language (fixture list)', () => {
  const langs = ['en', 'ru', 'xx'];

  it('is found by its prefix and mapped like the others', () => {
    expect(langOfPath('/xx/ref/exceptions/', langs)).toBe('xx');
    expect(langOfPath('/ref/exceptions/', langs)).toBe('en');
    expect(pathInLang('/xx/ref/models/instances/', 'ru', langs)).toBe('/ru/ref/models/instances/');
    expect(pathInLang('/ru/', 'xx', langs)).toBe('/xx/');
    expect(pathInLang('/xx/', 'en', langs)).toBe('/');
  });

  it('is named in its own language without a table', () => {
    expect(langLabel('en')).toBe('English');
    expect(langLabel('ru')).toBe('Русский');
    expect(langLabel('es')).toBe('Español');
    expect(langLabel('de')).toBe('Deutsch');
  });
});
