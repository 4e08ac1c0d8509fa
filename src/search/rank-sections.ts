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
  /**
   * The page's text as Pagefind indexed it: its whitespace-separated words are what the
   * locations count, so it tells which query word matched where.
   */
  content?: string;
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
  /** phraseHits when the section quotes most of a long query (see quotes()), else 0. */
  quoted: number;
  /** The shortest stretch of the page holding phraseHits query words (see phraseWindow()). */
  span: number;
  /**
   * The sum over the query's distinct words of the heaviest element each matched in the section:
   * a section whose heading (or hidden synonyms) holds two of the reader's words outranks one that
   * has three of them in passing.
   */
  coverage: number;
  /**
   * The section's place among those known to explain the query (a pasted message's, see
   * src/search/messages.ts), 0 the best; Infinity for any other.
   */
  preferred: number;
  score: number;
}

/** Starlight gives the page's <h1> the id `_top`: that is the page, not a section. */
const PAGE_TOP_ANCHOR = '#_top';

/** Sections shown per page: the best one as the main link, then this many more. */
export const MAX_EXTRA_SECTIONS = 2;

/**
 * The most query words matched within one stretch of `wordCount + min(wordCount, 4) + 1` words,
 * at most `wordCount`: a short query's words may be spread over about twice their number
 * ("копия ORM в памяти браузера" finds "копии ORM Django, которая целиком живёт в памяти
 * браузера"); a pasted message keeps nearly its own length.
 * Locations are Pagefind's word positions. `wordOf` says which query word matched at a location
 * (see queryWordAt()): a word repeated ("object" in every ObjectDoesNotExist of a section) counts
 * once. Without it every location counts, which the short stretch keeps rare.
 */
export function phraseHits(
  locations: readonly number[],
  wordCount: number,
  wordOf: (location: number) => number = (location) => location,
): number {
  return phraseWindow(locations, wordCount, wordOf).hits;
}

/**
 * phraseHits() and the shortest stretch that holds that many query words: "удалить объект" side
 * by side says more than "удалить, защищённый объект".
 */
export function phraseWindow(
  locations: readonly number[],
  wordCount: number,
  wordOf: (location: number) => number = (location) => location,
): { hits: number; span: number } {
  if (locations.length === 0) return { hits: 0, span: Infinity };
  if (wordCount <= 1) return { hits: 1, span: 0 };
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let best = 1;
  let span = 0;
  let start = 0;
  const inWindow = new Map<number, number>();
  const leave = () => {
    const leaving = wordOf(sorted[start] ?? 0);
    const left = (inWindow.get(leaving) ?? 1) - 1;
    if (left === 0) inWindow.delete(leaving);
    else inWindow.set(leaving, left);
    start += 1;
  };
  for (let end = 0; end < sorted.length; end += 1) {
    const word = wordOf(sorted[end] ?? 0);
    inWindow.set(word, (inWindow.get(word) ?? 0) + 1);
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) > wordCount + Math.min(wordCount, 4)) leave();
    // A repeated word at the start adds nothing: the stretch starts at its last occurrence.
    while (start < end && (inWindow.get(wordOf(sorted[start] ?? 0)) ?? 0) > 1) leave();
    const width = (sorted[end] ?? 0) - (sorted[start] ?? 0);
    if (inWindow.size > best || (inWindow.size === best && width < span)) {
      best = inWindow.size;
      span = width;
    }
  }
  return { hits: Math.min(best, wordCount), span };
}

const contentWords = new WeakMap<PageResultData, string[]>();

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Which of `queryWords` (folded) Pagefind matched at each location of the page: the one that
 * shares the longest start with the word there or with one of its parts ("objects" in
 * "Author.objects.create({"). Pagefind matches stems as prefixes, so the matched word starts
 * like the query word. Undefined when the result carries no content.
 */
export function queryWordAt(page: PageResultData, queryWords: readonly string[]): ((location: number) => number) | undefined {
  if (page.content === undefined || queryWords.length < 2) return undefined;
  let words = contentWords.get(page);
  if (!words) {
    words = page.content.split(/\s+/);
    contentWords.set(page, words);
  }
  const known = words;
  return (location) => {
    const token = fold(known[location] ?? '');
    const parts = [token.replace(/[^\p{L}\p{N}_]+/gu, ''), ...(token.match(WORD) ?? [])];
    let best = 0;
    let bestShare = -1;
    queryWords.forEach((queryWord, index) => {
      const share = Math.max(...parts.map((part) => commonPrefix(part, queryWord))) / queryWord.length;
      if (share > bestShare) {
        best = index;
        bestShare = share;
      }
    });
    return best;
  };
}

