/**
 * The one list of the site's own interface strings. Each language has a value for every key in
 * src/content/i18n/<lang>.json; the content schema (src/content.config.ts), the live examples'
 * and the race lab's string tables, and the test that every language has every string are all
 * built from these lists. `{name}` in a value marks a value filled in at run time.
 */

/** Keys of the site's own pages and components, as written in the JSON files. */
export const SITE_STRING_KEYS = [
  // The site's title in the header and the <title> (astro.config.mjs reads it per language).
  'site.title',
  'site.languageSwitcher.note',
  'site.notFound.title',
  'site.notFound.lead',
  'site.notFound.home',
  // This language's edition, named in this language: the 404 pages of the other languages link to it.
  'site.notFound.thisLanguage',
  'site.notFound.searchLead',
  // The sidebar's groups and pages (src/build/sidebar.ts).
  'site.sidebar.reference',
  'site.sidebar.exceptions',
  'site.sidebar.instances',
  'site.sidebar.class',
  'site.sidebar.guides',
  'site.sidebar.doesnotexistNotCallable',
  'site.sidebar.aboutExamples',
  'site.sidebar.howExamplesWork',
  // Shown above a section whose English original changed after it was translated (src/i18n/freshness.ts).
  'site.stale.notice',
  'site.stale.link',
  // Beside each live example: its Python twin and the check against real Django.
  'example.tabs',
  'example.typescript',
  'example.python',
  'example.pythonNote',
  'example.verified',
  'example.differs',
  'example.djangoOutput',
  // The page as Markdown (src/components/PageTitle.astro, src/build/markdown-pages.ts).
  'site.markdown.copy',
  'site.markdown.view',
  'site.markdown.copied',
  'site.markdown.copyFailed',
  'site.markdown.raceLab',
  'site.markdown.summary',
  // The footer's offline status (src/components/Footer.astro, src/offline/).
  'site.offline.saving',
  'site.offline.ready',
  'site.offline.saveDataNote',
  'site.offline.saveDataKeep',
  'site.docCard.pending',
  'site.version.added',
  'site.version.changed',
  'site.exceptionTree.caption',
  // Said by the search dialog when it corrected the query: [CORRECTED] instead of [SEARCH_TERM].
  'pagefind.searched_instead',
  // Search result counts in every plural form (Intl.PluralRules categories).
  'site.search.results.one',
  'site.search.results.few',
  'site.search.results.many',
  'site.search.results.other',
] as const;

/** The live examples' interface, under `playground.<key>` in the JSON files. */
export const PLAYGROUND_STRING_KEYS = [
  'controls',
  'run',
  'edit',
  'reset',
  'share',
  'edited',
  'running',
  'recorded',
  'output',
  'ranIn',
  'noOutput',
  'sqlSummary',
  'sqlSummaryPartial',
  'sqlNone',
  'sqlUnavailable',
  'sqlLine',
  'lineQueries',
  'stoppedTimeout',
  'stoppedOutputLimit',
  'stoppedFlood',
  'stoppedCrashed',
  'stoppedRefused',
  'shareCopied',
  'shareManual',
  'sharedLoaded',
  'sharedDamaged',
  'sharedKeptEdit',
  'backToMyEdit',
  'ownEditBack',
  'storageFull',
  'resetDone',
  'editorLabel',
  'sandboxTitle',
] as const;

/** The race lab's interface, under `raceLab.<key>` in the JSON files. */
export const RACE_LAB_STRING_KEYS = [
  'label',
  'intro',
  'open',
  'recordedFailing',
  'summaryFails',
  'summaryNone',
  'summarySample',
  'summarySampleHuge',
  'summaryFirst',
  'cutTime',
  'cutSize',
  'tooBig',
  'start',
  'scenario',
  'variant',
  'editorLabel',
  'runAll',
  'resetCode',
  'running',
  'failures',
  'moreFailures',
  'interleaving',
  'optionOk',
  'optionFails',
  'stepControls',
  'reset',
  'back',
  'forward',
  'play',
  'pause',
  'position',
  'chooseNext',
  'next',
  'timeline',
  'earlierSteps',
  'sqlLine',
  'lineQueries',
  'state',
  'rows',
  'cache',
  'locks',
  'waits',
  'none',
  'empty',
  'stepOk',
  'stepError',
  'stepWaiting',
  'endOk',
  'endRaised',
  'endRaisedMany',
  'namesAnd',
  'endCheck',
  'stopped',
  'timeout',
  'crashed',
  'error',
  'errorLine',
  'sandboxTitle',
] as const;

export type InterfaceStringKey =
  | (typeof SITE_STRING_KEYS)[number]
  | `playground.${(typeof PLAYGROUND_STRING_KEYS)[number]}`
  | `raceLab.${(typeof RACE_LAB_STRING_KEYS)[number]}`;

/** Every key, as written in src/content/i18n/<lang>.json. */
export const INTERFACE_STRING_KEYS: readonly InterfaceStringKey[] = [
  ...SITE_STRING_KEYS,
  ...PLAYGROUND_STRING_KEYS.map((key) => `playground.${key}` as const),
  ...RACE_LAB_STRING_KEYS.map((key) => `raceLab.${key}` as const),
];
