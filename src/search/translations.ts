/**
 * The search interface's strings in the reader's language, with real plural forms.
 *
 * Pagefind's Component UI knows only "one result" and "many results"; Russian needs four
 * forms (1 результат, 2 результата, 5 результатов, 1,5 результата), chosen by Intl.PluralRules.
 * Terms are inserted with split/join, not String.replace, so a query such as "$&" or "$1"
 * is shown as typed instead of being read as a replacement pattern.
 */

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What Search.astro hands to the browser: Component UI keys plus the result-count forms. */
export interface SearchStrings {
  lang: string;
  /** Component UI translation keys (`zero_results`, `placeholder`, ...) overriding its own. */
  ui: Record<string, string>;
  /** "[COUNT] results for [SEARCH_TERM]" in every plural form of the language. */
  resultCount: PluralForms;
}

/** The longest part of a query echoed back in a message; the rest is elided. */
export const MAX_ECHOED_TERM_LENGTH = 60;

const COUNT_KEYS = new Set(['one_result', 'many_results']);

export function shortenTerm(term: string): string {
  const characters = Array.from(term.trim());
  return characters.length <= MAX_ECHOED_TERM_LENGTH
    ? characters.join('')
    : `${characters.slice(0, MAX_ECHOED_TERM_LENGTH).join('')}…`;
}

export function interpolate(template: string, replacements: Record<string, string | number>, lang: string): string {
  let text = template;
  for (const [name, value] of Object.entries(replacements)) {
    const shown = typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
    text = text.split(`[${name}]`).join(shown);
  }
  return text;
}

/** The result-count sentence for `count` in the language's plural form. */
export function resultCountTemplate(strings: SearchStrings, count: number): string {
  const category = new Intl.PluralRules(strings.lang).select(count);
  return strings.resultCount[category] ?? strings.resultCount.other;
}

/**
 * A drop-in for Component UI's `Instance.translate`: our strings first, then the UI's own
 * (looked up through `fallback` with no replacements, so its unsafe interpolation never runs).
 */
export function createTranslate(strings: SearchStrings, fallback: (key: string) => string) {
  return (key: string, replacements: Record<string, string | number> = {}): string => {
    const count = replacements['COUNT'];
    const template =
      COUNT_KEYS.has(key) && typeof count === 'number' ? resultCountTemplate(strings, count) : (strings.ui[key] ?? fallback(key));
    const term = replacements['SEARCH_TERM'];
    const safeReplacements = typeof term === 'string' ? { ...replacements, SEARCH_TERM: shortenTerm(term) } : replacements;
    return interpolate(template, safeReplacements, strings.lang);
  };
}

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((entry) => typeof entry === 'string');
}

/** Reads the strings Search.astro serialised; undefined when they are missing or malformed. */
export function parseSearchStrings(json: string | undefined): SearchStrings | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return undefined;
    const { lang, ui, resultCount } = value as Record<string, unknown>;
    if (typeof lang !== 'string' || !isRecordOfStrings(ui) || !isRecordOfStrings(resultCount)) return undefined;
    if (typeof resultCount['other'] !== 'string') return undefined;
    return { lang, ui, resultCount: resultCount as PluralForms };
  } catch {
    return undefined;
  }
}
