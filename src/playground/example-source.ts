/**
 * The example file format. One TypeScript file serves every language; its comments come in
 * runs of adjacent lines, one line per language in LANGS order (src/i18n/locales.ts), and only
 * the reader's language is shown:
 *
 *   // en: Load the entry again from the database.
 *   // ru: Перечитываем запись из базы.
 *   entry.refresh_from_db();
 *
 * Each run becomes a single line, so line numbers (and thus recorded tracebacks) are the same
 * in every language. A new language adds its line to every run. Lines starting with `// @` are directives for the playground, e.g.
 * `// @timeout 5000` to allow a longer run; they are not shown.
 *
 * An example's Python twin (`<id>.py`) follows the same rules with `#` comments
 * (`# en: ...`, `# ru: ...`, `# @database postgresql`).
 */
import { LANGS, type Lang } from '../i18n/locales';
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from '../sandbox/limits';

/** How a source language writes a line comment: TypeScript examples `//`, Python twins `#`. */
export type CommentMarker = '//' | '#';

const taggedComment = (marker: CommentMarker) => new RegExp(`^(\\s*)${marker} ([a-z]{2}): ?(.*)$`);
const directive = (marker: CommentMarker) => new RegExp(`^\\s*${marker} @(\\w+)(?:\\s+(.*))?$`);
const TAGGED_COMMENT = taggedComment('//');
const DIRECTIVE = directive('//');

export interface ExampleDirectives {
  timeoutMs: number;
}

export function parseDirectives(source: string): ExampleDirectives {
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  for (const line of source.split('\n')) {
    const match = DIRECTIVE.exec(line);
    if (match?.[1] === 'timeout') timeoutMs = Math.min(MAX_TIMEOUT_MS, Math.max(1, Number(match[2]) || DEFAULT_TIMEOUT_MS));
  }
  return { timeoutMs };
}

/** The code a reader of `lang` sees: their comments only, directives removed. */
export function localizeExample(source: string, lang: Lang | (string & {}), marker: CommentMarker = '//'): string {
  const [tagPattern, directivePattern] =
    marker === '//' ? [TAGGED_COMMENT, DIRECTIVE] : [taggedComment(marker), directive(marker)];
  const shown: string[] = [];
  for (const line of source.split('\n')) {
    if (directivePattern.test(line)) continue;
    const tagged = tagPattern.exec(line);
    if (!tagged) {
      shown.push(line);
      continue;
    }
    const [, indent = '', tag, text = ''] = tagged;
    if (tag === lang) shown.push(`${indent}${marker} ${text}`.trimEnd());
  }
  return shown.join('\n').replace(/\n+$/, '\n');
}

/**
 * What is wrong with an example's comment runs: every tagged comment must come as a run of
 * one line per language, in LANGS order, with the same indentation. `langs` is for tests that
 * try a language the site does not have yet.
 */
export function commentPairProblems(source: string, marker: CommentMarker = '//', langs: readonly string[] = LANGS): string[] {
  const tagPattern = marker === '//' ? TAGGED_COMMENT : taggedComment(marker);
  const problems: string[] = [];
  const lines = source.split('\n');
  for (let index = 0; index < lines.length;) {
    const first = tagPattern.exec(lines[index] ?? '');
    if (!first) {
      index += 1;
      continue;
    }
    langs.forEach((lang, offset) => {
      const tagged = tagPattern.exec(lines[index + offset] ?? '');
      if (!tagged || tagged[2] !== lang || tagged[1] !== first[1]) {
        problems.push(
          `line ${index + offset + 1}: expected a "${marker} ${lang}:" comment (one line per language: ${langs.join(', ')})`,
        );
      }
    });
    index += langs.length;
  }
  return problems;
}
