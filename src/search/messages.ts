/**
 * Pasted error messages and the sections that explain them, with the table the build reads from
 * the pages (src/build/search-messages.ts): a message's words, its exception, and the sections
 * that explain it; and each exception's own sections. A reader's message is compared by its
 * constant words only: the model names, quoted values, numbers and table columns of the reader's
 * own code are left out on both sides ("Entry matching query does not exist." and the pages'
 * "Book matching query does not exist." are the same message).
 */

/** [the message's constant words, its exception, the sections that explain it, best first]. */
export type MessageEntry = [words: string, exception: string, sections: string[]];

export interface MessageTable {
  messages?: MessageEntry[];
  /** An exception's own sections (headed by its name), by exception name. */
  exceptions?: Record<string, string[]>;
}

/** A message needs this many constant words to be told from a phrase. */
const MIN_MESSAGE_WORDS = 3;

/**
 * The words of a message that are Django's, lower case: without quoted values ('Customer'),
 * placeholders (<Model>), dotted or snake_case names (shop_invoice.total), numbers and
 * capitalised words (the reader's model: Entry, Invoice). UNIQUE and NOT NULL stay.
 */
export function messageWords(text: string): string {
  const bare = text
    .trim()
    .replace(/^["'“«]+|["'”»]+$/g, '')
    .replace(/'[^']*'|"[^"]*"|«[^»]*»|<[^<>]*>/g, ' ')
    .replace(/\S*[\p{L}\p{N}_][._][\p{L}\p{N}_]\S*/gu, ' ');
  const words = bare.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  return words
    .filter((word) => !/\d/.test(word) && !/^\p{Lu}\p{Ll}+$/u.test(word))
    .map((word) => word.toLowerCase())
    .join(' ');
}

/**
 * The sections that explain what the reader pasted or typed, best first: those of the known
 * messages it is part of (every constant word of it in the message), then the sections headed by
 * their exception, or by `exception` when the text names one.
 */
export function explainingSections(
  text: string,
  exception: string | undefined,
  table: MessageTable,
): { sections: string[]; exception?: string } {
  const typed = messageWords(text).split(' ').filter(Boolean);
  const found: { entry: MessageEntry; share: number }[] = [];
  if (typed.length >= MIN_MESSAGE_WORDS) {
    const wanted = new Set(typed);
    for (const entry of table.messages ?? []) {
      if (exception !== undefined && entry[1] !== exception) continue;
      const words = new Set(entry[0].split(' '));
      if ([...wanted].every((word) => words.has(word))) found.push({ entry, share: wanted.size / words.size });
    }
  }
  found.sort((a, b) => b.share - a.share);
  const named = exception ?? found[0]?.entry[1];
  const sections = [...found.flatMap(({ entry }) => entry[2]), ...(named === undefined ? [] : (table.exceptions?.[named] ?? []))];
  return { sections: [...new Set(sections)], exception: named };
}
