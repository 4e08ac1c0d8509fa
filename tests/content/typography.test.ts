import { describe, expect, it } from 'vitest';
import { TRANSLATED_LANGS } from '../../src/i18n/locales.ts';
import { pageSources } from './pages.ts';
import { textsOf } from './texts.ts';
import { neutralProblems } from './typography/neutral.ts';
import type { TypographyRules } from './typography/prose.ts';

// Typography of the translated editions: the checks every language shares (typography/neutral.ts)
// and each language's own rules, one module per language (typography/<lang>.ts). Each module is
// checked on its own samples whether or not its language is on the site yet; the pages and texts
// of every translated language in LANGS are held to the shared checks and to their module.
const MODULES = Object.fromEntries(
  Object.entries(import.meta.glob<TypographyRules>('./typography/*.ts', { eager: true, import: 'default' }))
    .filter(([, rules]) => rules !== undefined)
    .map(([path, rules]) => [path.replace(/^.*\/(\w+)\.ts$/, '$1'), rules]),
);

const allProblems = (rules: TypographyRules, markdown: string) => [
  ...neutralProblems(markdown, rules.ownQuote),
  ...rules.pageProblems(markdown),
];

describe.each(Object.entries(MODULES))('%s typography rules', (lang, rules) => {
  it('are the module of their language', () => {
    expect(rules.lang).toBe(lang);
  });

  it.each(rules.mistakes.map(([sample, count]) => [count, sample] as const))('find %s problem(s) in «%s»', (count, sample) => {
    expect(allProblems(rules, sample)).toHaveLength(count);
  });

  it.each(rules.correct.map((sample) => [sample] as const))('accept «%s»', (sample) => {
    expect(allProblems(rules, sample)).toEqual([]);
    expect(rules.textProblems(sample)).toEqual([]);
  });
});

describe('the shared checks', () => {
  it('find straight quotes and a hyphen for a dash, and not in a message Django prints', () => {
    const russianQuote = (quoted: string) => /[а-яё]/i.test(quoted);
    expect(neutralProblems('Метод "save" - это просто.', russianQuote)).toHaveLength(2);
    expect(neutralProblems('Сообщение «You cannot call this - use sync_to_async.»', russianQuote)).toEqual([]);
  });
});

describe.each(TRANSLATED_LANGS)('%s typography', (lang) => {
  const rules = MODULES[lang];

  it('has its rules (tests/content/typography/<lang>.ts)', () => {
    expect(rules, `tests/content/typography/${lang}.ts`).toBeDefined();
  });

  const pages = pageSources().filter((page) => page.lang === lang);
  it.each(pages.map((page) => [page.slug, page.text] as const))('%s follows it', (_slug, text) => {
    expect(allProblems(rules!, text)).toEqual([]);
  });

  const texts = textsOf(lang).filter((text) => text.kind !== 'page');
  it.each(texts.map((text) => [text.source, text.text] as const))('%s follows it', (_source, text) => {
    expect(rules!.textProblems(text)).toEqual([]);
  });
});
