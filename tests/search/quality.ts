/**
 * Scoring for the search-quality suite: where the expected section lands among the sections
 * the dialog shows (each page's sections best first, pages in Pagefind's order).
 */
import { rankPages, shownSections as sectionsOfPage, type PageResultData } from '../../src/search/rank-sections.ts';
import type { QualityQuery } from './quality-queries.ts';

/** The URLs of the sections the reader sees, in order, for `query` (what Pagefind was asked). */
export function shownSections(results: readonly PageResultData[], query: string): string[] {
  return rankPages(results, query).flatMap((result) => sectionsOfPage(result, query).map((section) => section.url));
}

/** 1-based position of the expected section (or of any section of an expected page), or 0. */
export function positionOf(expected: string, shown: readonly string[]): number {
  const matches = expected.includes('#')
    ? (url: string) => url === expected
    : (url: string) => url.replace(/#.*$/, '') === expected;
  return shown.findIndex(matches) + 1;
}

export function meetsRank(query: QualityQuery, position: number): boolean {
  return position >= 1 && position <= (query.rank === 'first' ? 1 : 3);
}

export interface Precision {
  queries: number;
  atOne: number;
  atThree: number;
}

export function precision(positions: readonly number[]): Precision {
  const share = (limit: number) =>
    positions.length === 0 ? 0 : positions.filter((p) => p >= 1 && p <= limit).length / positions.length;
  return { queries: positions.length, atOne: share(1), atThree: share(3) };
}
