/**
 * The playground's interface strings. Their text lives in src/content/i18n/<lang>.json under
 * `playground.<key>`; Example.astro hands the reader's language to the page. `{name}` marks
 * a value filled in at run time.
 */
import { PLAYGROUND_STRING_KEYS } from '../i18n/interface-keys';

// The keys are listed once, with every other interface string, in src/i18n/interface-keys.ts.
export { PLAYGROUND_STRING_KEYS };

export type PlaygroundStringKey = (typeof PLAYGROUND_STRING_KEYS)[number];
export type PlaygroundStrings = Record<PlaygroundStringKey, string>;
