/**
 * The playground's interface strings. Their text lives in src/content/i18n/<lang>.json under
 * `playground.<key>`; Example.astro hands the reader's language to the page. `{name}` marks
 * a value filled in at run time.
 */
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

export type PlaygroundStringKey = (typeof PLAYGROUND_STRING_KEYS)[number];
export type PlaygroundStrings = Record<PlaygroundStringKey, string>;
