/**
 * The searchable text of a built page, as Pagefind sees it: the words inside
 * `<main data-pagefind-body>` and its section headings. Shared by the build steps that derive
 * search data from the pages (search-rewrites.ts, search-synonyms.ts).
 */
import { textOf } from './search-weights.ts';

export interface Heading {
  id: string;
  level: number;
  text: string;
}

const BODY = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/;
const SECTION_HEADING = /<h([2-4])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

/** The page body's text, without scripts, styles, pictures and what Pagefind ignores. */
export function bodyText(html: string): string {
  const body = BODY.exec(html)?.[1] ?? '';
  return textOf(body.replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, (tag) => `${tag} `));
}

/** The body's section headings with their ids (Starlight's "On this page" is not in the body). */
export function headingsOf(html: string): Heading[] {
  const body = BODY.exec(html)?.[1] ?? '';
  return Array.from(body.matchAll(SECTION_HEADING), (match) => ({
    id: match[2] ?? '',
    level: Number(match[1]),
    text: textOf(match[3] ?? '').replace(/\s+/g, ' '),
  })).filter((heading) => heading.id !== '' && heading.id !== '_top' && heading.text !== '');
}

/** Words as Pagefind splits them: letters, digits and `_`; a hyphenated word also whole. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu)) {
    const word = match[0];
    if (word.includes('-')) words.push(word.replace(/-/g, ''), ...word.split('-'));
    else words.push(word);
  }
  return words.filter((word) => word !== '');
}

/** API names as the pages spell them: snake_case, CamelCase with an inner capital, dotted. */
export function identifiersOf(text: string): string[] {
  const names = text.match(/\b[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g) ?? [];
  return names
    .flatMap((name) => name.split('.'))
    .filter((name) => name.length >= 3 && (/[A-Za-z0-9]_|_[A-Za-z]/.test(name) || /[a-z][A-Z]/.test(name)));
}

/** `/ru/ref/exceptions/` -> `/ref/exceptions/`: the same page in every language. */
export function pageKey(sitePath: string, langPrefixes: readonly string[]): string {
  const [first, ...rest] = sitePath.split('/').filter(Boolean);
  if (first !== undefined && langPrefixes.includes(first)) return `/${rest.join('/')}${rest.length ? '/' : ''}`;
  return sitePath;
}
