/**
 * The query-rewrite table of each language (src/search/rewrite.ts reads it), written next to the
 * built pages as `search/rewrites.{lang}.json` and fetched when the search dialog opens.
 *
 * Russian word forms: every word of the Russian pages is analysed with Az.js (OpenCorpora's
 * dictionary) and every form of each of its words is generated. A form is searched as Pagefind
 * would search it (the query normalisation of src/search/query.ts, diacritics folded, the Snowball
 * Russian stemmer, each query word matched as a prefix of the indexed stems, else the longest
 * indexed stem that is a prefix of it); a form that would not reach any form of the same word on
 * the pages («гонок» has the stem «гонок», the pages' «гонки» and «гонку» have «гонк») is mapped
 * to the pages' most frequent form of that word. Only those misses are listed, which keeps the
 * table small. tests/e2e/search-forms.test.ts checks a sample against the real index.
 */
import { createRequire } from 'node:module';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { RU_GLOSSARY } from '../i18n/glossary.ts';
import { stripShortIEnding } from '../search/query.ts';
import { WORD_PREFIX_LENGTH, fold, type SearchRewrites } from '../search/rewrite.ts';

/** Every form of each word the analyser recognises `word` as (its paradigms). */
export type Paradigms = (word: string) => string[][];

interface AzParse {
  formCnt: number;
  score: number;
  inflect(index: number): { toString(): string; tag: { toString(): string } } | false;
}

/**
 * Forms left out: participles, gerunds, comparatives and superlatives, imperatives, archaic and
 * colloquial spellings («исключенье», «гонкою»). Readers search for the words a page is about,
 * not for these, and each would cost the table bytes.
 */
const UNSEARCHED_FORM =
  /\b(?:PRTF|PRTS|GRND|COMP|Supr|Cmp2|impr|V-oy|V-ie|V-ey|V-ej|V-be|V-en|V-ish|V-bi|Arch|Infr|Slng|Erro|Dist)\b/;
interface AzModule {
  Morph: ((word: string) => AzParse[]) & { init(callback: (error?: unknown) => void): void };
}

/** Az.js with its dictionaries, loaded once per build. */
export async function loadRussianParadigms(): Promise<Paradigms> {
  const Az = createRequire(import.meta.url)('az') as AzModule;
  await new Promise<void>((resolve, reject) => Az.Morph.init((error) => (error ? reject(new Error(String(error))) : resolve())));
  return (word) => {
    const parses = Az.Morph(word);
    const best = Math.max(0, ...parses.map((parse) => parse.score));
    // Unlikely readings (a noun read as a rare verb form) would add forms nobody searches for.
    return parses
      .filter((parse) => parse.score >= best / 4)
      .map((parse) =>
        Array.from({ length: parse.formCnt }, (_unused, index) => parse.inflect(index))
          .filter((form) => form !== false && !UNSEARCHED_FORM.test(form.tag.toString()))
          .map(String)
          .filter((form) => /^\p{Script=Cyrillic}+$/u.test(form)),
      );
  };
}

/** How Pagefind searches one query word on the Russian index: its stem after our normalisation. */
export function russianQueryStem(word: string): string {
  return russianStem(fold(stripShortIEnding(word)));
}

/** How Pagefind indexes a page word. */
export function russianIndexStem(word: string): string {
  return russianStem(fold(word));
}

class StemIndex {
  private readonly sorted: string[];
  private readonly all: Set<string>;
  constructor(stems: Iterable<string>) {
    this.all = new Set(stems);
    this.sorted = [...this.all].sort();
  }
  /** The indexed stems Pagefind would match for a query stem (see find_word_extensions). */
  matches(query: string): string[] {
    const found: string[] = [];
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sorted[middle] ?? '') < query) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < this.sorted.length && (this.sorted[at] ?? '').startsWith(query); at += 1)
      found.push(this.sorted[at] ?? '');
    if (found.length > 0) return found;
    for (let length = query.length - 1; length > 0; length -= 1) {
      if (this.all.has(query.slice(0, length))) return [query.slice(0, length)];
    }
    return [];
  }
}

/**
 * Russian forms Pagefind would miss, mapped to the pages' form of the same word.
 * `pageWords`: every Cyrillic word of the Russian pages (folded) with its count.
 */
export function russianFormRewrites(pageWords: ReadonlyMap<string, number>, paradigms: Paradigms): Record<string, string> {
  // Pagefind folds «й» and «ё»; the table's keys are folded too, its targets keep the pages' spelling.
  const counts = new Map<string, number>();
  const spelling = new Map<string, string>();
  for (const [word, count] of pageWords) {
    const folded = fold(word);
    counts.set(folded, (counts.get(folded) ?? 0) + count);
    spelling.set(folded, word);
  }
  const index = new StemIndex([...counts.keys()].map((word) => russianStem(word)));
  const rewrites = new Map<string, { target: string; count: number }>();
  const seen = new Set<string>();
  for (const word of pageWords.keys()) {
    for (const forms of paradigms(word)) {
      const unique = [...new Set(forms.map((form) => form.toLowerCase()))];
      const key = unique.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const onPages = unique.map(fold).filter((form) => counts.has(form));
      if (onPages.length === 0) continue;
      const lemmaStems = new Set(onPages.map((form) => russianStem(form)));
      const target = onPages.reduce((best, form) => ((counts.get(form) ?? 0) > (counts.get(best) ?? 0) ? form : best));
      const count = counts.get(target) ?? 0;
      for (const form of unique) {
        const folded = fold(form);
        if (counts.has(folded)) continue;
        if (index.matches(russianQueryStem(form)).some((stem) => lemmaStems.has(stem))) continue;
        const known = rewrites.get(folded);
        if (!known || known.count < count) rewrites.set(folded, { target: spelling.get(target) ?? target, count });
      }
    }
  }
  return Object.fromEntries([...rewrites].sort(([a], [b]) => (a < b ? -1 : 1)).map(([form, { target }]) => [form, target]));
}

/**
 * Spellings the site avoids but readers type: the glossary's `avoid` stems («кэш», «эксепшен»),
 * each with the site's term. A variant of the same length (кэш/кеш) keeps the reader's ending.
 */
export function glossarySpellings(): [string, string][] {
  const spellings: [string, string][] = [];
  for (const entry of RU_GLOSSARY) {
    const term = entry.ru
      .replace(/\s*\([^)]*\)/g, '')
      .trim()
      .toLowerCase();
    for (const avoid of entry.avoid) {
      if (typeof avoid !== 'string') continue;
      const variant = fold(avoid.trim());
      if (variant.length < 3 || fold(term).startsWith(variant)) continue;
      const start = term.slice(0, variant.length);
      const oneLetterApart =
        !variant.includes(' ') &&
        start.length === variant.length &&
        [...variant].filter((char, at) => char !== start[at]).length === 1;
      spellings.push([variant, oneLetterApart ? start : term]);
    }
  }
  return spellings.sort(([a], [b]) => b.length - a.length);
}

/** The table of one language, from its pages' text. */
export function buildRewrites(
  texts: readonly string[],
  identifiers: readonly string[],
  forms: Record<string, string>,
  spellings: [string, string][],
): SearchRewrites {
  const words = new Set<string>();
  for (const text of texts)
    for (const word of text.match(/[\p{L}\p{N}_]+/gu) ?? [])
      if (word.length >= 2) words.add(fold(word).slice(0, WORD_PREFIX_LENGTH));
  return { forms, spellings, words: [...words].sort(), identifiers: [...new Set(identifiers)].sort() };
}
