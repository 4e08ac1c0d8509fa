/**
 * Pagefind's own search API, run in the page (so it picks the index of the page's language),
 * for the quality suite, the bench and the tests.
 */
import type { Page } from 'playwright-core';
import type { PageResultData } from '../../src/search/rank-sections.ts';

export interface TimedResults {
  query: string;
  results: PageResultData[];
  /** Milliseconds from calling search() to having every result's data. */
  milliseconds: number;
}

/**
 * Searches for each query in turn with the index of the page's language. Sent as source text:
 * a function would be rewritten by the test runner's transform (its `import()` included).
 */
export function searchInPage(
  page: Page,
  queries: readonly string[],
  resultsPerQuery = 10,
  options: Record<string, unknown> = {},
): Promise<TimedResults[]> {
  const source = `(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options(${JSON.stringify(options)});
    await pagefind.init();
    const answers = [];
    for (const query of ${JSON.stringify(queries)}) {
      const started = performance.now();
      const found = await pagefind.search(query);
      const results = await Promise.all(found.results.slice(0, ${Number(resultsPerQuery)}).map((result) => result.data()));
      answers.push({ query, results, milliseconds: performance.now() - started });
    }
    return answers;
  })()`;
  return page.evaluate(source) as Promise<TimedResults[]>;
}
