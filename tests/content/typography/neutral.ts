import { proseOf } from './prose.ts';

/**
 * Typography every translated edition shares: no straight double quotes in prose (each
 * language has its own quotation marks) and no spaced hyphen standing in for a dash. `ownQuote`
 * tells a quotation in the page's language from a message Django prints in English.
 */
export function neutralProblems(markdown: string, ownQuote: (quoted: string) => boolean): string[] {
  const problems: string[] = [];
  for (const line of proseOf(markdown, ownQuote).split('\n')) {
    const text = line.trim();
    if (text.includes('"')) problems.push(`straight quotes: ${text}`);
    if (/\s--?\s/.test(text)) problems.push(`hyphen for a dash: ${text}`);
  }
  return problems;
}
