/**
 * The site's languages: the one list every other part of the site reads (astro.config.mjs,
 * the tests, the example comment parser, the 404 pages, the freshness stamps). English is served
 * at the root, every other language under its prefix. Adding a language is adding its code here
 * and its files (README.md, "Adding a language").
 */
export const DEFAULT_LANG = 'en';
export const LANGS = ['en', 'ru', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The translated languages: every language but English. */
export const TRANSLATED_LANGS: readonly Lang[] = LANGS.filter((lang) => lang !== DEFAULT_LANG);

/**
 * A language's name in that language, as the language switcher shows it ("English", "Русский",
 * "Español"). Taken from the ICU data rather than a table, so a new language needs no entry.
 */
export function langLabel(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** Each language's name in that language. */
export const LANG_LABELS = Object.fromEntries(LANGS.map((lang) => [lang, langLabel(lang)])) as Record<Lang, string>;

/** The path prefix of a language's pages: '' for English, `/ru` for Russian. */
export function langPrefix(lang: string): string {
  return lang === DEFAULT_LANG ? '' : `/${lang}`;
}

/**
 * The language a site path belongs to: `/ru/...` is Russian, everything else English.
 * `langs` is for tests that try a language the site does not have yet.
 */
export function langOfPath<L extends string = Lang>(pathname: string, langs: readonly L[] = LANGS as unknown as readonly L[]): L {
  const first = pathname.split('/')[1];
  return langs.find((lang) => lang !== DEFAULT_LANG && lang === first) ?? (DEFAULT_LANG as L);
}

/** The same page in another language: `/ref/exceptions/` <-> `/ru/ref/exceptions/`. */
export function pathInLang<L extends string = Lang>(
  pathname: string,
  lang: L,
  langs: readonly L[] = LANGS as unknown as readonly L[],
): string {
  const current = langOfPath(pathname, langs);
  const rest = current === DEFAULT_LANG ? pathname : pathname.slice(current.length + 1) || '/';
  return `${langPrefix(lang)}${rest}`;
}

/**
 * Where the language switcher goes: the chosen language's page, same section.
 * The hash is kept only when it is a plain section id, never anything that could be markup.
 */
export function switchLanguageUrl(targetPath: string, hash: string): string {
  return /^#[\w-]+$/u.test(hash) ? targetPath + hash : targetPath;
}
