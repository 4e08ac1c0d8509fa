import type { TypographyRules } from './prose.ts';
import { proseOf } from './prose.ts';

/**
 * Russian typography: «ёлочки» rather than straight double quotes (the shared checks), and a
 * non-breaking space before an em dash so that a line never starts with one. Code, JSX and
 * Django's own (English) messages in «…» are left alone.
 */
const ownQuote = (quoted: string) => /[а-яё]/i.test(quoted);

function pageProblems(markdown: string): string[] {
  const problems: string[] = [];
  for (const line of proseOf(markdown, ownQuote).split('\n')) {
    const text = line.trim();
    if (/ —/.test(text.replace(/^[-*]\s+/, ''))) problems.push(`breakable space before a dash: ${text}`);
  }
  return problems;
}

const rules: TypographyRules = {
  lang: 'ru',
  ownQuote,
  pageProblems,
  // Interface strings and comments are short lines the browser may wrap anywhere; only pages are checked.
  textProblems: () => [],
  mistakes: [['Метод — это просто.', 1]],
  correct: ['Метод\u00a0— это «сохранение»; «You cannot call this - use sync_to_async.»'],
};

export default rules;
