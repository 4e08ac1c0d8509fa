import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  headingAnswers,
  phraseHits,
  phraseWindow,
  queryWordAt,
  quotes,
  rankPages,
  rankSections,
  shownSections,
  type PageResultData,
} from '../../src/search/rank-sections.ts';

// Locations from 10 on: after the two words of the title.
const located = (...scores: number[]) =>
  scores.map((balanced_score, index) => ({ weight: 1, balanced_score, location: 10 + index }));

const page: PageResultData = {
  url: '/ref/models/instances/',
  excerpt: 'page excerpt',
  meta: { title: 'Model instances' },
  sub_results: [
    { url: '/ref/models/instances/#_top', title: 'Model instances', excerpt: 'intro', weighted_locations: located(1) },
    { url: '/ref/models/instances/#saving', title: 'Saving objects', excerpt: 'save', weighted_locations: located(2, 1) },
    {
      url: '/ref/models/instances/#refresh-from-db',
      title: 'refresh_from_db()',
      excerpt: 'refresh',
      weighted_locations: located(10, 3),
    },
    { url: '/ref/models/instances/#deleting', title: 'Deleting objects', excerpt: 'delete', weighted_locations: located(2, 1) },
  ],
};

describe('rankSections', () => {
  it('puts the best-matching section first and keeps page order among equals', () => {
    expect(rankSections(page).map((section) => anchorOf(section.url))).toEqual(['refresh-from-db', 'saving', 'deleting', '']);
  });

  it("leaves the page title out of the page top's score", () => {
    const titled: PageResultData = {
      ...page,
      sub_results: [
        {
          url: '/p/#_top',
          title: 'Model instances',
          excerpt: '',
          weighted_locations: [
            { weight: 7, balanced_score: 25_000, location: 0 },
            { weight: 1, balanced_score: 500, location: 5 },
          ],
        },
        { url: '/p/#saving', title: 'Saving', excerpt: '', weighted_locations: located(512, 512) },
      ],
    };
    expect(rankSections(titled).map((section) => section.url)).toEqual(['/p/#saving', page.url]);
  });

  it('shows the best section and at most two more with headings', () => {
    expect(shownSections(page).map((section) => anchorOf(section.url))).toEqual(['refresh-from-db', 'saving', 'deleting']);
  });

  it('puts a section whose heading matches before one that only mentions the query often', () => {
    const headed: PageResultData = {
      ...page,
      sub_results: [
        { url: '/p/#deferred', title: 'Deferred loading', excerpt: '', weighted_locations: located(512, 512, 512, 512) },
        {
          url: '/p/#refresh',
          title: 'refresh_from_db()',
          excerpt: '',
          weighted_locations: [{ weight: 10, balanced_score: 1500, location: 40 }],
        },
      ],
    };
    expect(rankSections(headed).map((section) => section.url)).toEqual(['/p/#refresh', '/p/#deferred']);
  });

  it("treats Starlight's #_top heading as the page itself", () => {
    const top = rankSections(page).at(-1);
    expect(top).toMatchObject({ url: '/ref/models/instances/', sectionTitle: undefined, pageTitle: 'Model instances' });
  });

  it('falls back to location counts, then to the page when there are no sections', () => {
    const counted: PageResultData = {
      ...page,
      sub_results: [
        { url: '/p/#a', title: 'A', excerpt: '', locations: [1] },
        { url: '/p/#b', title: 'B', excerpt: '', locations: [5, 6, 7] },
      ],
    };
    expect(rankSections(counted).map((section) => section.url)).toEqual(['/p/#b', '/p/#a']);
    expect(rankSections({ ...page, sub_results: [] })).toEqual([
      {
        url: page.url,
        pageUrl: page.url,
        pageTitle: 'Model instances',
        sectionTitle: undefined,
        excerpt: 'page excerpt',
        topWeight: 0,
        phraseHits: 0,
        quoted: 0,
        span: Infinity,
        coverage: 0,
        headingAnswers: false,
        preferred: Infinity,
        score: 0,
      },
    ]);
  });

  it('puts the section holding the query words side by side before one that only has them apart', () => {
    const spread: PageResultData = {
      ...page,
      sub_results: [
        {
          url: '/p/#hash',
          title: '__hash__()',
          excerpt: '',
          weighted_locations: [
            { weight: 10, balanced_score: 500, location: 20 },
            { weight: 1, balanced_score: 500, location: 60 },
          ],
        },
        {
          url: '/p/#field',
          title: 'FieldDoesNotExist',
          excerpt: '',
          weighted_locations: [30, 31, 32, 33].map((location) => ({ weight: 1, balanced_score: 100, location })),
        },
      ],
    };
    expect(rankSections(spread, 'has no field named').map((section) => section.url)).toEqual(['/p/#field', '/p/#hash']);
  });

  it('weighs a heading API name that starts with the query like the name itself', () => {
    const partial: PageResultData = {
      ...page,
      sub_results: [
        {
          url: '/p/#refreshing',
          title: 'Refreshing objects from the database',
          excerpt: '',
          weighted_locations: [{ weight: 6, balanced_score: 900, location: 20 }],
        },
        {
          url: '/p/#deferred',
          title: 'Deferred fields load through refresh_from_db()',
          excerpt: '',
          weighted_locations: [{ weight: 2.7, balanced_score: 900, location: 30 }],
        },
        {
          url: '/p/#refresh-from-db',
          title: 'refresh_from_db() and arefresh_from_db()',
          excerpt: '',
          weighted_locations: [{ weight: 3.3, balanced_score: 300, location: 40 }],
        },
      ],
    };
    expect(rankSections(partial, 'refresh').map((section) => section.url)).toEqual([
      '/p/#refresh-from-db',
      '/p/#deferred',
      '/p/#refreshing',
    ]);
  });
});