function phraseOf(
  locations: readonly number[],
  wordCount: number,
  wordOf?: (location: number) => number,
): { phraseHits: number; span: number } {
  const { hits, span } = phraseWindow(locations, wordCount, wordOf);
  return { phraseHits: hits, span };
}

/**
 * A section's top weight, phrase hits and score. Words of the page title (the <h1>, the first words of the
 * content) are left out: the title describes the whole page, and its heading weight would
 * otherwise make the page top outrank the section that answers ("SQL Django would have sent").
 */
function sectionScore(
  sub: SubResultData,
  titleWords: number,
  queryWordCount: number,
  wordOf?: (location: number) => number,
): { topWeight: number; phraseHits: number; span: number; coverage: number; score: number } {
  if (sub.weighted_locations?.length) {
    const inSection = sub.weighted_locations.filter(({ location }) => location >= titleWords);
    const heaviest = new Map<number, number>();
    for (const { location, weight } of inSection) {
      const word = wordOf ? wordOf(location) : 0;
      heaviest.set(word, Math.max(heaviest.get(word) ?? 0, weight));
    }
    return {
      coverage: [...heaviest.values()].reduce((sum, weight) => sum + weight, 0),
      topWeight: Math.max(0, ...inSection.map(({ weight }) => weight)),
      ...phraseOf(
        inSection.map(({ location }) => location),
        queryWordCount,
        wordOf,
      ),
      score: inSection.reduce((sum, { balanced_score }) => sum + balanced_score, 0),
    };
  }
  const locations = sub.locations?.filter((location) => location >= titleWords) ?? [];
  return {
    topWeight: locations.length > 0 ? 1 : 0,
    ...phraseOf(locations, queryWordCount, wordOf),
    coverage: new Set(locations.map((location) => (wordOf ? wordOf(location) : 0))).size,
    score: locations.length,
  };
}

type Match = Pick<RankedSection, 'phraseHits' | 'topWeight' | 'headingAnswers'> & {
  preferred?: number;
  coverage?: number;
  quoted?: number;
  span?: number;
};

/**
 * Best first: a section known to explain the query (a pasted message), a heading with every
 * query word, more query words side by side, then a heavier match (a heading, an API name).
 */
function compareMatches(a: Match, b: Match): number {
  const preferred = (a.preferred ?? Infinity) - (b.preferred ?? Infinity);
  return (
    (Number.isNaN(preferred) ? 0 : preferred) ||
    Number(b.headingAnswers) - Number(a.headingAnswers) ||
    (b.quoted ?? 0) - (a.quoted ?? 0) ||
    (b.coverage ?? 0) - (a.coverage ?? 0) ||
    b.phraseHits - a.phraseHits ||
    b.topWeight - a.topWeight ||
    spanOrder(a, b)
  );
}

/** The tighter stretch of query words first; equal when either is unknown. */
function spanOrder(a: Match, b: Match): number {
  const order = (a.span ?? Infinity) - (b.span ?? Infinity);
  return Number.isNaN(order) ? 0 : order;
}

/** Pagefind's score of a page's best section (a title match has none of its own). */
function sectionScoreOf(match: Match): number {
  return 'score' in match && typeof match.score === 'number' ? match.score : 0;
}

/** A section URL's place in `prefer` (site paths with anchors), Infinity when absent. */
function preferredAt(url: string, prefer: readonly string[]): number {
  const at = prefer.indexOf(url);
  return at === -1 ? Infinity : at;
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
  const headingWords = Array.from(title.matchAll(WORD), (match) => ({
    word: fold(match[0]),
    isName: /_|[a-z][A-Z]/.test(match[0]),
  }));
  return queryWords.every((queryWord) =>
    headingWords.some(({ word, isName }) => wordInHeading(queryWord.replace(/_+$/, ''), word, isName)),
  );
}

/**
 * A section that has at least four of the query's words, three quarters of them, side by side
 * quotes it: a message or a sentence of the pages, which outranks any scatter of the same words.
 */
