/**
 * The race lab's interface strings. Their text lives in src/content/i18n/<lang>.json under
 * `raceLab.<key>`; RaceLab.astro hands the page's language to the client. `{name}` marks a
 * value filled in at run time (fill() of src/i18n/fill.ts).
 */
import { RACE_LAB_STRING_KEYS } from '../i18n/interface-keys';

// The keys are listed once, with every other interface string, in src/i18n/interface-keys.ts.
export { RACE_LAB_STRING_KEYS };

export type RaceLabStringKey = (typeof RACE_LAB_STRING_KEYS)[number];
export type RaceLabStrings = Record<RaceLabStringKey, string>;
