/**
 * Orders a page result's sections by how well they match, best first.
 *
 * Pagefind lists a page's sub-results in document order, and Component UI keeps that order,
 * so the section that answers a query can sit below the page's introduction. Each location
 * Pagefind matched carries the weight of its element (heading level, `data-pagefind-weight`)
 * and a `balanced_score`. For a query of several words, a section where they stand together (an
 * error message, a heading's wording) comes first; then sections are ordered by their heaviest
 * match, then by the sum. Pages are ordered by their best section the same way, Pagefind's order
 * breaking ties. The dialog and the search-quality suite both rank with this module, so the
 * suite measures what readers see.
 */

/** The parts of Pagefind's result data this module reads (structurally compatible with it). */
export interface WeightedLocationData {
  /** The weight of the element the word is in: headings and API names weigh more. */
  weight: number;
  balanced_score: number;
  /** Word position in the page's content; the title's words come first. */
  location: number;
}

export interface SubResultData {
  url: string;
  title: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: WeightedLocationData[];
}

export interface PageResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResultData[];
}

export interface RankedSection {
  /** Page URL plus `#anchor`, or the bare page URL for text before the first heading. */
  url: string;
  pageUrl: string;
  pageTitle: string;
  /** The heading's text, or undefined for text before the first heading. */
  sectionTitle: string | undefined;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matched words. */
  excerpt: string;
  /** The heaviest element matched: a section whose heading matches is about the query. */
  topWeight: number;
  /**
   * How many of the query's words the section matches side by side (see phraseHits()): a pasted
   * error message lands on the section that quotes it, not on one that shares a word with it.
   */
  phraseHits: number;
  /** The heading contains every query word (see headingAnswers()): the section is about the query. */
  headingAnswers: boolean;
  score: number;
}

/** Starlight gives the page's <h1> the id `_top`: that is the page, not a section. */
const PAGE_TOP_ANCHOR = '#_top';

/** Sections shown per page: the best one as the main link, then this many more. */
export const MAX_EXTRA_SECTIONS = 2;

/**
 * The most matched locations within one stretch of `wordCount + min(wordCount, 4) + 1` words,
 * at most `wordCount`: a short query's words may be spread over about twice their number
 * ("копия ORM в памяти браузера" finds "копии ORM Django, которая целиком живёт в памяти
 * браузера"); a pasted message keeps nearly its own length.
 * Locations are Pagefind's word positions; which query word matched where is not known, so a
 * repeated word counts too, which the short stretch keeps rare.
 */
export function phraseHits(locations: readonly number[], wordCount: number): number {
  if (locations.length === 0) return 0;
  if (wordCount <= 1) return 1;
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let best = 1;
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) > wordCount + Math.min(wordCount, 4)) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return Math.min(best, wordCount);
}

/**
 * A section's top weight, phrase hits and score. Words of the page title (the <h1>, the first words of the
 * content) are left out: the title describes the whole page, and its heading weight would
 * otherwise make the page top outrank the section that answers ("SQL Django would have sent").
 */
function sectionScore(sub: SubResultData, titleWords: number, queryWordCount: number): { topWeight: number; phraseHits: number; score: number } {
  if (sub.weighted_locations?.length) {
    const inSection = sub.weighted_locations.filter(({ location }) => location >= titleWords);
    return {
      topWeight: Math.max(0, ...inSection.map(({ weight }) => weight)),
      phraseHits: phraseHits(inSection.map(({ location }) => location), queryWordCount),
      score: inSection.reduce((sum, { balanced_score }) => sum + balanced_score, 0),
    };
  }
  const locations = sub.locations?.filter((location) => location >= titleWords) ?? [];
  return { topWeight: locations.length > 0 ? 1 : 0, phraseHits: phraseHits(locations, queryWordCount), score: locations.length };
}

type Match = Pick<RankedSection, 'phraseHits' | 'topWeight' | 'headingAnswers'>;

