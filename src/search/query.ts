/**
 * What the reader types, turned into what Pagefind is asked.
 *
 * Pagefind 1.6 folds diacritics before it stems, so "й" becomes "и" and the Russian stemmer
 * no longer recognises endings such as -ый, -ий, -ой, -ей: "новый" is indexed and searched as
 * the stem "новыи", which shares nothing with "нов", the stem of "новая" and "новые".
 * Pagefind matches query words as prefixes of indexed words, so cutting such an ending off
 * the query ("новый" -> "нов") finds every form again, including the folded "новыи" itself.
 */

/** Longer queries are cut: nobody types more, and Pagefind's work grows with every word. */
export const MAX_QUERY_LENGTH = 200;

/** A vowel followed by "й" at the end of a Cyrillic word: an inflectional ending. */
const SHORT_I_ENDING = /[аеёиоуыэюя]й$/u;
/** Shorter stems would match far too many words ("мой" -> "м"). */
const MIN_STEM_LENGTH = 3;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}]+$/u;

/** "новый" -> "нов", "моделей" -> "модел"; any other word is returned as it is. */
export function stripShortIEnding(word: string): string {
  const lower = word.toLowerCase();
  if (!CYRILLIC_WORD.test(lower) || !SHORT_I_ENDING.test(lower)) return word;
  const stem = word.slice(0, -2);
  return stem.length >= MIN_STEM_LENGTH ? stem : word;
}

/**
 * Words that say nothing about the topic. Pagefind requires every query word and matches each
 * as a prefix, so "what this site is" ranked the long pages full of "what", "this" and "is"
 * (and "о сайте" every page with a word in "о") above the section headed by those words.
 */
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'is',
  'are',
  'be',
  'do',
  'does',
  'what',
  'how',
  'where',
  'which',
  'to',
  'of',
  'in',
  'on',
  'for',
  'it',
  'its',
  'my',
  'then',
  'о',
  'об',
  'в',
  'во',
  'на',
  'и',
  'с',
  'со',
  'к',
  'ко',
  'у',
  'по',
  'из',
  'за',
  'для',
  'как',
  'что',
  'где',
  'это',
  // Spanish: articles, prepositions, question words («¿por qué get lanza DoesNotExist?»); «no» and «sin» carry meaning.
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'unos',
  'unas',
  'lo',
  'de',
  'del',
  'al',
  'en',
  'por',
  'para',
  'con',
  'y',
  'o',
  'u',
  'e',
  'que',
  'qué',
  'cómo',
  'como',
  'dónde',
  'donde',
  'cuál',
  'cual',
  'cuándo',
  'cuando',
  'es',
  'son',
  'se',
  'me',
  'mi',
  'mis',
  'su',
  'sus',
]);

/** "what this site is" -> "site"; a query of function words only is kept as it is. */
export function dropFunctionWords(query: string): string {
  const words = query.split(/\s+/).filter(Boolean);
  // Spanish questions open with «¿» and close with «?»: «¿por» and «qué?» are function words too.
  const meaningful = words.filter((word) => !FUNCTION_WORDS.has(word.toLowerCase().replace(/^[¿¡]+|[?!]+$/gu, '')));
  return meaningful.length > 0 ? meaningful.join(' ') : words.join(' ');
}

/**
 * A snake_case name ending in a letter, as a whole query word. Pagefind stems query words, and
 * the stem of a partial name is no prefix of the full one ("get_next_by" becomes "get_next_bi",
 * which "get_next_by_foo" does not start with); a trailing underscore leaves it unstemmed.
 */
const SNAKE_CASE_WORD = /(?<=^|\s)(\w*[A-Za-z0-9]_\w*[A-Za-z])(?=\s|$)/gu;

/**
 * The query Pagefind receives: trimmed, bounded, without function words, snake_case names kept
 * from the stemmer, with the Russian -й workaround applied.
 */
export function normaliseQuery(query: string): string {
  const bounded = dropFunctionWords(query.trim().slice(0, MAX_QUERY_LENGTH));
  return bounded.replace(SNAKE_CASE_WORD, '$1_').replace(/[\p{L}\p{M}]+/gu, stripShortIEnding);
}

/**
 * Search words for a missing page's address: `/ru/ref/exeptions/` -> "ref exeptions".
 * The language prefix and file extensions say nothing about what the reader wanted.
 */
export function wordsOfMissingPath(pathname: string, langPrefixes: readonly string[]): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  const segments = decoded
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.replace(/\.html?$/i, ''));
  if (segments.length > 0 && langPrefixes.includes(segments[0] ?? '')) segments.shift();
  return segments
    .flatMap((segment) => segment.split(/[^\p{L}\p{N}_]+/u))
    .filter((word) => word.length > 0 && word !== 'index')
    .join(' ')
    .slice(0, MAX_QUERY_LENGTH);
}
