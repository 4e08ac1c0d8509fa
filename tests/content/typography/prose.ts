import { bodyOf } from '../pages.ts';

/**
 * A page's prose for the typography checks: code, JSX and HTML tags, link targets and heading
 * ids left out. `keepQuoted` decides which «…» quotations stay: Django's own (English) messages
 * are quoted as they print and are not held to the page language's rules.
 */
export function proseOf(markdown: string, keepQuoted: (quoted: string) => boolean): string {
  return (
    bodyOf(markdown)
      .replace(/`[^`\n]*`/g, ' ')
      .replace(/<[A-Za-z][^>]*\/?>|<\/[A-Za-z]+>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/\{[^}\n]*\}/g, ' ')
      // A quotation may wrap onto the next line of the source.
      .replace(/«[^»]{0,400}»/g, (quoted) => (keepQuoted(quoted) ? quoted : '« »'))
  );
}

/** One language's typography rules, as tests/content/typography.test.ts runs them. */
export interface TypographyRules {
  lang: string;
  /** Whether a «…» quotation is in this language (rather than a message Django prints in English). */
  ownQuote(quoted: string): boolean;
  /** What is wrong in a page (Markdown source). */
  pageProblems(markdown: string): string[];
  /** What is wrong in a short text: an interface string, a scenario text, the comments of an example. */
  textProblems(text: string): string[];
  /** Samples with the number of problems each must be found to have. */
  mistakes: readonly (readonly [string, number])[];
  /** Samples that follow the rules. */
  correct: readonly string[];
}
