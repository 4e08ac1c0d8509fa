/**
 * Which section explains which error message, read from the built pages of one language, for
 * the query-rewrite table (src/search/messages.ts reads it).
 *
 * The pages quote Django's messages in their prose (`"Book matching query does not exist."`) and
 * in the recorded output of their examples (`ProtectedError: Cannot delete some instances of
 * model 'Customer' …`). A message belongs to an exception: the one named before it
 * (`Name: message`, `Name('message')`), else the one whose heading the quote stands under; the
 * named ones count more, so a message quoted in a table under another exception's heading keeps
 * its own. The section that explains a message is one that quotes it under the heading of that
 * exception (the exception's own section or one of its subsections); quoting sections elsewhere
 * ("When a delete is refused" shows the ProtectedError line) only mention it. Sections that quote
 * it in prose come before those that only show it in an example's output.
 */
import { EXCEPTION_NAME } from '../search/pasted.ts';
import { messageWords, type MessageEntry } from '../search/messages.ts';
import { textOf } from './search-weights.ts';

const BODY = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/;
const SECTION_HEADING = /<h([2-4])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;
const OUTPUT = /<pre class="pg-session">([\s\S]*?)<\/pre>/g;
/** Code listings: their lines are the reader's code, not messages. */
const LISTING = /<pre\b[\s\S]*?<\/pre>/g;
/** Lines of code and of a traceback's frame, which no message starts with. */
const NOT_A_MESSAGE =
  /^(?:from|import|try|except|raise|print|def|class|with|return|if|for|assert|async|await)\b|Traceback|most recent call last|During handling|above exception/;
const INLINE_CODE = /<code\b[^>]*>([\s\S]*?)<\/code>/g;
/** `Name: message` at a line's start, or `Name('message')` anywhere; module paths allowed. */
const NAMED_MESSAGE = /^(?:[A-Za-z_]\w*\.)*([A-Z]\w*):\s+(.+)$|(?:^|[\s(])(?:[A-Za-z_]\w*\.)*([A-Z]\w*)\((['"])(.+?)\4\)/;
/** A named quote outweighs a quote that only stands under an exception's heading. */
const NAMED_VOTES = 3;

/** The exception a heading is about: "models.ProtectedError" -> ProtectedError, "NotUpdated New in 6.0" -> NotUpdated. */
export function headingException(heading: string): string | undefined {
  const name = /^(?:[A-Za-z_]\w*\.)*([A-Z]\w*)(?:\s|$)/.exec(heading.trim())?.[1];
  return name !== undefined && EXCEPTION_NAME.test(name) ? name : undefined;
}

interface Quote {
  words: string;
  named?: string;
  /** Exceptions whose headings stand over the quote: its section's and its parents'. */
  under: string[];
  section: string;
  inProse: boolean;
}

/** Messages quoted on one built page, with their sections. */
export function quotesOf(
  sitePath: string,
  html: string,
): { quotes: Quote[]; headings: { exception: string; section: string; level: number }[] } {
  const body = BODY.exec(html)?.[1] ?? '';
  const quotes: Quote[] = [];
  const headings: { exception: string; section: string; level: number }[] = [];
  const parts = body.split(SECTION_HEADING);
  // split() with 3 groups: [text, level, id, heading, text, level, id, heading, text, ...]
  const stack: { level: number; exception?: string }[] = [];
  for (let at = 1; at + 3 <= parts.length; at += 4) {
    const level = Number(parts[at]);
    const id = parts[at + 1] ?? '';
    const exception = headingException(textOf(parts[at + 2] ?? '').replace(/\s+/g, ' '));
    const text = parts[at + 3] ?? '';
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    stack.push({ level, exception });
    const section = `${sitePath}#${id}`;
    if (exception !== undefined) headings.push({ exception, section, level });
    const under = stack.flatMap((entry) => (entry.exception === undefined ? [] : [entry.exception]));
    const add = (line: string, inProse: boolean) => {
      const named = NAMED_MESSAGE.exec(line);
      const name = named?.[1] ?? named?.[3];
      const message = named?.[2] ?? named?.[5] ?? line;
      const isNamed = name !== undefined && EXCEPTION_NAME.test(name);
      if (NOT_A_MESSAGE.test(line) || (!isNamed && (/[=;{}]/.test(line) || !/^["'<\p{L}]/u.test(line)))) return;
      const words = messageWords(isNamed ? message : line);
      if (words.split(' ').length < 3) return;
      quotes.push({ words, named: isNamed ? name : undefined, under, section, inProse });
    };
    const prose = text.replace(LISTING, ' ');
    for (const match of prose.matchAll(INLINE_CODE)) add(textOf(match[1] ?? '').trim(), true);
    for (const match of text.matchAll(OUTPUT)) for (const line of textOf(match[1] ?? '').split('\n')) add(line.trim(), false);
  }
  return { quotes, headings };
}

/**
 * The table of one language: every quoted message with its exception and explaining sections,
 * and every exception's own sections (for pasted messages the pages never quote).
 */
export function messageTable(pages: readonly { sitePath: string; html: string }[]): {
  messages: MessageEntry[];
  exceptions: Record<string, string[]>;
} {
  const quotes: Quote[] = [];
  const headings: { exception: string; section: string; level: number }[] = [];
  for (const page of [...pages].sort((a, b) => (a.sitePath < b.sitePath ? -1 : 1))) {
    const found = quotesOf(page.sitePath, page.html);
    quotes.push(...found.quotes);
    headings.push(...found.headings);
  }
  const known = new Set(headings.map((heading) => heading.exception));
  const byWords = new Map<string, Quote[]>();
  for (const quote of quotes) byWords.set(quote.words, [...(byWords.get(quote.words) ?? []), quote]);
  const messages: MessageEntry[] = [];
  for (const [words, all] of byWords) {
    const votes = new Map<string, number>();
    for (const quote of all) {
      if (quote.named !== undefined) votes.set(quote.named, (votes.get(quote.named) ?? 0) + NAMED_VOTES);
      else for (const name of new Set(quote.under)) votes.set(name, (votes.get(name) ?? 0) + 1);
    }
    const [exception] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (exception === undefined || !known.has(exception)) continue;
    const explaining = all
      .filter((quote) => quote.under.includes(exception))
      .sort((a, b) => Number(b.inProse) - Number(a.inProse));
    messages.push([words, exception, [...new Set(explaining.map((quote) => quote.section))]]);
  }
  const exceptions: Record<string, string[]> = {};
  for (const heading of [...headings].sort((a, b) => a.level - b.level))
    (exceptions[heading.exception] ??= []).push(heading.section);
  return { messages: messages.sort(([a], [b]) => (a < b ? -1 : 1)), exceptions };
}