/** Best first: a heading with every query word, more query words side by side, then a heavier match (a heading, an API name). */
function compareMatches(a: Match, b: Match): number {
  return Number(b.headingAnswers) - Number(a.headingAnswers) || b.phraseHits - a.phraseHits || b.topWeight - a.topWeight;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * A query word found in a heading word: the same word in another form ("objects" in "Creating
 * objects", «гонки» in «Состояния гонки»), or the start of an API name the heading spells
 * ("refresh" in `refresh_from_db()`, "ObjectDoesNot"). A plain word that only starts a longer
 * name does not count as a word of a prose heading: "object" is not what ObjectDoesNotExist is about
 * unless the name is all the reader typed.
 */
function wordInHeading(queryWord: string, headingWord: string, headingIsName: boolean): boolean {
  if (headingWord === queryWord) return true;
  if (headingIsName && headingWord.startsWith(queryWord) && (queryWord.length >= 6 || /_/.test(headingWord))) return true;
  const stem = queryWord.slice(0, Math.max(3, queryWord.length - 2));
  return headingWord.startsWith(stem) && headingWord.length <= queryWord.length + 4 && !/_/.test(headingWord);
}

/** Every word of the (normalised) query is in the heading `title`. */
export function headingAnswers(title: string | undefined, query: string): boolean {
  if (!title) return false;
  const queryWords = fold(query).match(WORD) ?? [];
  if (queryWords.length === 0) return false;
  const headingWords = Array.from(title.matchAll(WORD), (match) => ({ word: fold(match[0]), isName: /_|[a-z][A-Z]/.test(match[0]) }));
  return queryWords.every((queryWord) => headingWords.some(({ word, isName }) => wordInHeading(queryWord.replace(/_+$/, ''), word, isName)));
}

/** The number of words in a normalised query, which phrase matching needs. */
export function queryWordCount(query: string): number {
  return query.split(/\s+/).filter(Boolean).length;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * An API name in a heading that starts with what the reader typed ("refresh" in
 * "`refresh_from_db()` and `arefresh_from_db()`") weighs like the name itself, as
 * src/build/search-weights.ts weighs it: the most when the heading is only API names, less when
 * the name is part of a sentence. Pagefind gives the parts of a snake_case name only a share of
 * its weight, so the prose heading "Refreshing objects from the database" would otherwise win.
 */
export const NAME_HEADING_WEIGHT = 10;
export const NAME_IN_HEADING_WEIGHT = 8;

const SNAKE_CASE_NAME = /[\w.]*[A-Za-z0-9]_[\w.]*(?:\([^()]*\))?|_[\w.]+(?:\([^()]*\))?/g;
/** What may join API names in a heading that is only about them (as in search-weights.ts). */
const NAME_CONNECTORS = /^(?:\s|,|\/|&|\band\b|\bor\b|(?<![\p{L}])(?:и|или)(?![\p{L}]))*$/u;

function headingNameWeight(title: string, query: string): number {
  const typed = query.trim().toLowerCase().replace(/_+$/, '');
  if (typed.length < 3 || /\s/.test(typed)) return 0;
  const names = title.match(SNAKE_CASE_NAME) ?? [];
  const starts = names.some((name) => {
    const lower = name.toLowerCase();
    return lower.startsWith(typed) || lower.replace(/^\w+\./, '').startsWith(typed);
  });
  if (!starts) return 0;
  return NAME_CONNECTORS.test(title.replace(SNAKE_CASE_NAME, '')) ? NAME_HEADING_WEIGHT : NAME_IN_HEADING_WEIGHT;
}

/** A page's sections, best first, for `query` (what Pagefind was asked). */
export function rankSections(result: PageResultData, query = ''): RankedSection[] {
  const queryWords = queryWordCount(query);
  const pageTitle = result.meta['title'] ?? result.url;
  const titleWords = wordCount(result.meta['title'] ?? '');
  const subs = result.sub_results ?? [];
  if (subs.length === 0) {
    return [{ url: result.url, pageUrl: result.url, pageTitle, sectionTitle: undefined, excerpt: result.excerpt, topWeight: 0, phraseHits: 0, headingAnswers: false, score: 0 }];
  }
  const sections = subs.map((sub, order) => {
    const isPageItself = sub.url === result.url || sub.url.endsWith(PAGE_TOP_ANCHOR);
    const score = sectionScore(sub, titleWords, queryWords);
    if (!isPageItself && score.topWeight > 0) score.topWeight = Math.max(score.topWeight, headingNameWeight(sub.title, query));
    return {
      order,
      section: {
        url: isPageItself ? result.url : sub.url,
        pageUrl: result.url,
        pageTitle,
        sectionTitle: isPageItself ? undefined : sub.title,
        excerpt: sub.excerpt,
        ...score,
        headingAnswers: !isPageItself && score.topWeight > 0 && headingAnswers(sub.title, query),
      },
    };
  });
  // The query's words together, then a matching heading (or API name), then the most matches;
  // ties keep the page's order.
  sections.sort((a, b) => compareMatches(a.section, b.section) || b.section.score - a.section.score || a.order - b.order);
  return sections.map(({ section }) => section);
}

/** The anchor of a section URL (`/ref/exceptions/#doesnotexist` -> `doesnotexist`), or ''. */
export function anchorOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? '' : url.slice(hash + 1);
}

/**
 * What the dialog shows for a page: its best section, then up to MAX_EXTRA_SECTIONS more that
 * have headings. The search-quality suite scores exactly this list.
 */
export function shownSections(result: PageResultData, query = ''): RankedSection[] {
  const [best, ...others] = rankSections(result, query);
  if (!best) return [];
  return [best, ...others.filter((section) => section.sectionTitle !== undefined).slice(0, MAX_EXTRA_SECTIONS)];
}

/**
 * Pages in the order the dialog shows them: by their best section (query words side by side,
 * then the heaviest match), Pagefind's order among equals. Pagefind scores a page as a whole,
 * so a long page that mentions every word somewhere can outrank the page whose heading is the
 * answer ("what this site is").
 */
export function rankPages<Page extends PageResultData>(pages: readonly Page[], query = ''): Page[] {
  const queryWords = queryWordCount(query);
  return pages
    .map((page, order) => {
      const [best] = rankSections(page, query);
      const title = titleMatch(page, queryWords, query);
      return { page, order, best: best && title && compareMatches(title, best) < 0 ? title : (best ?? title) };
    })
    .sort((a, b) => {
      if (!a.best || !b.best) return a.best ? -1 : b.best ? 1 : a.order - b.order;
      return compareMatches(a.best, b.best) || a.order - b.order;
    })
    .map(({ page }) => page);
}

/**
 * How well the page's title (the first words of its content) matches: left out of the
 * sections' scores, but the best sign that the page as a whole is the answer ("how the live
 * examples work" is the title of the page about them, and a heading on the home page).
 */
function titleMatch(page: PageResultData, queryWords: number, query: string): Match | undefined {
  const titleWords = wordCount(page.meta['title'] ?? '');
  const inTitle = (page.sub_results ?? []).flatMap((sub) => (sub.weighted_locations ?? []).filter(({ location }) => location < titleWords));
  if (inTitle.length === 0) return undefined;
  return {
    topWeight: Math.max(...inTitle.map(({ weight }) => weight)),
    phraseHits: phraseHits(inTitle.map(({ location }) => location), queryWords),
    headingAnswers: headingAnswers(page.meta['title'], query),
  };
}