export function quotes(hits: number, queryWords: number): number {
  return hits >= 4 && hits >= 0.75 * queryWords ? hits : 0;
}

/** The query's distinct words, folded, as queryWordAt() compares them. */
function distinctQueryWords(query: string): string[] {
  return [...new Set(fold(query).match(WORD) ?? [])];
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

/**
 * A page's sections, best first, for `query` (what Pagefind was asked); `prefer` lists the
 * sections known to explain it, best first.
 */
export function rankSections(result: PageResultData, query = '', prefer: readonly string[] = []): RankedSection[] {
  const queryWords = queryWordCount(query);
  const pageTitle = result.meta['title'] ?? result.url;
  const titleWords = wordCount(result.meta['title'] ?? '');
  const subs = result.sub_results ?? [];
  if (subs.length === 0) {
    return [
      {
        url: result.url,
        pageUrl: result.url,
        pageTitle,
        sectionTitle: undefined,
        excerpt: result.excerpt,
        topWeight: 0,
        phraseHits: 0,
        quoted: 0,
        span: Infinity,
        coverage: 0,
        headingAnswers: false,
        preferred: Infinity,
        score: 0,
      },
    ];
  }
  const wordOf = queryWordAt(result, distinctQueryWords(query));
  const sections = subs.map((sub, order) => {
    const isPageItself = sub.url === result.url || sub.url.endsWith(PAGE_TOP_ANCHOR);
    const score = sectionScore(sub, titleWords, queryWords, wordOf);
    if (!isPageItself && score.topWeight > 0) score.topWeight = Math.max(score.topWeight, headingNameWeight(sub.title, query));
    if (queryWords <= 1) score.coverage = score.topWeight;
    const quoted = quotes(score.phraseHits, queryWords);
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
        preferred: isPageItself ? Infinity : preferredAt(sub.url, prefer),
        quoted,
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
export function shownSections(result: PageResultData, query = '', prefer: readonly string[] = []): RankedSection[] {
  const [best, ...others] = rankSections(result, query, prefer);
  if (!best) return [];
  return [best, ...others.filter((section) => section.sectionTitle !== undefined).slice(0, MAX_EXTRA_SECTIONS)];
}

/**
 * Pages in the order the dialog shows them: by their best section (query words side by side,
 * then the heaviest match), Pagefind's order among equals. Pagefind scores a page as a whole,
 * so a long page that mentions every word somewhere can outrank the page whose heading is the
 * answer ("what this site is").
 */
export function rankPages<Page extends PageResultData>(
  pages: readonly Page[],
  query = '',
  prefer: readonly string[] = [],
): Page[] {
  const queryWords = queryWordCount(query);
  return pages
    .map((page, order) => {
      const [best] = rankSections(page, query, prefer);
      const title = titleMatch(page, queryWords, query);
      return { page, order, best: best && title && compareMatches(title, best) < 0 ? title : (best ?? title) };
    })
    .sort((a, b) => {
      if (!a.best || !b.best) return a.best ? -1 : b.best ? 1 : a.order - b.order;
      return compareMatches(a.best, b.best) || sectionScoreOf(b.best) - sectionScoreOf(a.best) || a.order - b.order;
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
  const inTitle = (page.sub_results ?? []).flatMap((sub) =>
    (sub.weighted_locations ?? []).filter(({ location }) => location < titleWords),
  );
  if (inTitle.length === 0) return undefined;
  const wordOf = queryWordAt(page, distinctQueryWords(query));
  const heaviest = new Map<number, number>();
  for (const { location, weight } of inTitle)
    heaviest.set(wordOf ? wordOf(location) : 0, Math.max(heaviest.get(wordOf ? wordOf(location) : 0) ?? 0, weight));
  return {
    coverage: [...heaviest.values()].reduce((sum, weight) => sum + weight, 0),
    topWeight: Math.max(...inTitle.map(({ weight }) => weight)),
    phraseHits: phraseHits(
      inTitle.map(({ location }) => location),
      queryWords,
      wordOf,
    ),
    quoted: quotes(
      phraseHits(
        inTitle.map(({ location }) => location),
        queryWords,
        wordOf,
      ),
      queryWords,
    ),
    headingAnswers: headingAnswers(page.meta['title'], query),
  };
}
