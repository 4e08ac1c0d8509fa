/**
 * Pagefind's Component UI, configured for this site: loaded only by the search dialog and the
 * 404 page's search, never up front.
 */
import '@pagefind/component-ui';
// Linked by URL rather than imported: a CSS import would make Vite add its preload helper
// (about 1 KB) to the trigger script that every page loads.
import componentUiCssUrl from '@pagefind/component-ui/css?url';
import siteSearchCssUrl from './search.css?url';
import { configureInstance, type Instance, type PagefindResults } from '@pagefind/component-ui';
import { normaliseQuery } from './query.ts';
import { planQuery, type QueryAttempt, type SearchRewrites } from './rewrite.ts';
import { SEARCH_RANKING } from './ranking.ts';
import { rankPages, type PageResultData } from './rank-sections.ts';
import { renderPageResult } from './result-view.ts';
import { createTranslate, parseSearchStrings, type SearchStrings } from './translations.ts';

/** Adds the search styles to the page; resolves once they apply, so nothing shows unstyled. */
export async function loadSearchStyles(): Promise<void> {
  const loads = [componentUiCssUrl, siteSearchCssUrl].map((href) => {
    const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
    if (existing) return Promise.resolve();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const loaded = new Promise<void>((resolve) => {
      // An error still resolves: unstyled search beats no search.
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
    });
    document.head.append(link);
    return loaded;
  });
  await Promise.all(loads);
}

/** The strings Search.astro serialised into the page header, present on every page. */
export function searchStringsOfPage(): SearchStrings {
  const json = document.querySelector<HTMLElement>('site-search')?.dataset['searchStrings'];
  const lang = document.documentElement.lang || 'en';
  return parseSearchStrings(json) ?? { lang, ui: {}, resultCount: { other: '[COUNT] results for [SEARCH_TERM]' } };
}

/** At most this many pages are re-ranked; the site has fewer per language. */
const PAGES_TO_RANK = 20;

/** The part of Pagefind's API that the dialog re-ranks (Component UI keeps it private). */
interface PagefindSearchApi {
  search(term: string | null, options?: object): Promise<{ results: { id: string; data(): Promise<PageResultData> }[] }>;
}

/** What the dialog searched for last: the reader's words and the query Pagefind was asked. */
export interface SearchedFor {
  typed: string;
  attempt: QueryAttempt;
  /** The attempt's query as normalised for Pagefind, which section ranking needs. */
  asked: string;
}

/** Per instance: the rewrite table's download, and what the last search asked. */
interface SiteSearchState {
  rewrites: Promise<SearchRewrites | undefined>;
  last?: SearchedFor;
}
const states = new WeakMap<Instance, SiteSearchState>();

/** The build writes one table per language (src/build/search-rewrites.ts); search works without it. */
function loadRewrites(lang: string): Promise<SearchRewrites | undefined> {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return fetch(`${base}/search/rewrites.${encodeURIComponent(lang)}.json`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchRewrites>) : undefined))
    .catch(() => undefined);
}

/**
 * Tries the reader's query as rewrite.ts plans it (the rewritten query, then fallbacks such as a
 * pasted error's exception name) until one finds something, then puts the pages in the order of
 * their best section (rank-sections.ts rankPages), the order the search-quality suite measures.
 * Each page's data is fetched once here and handed on, so Component UI does not fetch it again.
 */
function rankPagesOf(pagefind: PagefindSearchApi, state: SiteSearchState): void {
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (term, options) => {
    const typed = term ?? '';
    // A blank query goes to Pagefind as typed (it finds nothing): normalised to null, it would be
    // Pagefind's "every page" search.
    if (typed.trim() === '') {
      state.last = { typed, attempt: { query: typed }, asked: '' };
      return search(term, options);
    }
    const attempts = planQuery(typed, await state.rewrites);
    let chosen: SearchedFor = {
      typed,
      attempt: attempts[0] ?? { query: typed },
      asked: normaliseQuery(attempts[0]?.query ?? typed),
    };
    let found = await search(chosen.asked || null, options);
    for (const attempt of attempts.slice(1)) {
      if (found.results.length > 0) break;
      const asked = normaliseQuery(attempt.query);
      const retried = await search(asked || null, options);
      if (retried.results.length > 0) {
        chosen = { typed, attempt, asked };
        found = retried;
      }
    }
    state.last = chosen;
    const head = found.results.slice(0, PAGES_TO_RANK);
    const withData = await Promise.all(head.map(async (result) => ({ ...result, data: await result.data() })));
    const ranked = rankPages(
      withData.map((result) => result.data),
      chosen.asked,
      chosen.attempt.prefer,
    );
    const byData = new Map(withData.map((result) => [result.data, result]));
    const reordered = ranked.flatMap((data) => {
      const result = byData.get(data);
      return result ? [{ ...result, data: () => Promise.resolve(data) }] : [];
    });
    return { ...found, results: [...reordered, ...found.results.slice(PAGES_TO_RANK)], siteSearchedFor: chosen };
  };
}

/** What the instance's last search asked, once it has run. */
export function searchedFor(instance: Instance): SearchedFor | undefined {
  return states.get(instance)?.last;
}

export function setUpSearchInstance(name: string, strings: SearchStrings): Instance {
  const base = import.meta.env.BASE_URL;
  const instance = configureInstance(name, {
    bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
    baseUrl: base,
    ranking: SEARCH_RANKING,
  });
  // Set before any component renders: the first one to connect would otherwise render with
  // no language and keep Component UI's English fallback strings.
  instance.setLanguage(strings.lang);
  const uiTranslate = instance.translate.bind(instance);
  instance.translate = createTranslate(strings, (key) => uiTranslate(key));
  const state: SiteSearchState = states.get(instance) ?? { rewrites: loadRewrites(strings.lang) };
  states.set(instance, state);
  const load = instance.__load__.bind(instance);
  instance.__load__ = async () => {
    await load();
    const loaded = instance as unknown as { __pagefind__?: PagefindSearchApi & { siteRanked?: true } };
    if (loaded.__pagefind__ && !loaded.__pagefind__.siteRanked) {
      rankPagesOf(loaded.__pagefind__, state);
      loaded.__pagefind__.siteRanked = true;
    }
  };
  return instance;
}

/** A Component UI element bound to the named instance. */
export function searchElement<K extends keyof HTMLElementTagNameMap>(tag: K, instanceName: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.setAttribute('instance', instanceName);
  return node;
}

/** Results open on the best-matching section of each page (see result-view.ts). */
export function showSectionsFirst(results: PagefindResults, instance: Instance): PagefindResults {
  results.resultTemplate = (result) => {
    const last = searchedFor(instance);
    return renderPageResult(result, last?.asked ?? normaliseQuery(instance.searchTerm ?? ''), last?.attempt.prefer);
  };
  return results;
}

declare global {
  interface HTMLElementTagNameMap {
    'pagefind-modal': import('@pagefind/component-ui').PagefindModal;
    'pagefind-modal-header': import('@pagefind/component-ui').PagefindModalHeader;
    'pagefind-modal-body': import('@pagefind/component-ui').PagefindModalBody;
    'pagefind-modal-footer': import('@pagefind/component-ui').PagefindModalFooter;
    'pagefind-input': import('@pagefind/component-ui').PagefindInput;
    'pagefind-summary': import('@pagefind/component-ui').PagefindSummary;
    'pagefind-results': import('@pagefind/component-ui').PagefindResults;
    'pagefind-keyboard-hints': import('@pagefind/component-ui').PagefindKeyboardHints;
  }
}