describe('which query word matched', () => {
  const page: PageResultData = {
    url: '/p/',
    excerpt: '',
    meta: { title: 'P' },
    content: 'P ObjectDoesNotExist is raised when an object is missing. Reload the object from the database.',
    sub_results: [
      {
        url: '/p/#base',
        title: 'Base',
        excerpt: '',
        weighted_locations: [1, 6].map((location) => ({ location, weight: 1, balanced_score: 10 })),
      },
      {
        url: '/p/#reload',
        title: 'Reload',
        excerpt: '',
        weighted_locations: [9, 11, 14].map((location) => ({ location, weight: 1, balanced_score: 1 })),
      },
    ],
  };
  it('counts a repeated word once in a stretch', () => {
    const wordOf = queryWordAt(page, ['reload', 'object', 'database']);
    expect(wordOf?.(1)).toBe(1);
    expect(wordOf?.(9)).toBe(0);
    expect(phraseHits([1, 6], 3, wordOf)).toBe(1);
    expect(rankSections(page, 'reload object database').map((section) => section.url)).toEqual(['/p/#reload', '/p/#base']);
  });
  it('ranks the sections known to explain the query first', () => {
    expect(rankSections(page, 'reload object database', ['/p/#base']).map((section) => section.url)).toEqual([
      '/p/#base',
      '/p/#reload',
    ]);
  });
  it('counts a section as quoting a query when it has most of a long one side by side', () => {
    expect(quotes(4, 5)).toBe(4);
    expect(quotes(3, 3)).toBe(0);
    expect(quotes(4, 8)).toBe(0);
  });
});

describe('phraseHits', () => {
  it('counts the matches within a stretch of about twice the query length, at most the query length', () => {
    expect(phraseHits([10, 11, 12, 13], 4)).toBe(4);
    expect(phraseHits([10, 11, 17, 18], 4)).toBe(4);
    expect(phraseHits([10, 30, 50], 3)).toBe(1);
    expect(phraseHits([10, 10, 11, 12, 13, 14], 2)).toBe(2);
    expect(phraseHits([], 2)).toBe(0);
    expect(phraseWindow([10, 12, 30, 31], 2, (location) => (location % 2 === 0 ? 0 : 1))).toEqual({ hits: 2, span: 1 });
    expect(phraseHits([7, 90], 1)).toBe(1);
  });
});

describe('rankPages', () => {
  const home: PageResultData = {
    url: '/',
    excerpt: '',
    meta: { title: 'Home' },
    sub_results: [
      {
        url: '/#what-this-site-is',
        title: 'What this site is',
        excerpt: '',
        weighted_locations: [{ weight: 6, balanced_score: 900, location: 5 }],
      },
    ],
  };
  const long: PageResultData = {
    url: '/long/',
    excerpt: '',
    meta: { title: 'Long page' },
    sub_results: [{ url: '/long/#a', title: 'A', excerpt: '', weighted_locations: located(900, 900, 900) }],
  };

  it("orders pages by their best section, keeping Pagefind's order among equals", () => {
    expect(rankPages([long, home], 'site').map((result) => result.url)).toEqual(['/', '/long/']);
    expect(rankPages([long, { ...long, url: '/other/' }], 'site').map((result) => result.url)).toEqual(['/long/', '/other/']);
  });

  it("counts a match in the page's title for the page", () => {
    const titled: PageResultData = {
      url: '/live-examples/',
      excerpt: '',
      meta: { title: 'How the live examples work' },
      sub_results: [
        {
          url: '/live-examples/#_top',
          title: 'How the live examples work',
          excerpt: '',
          weighted_locations: [2, 3, 4].map((location) => ({ weight: 7, balanced_score: 900, location })),
        },
        { url: '/live-examples/#running', title: 'Running', excerpt: '', weighted_locations: located(100) },
      ],
    };
    const headed: PageResultData = {
      url: '/',
      excerpt: '',
      meta: { title: 'Home' },
      sub_results: [
        {
          url: '/#live-examples',
          title: 'How the live examples work',
          excerpt: '',
          weighted_locations: [3, 4, 5].map((location) => ({ weight: 6, balanced_score: 900, location })),
        },
      ],
    };
    expect(rankPages([headed, titled], 'live examples work').map((result) => result.url)).toEqual(['/live-examples/', '/']);
  });
});

describe('headingAnswers', () => {
  it.each([
    ['Creating objects', 'creating objects', true],
    ['Состояния гонки, из-за которых get() промахивается', 'гонки', true],
    ['`refresh_from_db()` and `arefresh_from_db()`', 'refresh_', true],
    ['ObjectDoesNotExist', 'ObjectDoesNot', true],
    ['ObjectDoesNotExist', 'object not found', false],
    ['`objects`', 'creating objects', false],
    ['Refreshing objects from the database', 'refresh_from_db_', false],
  ] as const)('%s answers "%s": %s', (title, query, answers) => {
    expect(headingAnswers(title, query)).toBe(answers);
  });
});
