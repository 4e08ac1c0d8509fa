/**
 * What the reader typed, turned into what the site can answer, with the tables the build writes
 * for each language (src/build/search-rewrites.ts):
 * - a Russian word form that Pagefind's stemmer would not connect with the forms the pages use
 *   («гонок», «ошибок») becomes one they use; a spelling the site avoids («кэш», «эксепшен»)
 *   becomes the site's. Both are silent: the reader searched for the same word.
 * - text typed with the wrong keyboard layout ("ujyrb", «куакуыр_акщь_ви») and a mistyped API
 *   name (refresh_form_db, MultipleObjectReturned) become the words the pages use, and the dialog
 *   says what it searched for instead.
 * - a pasted error (a traceback, "blog.models.Entry.DoesNotExist: Entry matching query does not
 *   exist.") becomes its exception's name and the words of its message that the site uses; the
 *   reader's own model names, values and paths are left out.
 * Pagefind requires every query word, so a word the pages never use (and that nothing above
 * explains) is dropped rather than emptying the results.
 */
import levenshtein from 'damerau-levenshtein';
import { cyrillicKeysToLatin, isCyrillicTyped, isLatinTyped, latinKeysToCyrillic } from './keyboard-layout.ts';
import { explainingSections, messageWords, type MessageTable } from './messages.ts';
import { EXCEPTION_NAME, readPastedError } from './pasted.ts';

export interface SearchRewrites extends MessageTable {
  /** Word forms Pagefind would not find, folded -> a form the pages use. */
  forms: Record<string, string>;
  /** [a spelling the pages avoid (folded stem or phrase), the site's spelling]. */
  spellings: [string, string][];
  /** Every word of the pages' text, folded and cut to WORD_PREFIX_LENGTH letters, sorted, without repeats. */
  words: string[];
  /** API names on the pages, as spelled there. */
  identifiers: string[];
}

export interface QueryAttempt {
  /** What Pagefind is asked (before normaliseQuery). */
  query: string;
  /** Set when the reader should be told: what was searched for instead of what they typed. */
  searchedInstead?: string;
  /** The sections known to explain the query (a pasted message's), best first: they rank first. */
  prefer?: string[];
}

/**
 * The table keeps only the start of each page word: enough to tell a word of the site from one
 * it never uses (inflections differ in their last letters), at a third of the bytes.
 */
export const WORD_PREFIX_LENGTH = 7;

/** Lower case, «ё» -> «е», «й» -> «и», accents off: the form Pagefind indexes and searches. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/** The first index in the sorted `words` whose word is >= `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A page word, or the start of one (typing is not finished). */
export function isPageWordOrPrefix(words: readonly string[], folded: string): boolean {
  const cut = folded.slice(0, WORD_PREFIX_LENGTH);
  return (words[lowerBound(words, cut)] ?? '').startsWith(cut);
}

/**
 * A word the pages use in some form: it shares all but its last three letters (an inflection)
 * with a page word. Neighbours in sorted order share the longest prefix, so two look-ups do.
 */
export function isKnownWord(words: readonly string[], folded: string): boolean {
  if (folded.length === 0) return false;
  const cut = folded.slice(0, WORD_PREFIX_LENGTH);
  const at = lowerBound(words, cut);
  const needed = Math.min(WORD_PREFIX_LENGTH, Math.max(Math.min(folded.length, 3), folded.length - 3));
  return [words[at - 1], words[at]].some((word) => word !== undefined && commonPrefixLength(word, cut) >= needed);
}

const IDENTIFIER_LIKE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** snake_case or CamelCase with an inner capital: an API name rather than an English word. */
function looksLikeApiName(word: string): boolean {
  return IDENTIFIER_LIKE.test(word) && (/[A-Za-z0-9]_|_[A-Za-z]/.test(word) || /[a-z][A-Z]/.test(word));
}

/** Edits allowed between a mistyped name and the real one: none below 6 letters, then 1, then 2. */
function allowedEdits(length: number): number {
  return length < 6 ? 0 : length < 10 ? 1 : 2;
}

/** The API name the reader most likely meant, or undefined (exact and started names are not typos). */
export function correctApiName(word: string, identifiers: readonly string[]): string | undefined {
  const lower = word.toLowerCase().replace(/\(\)$/, '');
  const allowed = allowedEdits(lower.length);
  if (allowed === 0 || identifiers.some((name) => name.toLowerCase().startsWith(lower))) return undefined;
  let best: { name: string; steps: number } | undefined;
  for (const name of identifiers) {
    if (Math.abs(name.length - lower.length) > allowed) continue;
    const { steps } = levenshtein(lower, name.toLowerCase());
    if (steps <= allowed && (!best || steps < best.steps)) best = { name, steps };
  }
  return best?.name;
}

/** A token's word: "save()," -> "save", "'DoesNotExist'" -> "DoesNotExist". */
function coreOf(token: string): string {
  return token.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '').replace(/\(\)$/, '');
}

interface WordRewrite {
  text: string;
  /** The reader should be told (layout or typo), not a silent variant of the same word. */
  corrected: boolean;
  /** Neither the pages nor a correction know it. */
  unknown: boolean;
}

function rewriteWord(token: string, table: SearchRewrites): WordRewrite {
  const core = coreOf(token);
  if (core === '') return { text: token, corrected: false, unknown: false };
  const folded = fold(core);
  const form = table.forms[folded];
  if (form !== undefined) return { text: form, corrected: false, unknown: false };
  for (const [variant, spelling] of table.spellings) {
    if (variant.includes(' ') || !folded.startsWith(variant)) continue;
    const text = variant.length === spelling.length ? spelling + folded.slice(variant.length) : spelling;
    return { text: table.forms[text] ?? text, corrected: false, unknown: false };
  }
  if (looksLikeApiName(core)) {
    const exact = table.identifiers.some((name) => name.toLowerCase().startsWith(core.toLowerCase()));
    if (exact) return { text: token, corrected: false, unknown: false };
  } else if (isKnownWord(table.words, folded) || /^\d+$/.test(core)) {
    return { text: token, corrected: false, unknown: false };
  }
  // The other keyboard layout: the whole token, since `,` `.` `;` `[` are Russian letters.
  const bare = token.replace(/^[("«“']+|[)"»”'!?]+$/g, '');
  if (isLatinTyped(bare) || isCyrillicTyped(bare)) {
    const toRussian = isLatinTyped(bare);
    const switched = toRussian ? latinKeysToCyrillic(bare) : cyrillicKeysToLatin(bare);
    const folded = fold(switched);
    const onPages =
      isPageWordOrPrefix(table.words, folded) && (switched.length >= 3 || table.words.includes(folded)) ? switched : undefined;
    const target = toRussian
      ? (table.forms[folded] ?? onPages)
      : (table.identifiers.find((name) => name.toLowerCase() === switched.toLowerCase()) ??
        correctApiName(switched, table.identifiers) ??
        onPages);
    if (target !== undefined) return { text: target, corrected: true, unknown: false };
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(core)) {
    const name = correctApiName(core, table.identifiers);
    if (name !== undefined) return { text: name, corrected: true, unknown: false };
  }
  return { text: token, corrected: false, unknown: !looksLikeApiName(core) };
}

function applyPhraseSpellings(text: string, table: SearchRewrites): string {
  let result = text;
  for (const [variant, spelling] of table.spellings) {
    if (!variant.includes(' ')) continue;
    const at = fold(result).indexOf(variant);
    if (at !== -1) result = `${result.slice(0, at)}${spelling}${result.slice(at + variant.length)}`;
  }
  return result;
}

function rewriteWords(text: string, table: SearchRewrites, dropUnknown: boolean): { query: string; corrected: boolean } {
  const words = applyPhraseSpellings(text, table)
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => rewriteWord(token, table));
  const kept = words.filter((word) => !word.unknown);
  const chosen = dropUnknown && kept.length > 0 ? kept : words;
  return { query: chosen.map((word) => word.text).join(' '), corrected: chosen.some((word) => word.corrected) };
}

/**
 * The queries to try, in order, until one finds something. The first is the reader's query,
 * rewritten; a pasted error adds its exception's name alone as a last resort.
 */
export function planQuery(raw: string, table: SearchRewrites | undefined): QueryAttempt[] {
  const typed = raw.trim();
  if (!table || typed === '') return [{ query: typed }];
  const pasted = readPastedError(typed);
  const attempts: QueryAttempt[] = [];
  // A message the pages quote, or one of a named exception: the sections that explain it rank first.
  const explained = explainingSections(
    pasted.exception === undefined ? typed : (pasted.quoted ?? pasted.message),
    pasted.exception,
    table,
  );
  const prefer = explained.sections.length > 0 ? explained.sections : undefined;
  const add = (attempt: QueryAttempt) => {
    if (attempt.query !== '' && !attempts.some((known) => known.query === attempt.query))
      attempts.push(prefer ? { ...attempt, prefer } : attempt);
  };
  if (pasted.exception !== undefined) {
    // A value in single quotes is the reader's own ('fecha', 'invoice-detail'): no word of the
    // message, even when it is a word the pages use. An exception's name in quotes stays.
    const values = pasted.quoted?.replace(/'([^'\s]+)'/g, (_value: string, inner: string) =>
      EXCEPTION_NAME.test(inner) ? inner : ' ',
    );
    const message = rewriteWords(
      values === undefined
        ? pasted.message
        : values
            .replace(/[«»“”„"'`‘’]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
      table,
      true,
    );
    // The reader's names and values are not on the pages: only the message's known words count.
    const known = message.query
      .split(' ')
      .map(coreOf)
      .filter((word) => word !== '' && !/\d/.test(word));
    // Django puts the reader's model name into many messages ("Entry matching query ...",
    // "No Invoice matches the given query"): a capitalised word of a message is no word of it.
    const words = known.filter((word) => !/^[A-Z][a-z]+$/.test(word));
    if (words.length >= 2) add({ query: `${pasted.exception} ${words.join(' ')}` });
    // An exception the pages head a section with is a better second try than its message's words.
    if (table.exceptions?.[pasted.exception] !== undefined) add({ query: pasted.exception });
    if (words.length >= 2) add({ query: words.join(' ') });
    add({ query: pasted.exception });
    return attempts;
  }
  // A Django message typed or pasted without its exception ("Entry matching query does not
  // exist."): the reader's model name is no word of the message.
  if (explained.exception !== undefined && prefer) {
    // A known message typed without its exception ("Cannot delete some instances of model"):
    // its exception's name brings in the section headed by it.
    const known = rewriteWords(messageWords(typed), table, true).query;
    if (known !== '') add({ query: `${explained.exception} ${known}` });
  }
  const words = typed.split(/\s+/);
  const messageLike =
    explained.exception !== undefined &&
    words.length >= 4 &&
    !/\p{Script=Cyrillic}/u.test(typed) &&
    words.filter((word) => /^[a-z]/.test(word)).length >= 3;
  if (messageLike) {
    const withoutNames = words.filter((word) => !/^[A-Z][a-z]+[.,:!]?$/.test(word)).join(' ');
    if (withoutNames !== typed && withoutNames.split(' ').length >= 3)
      add({ query: rewriteWords(withoutNames, table, true).query });
  }
  const rewritten = rewriteWords(typed, table, true);
  add(rewritten.corrected ? { query: rewritten.query, searchedInstead: rewritten.query } : { query: rewritten.query });
  if (rewritten.query !== typed) add({ query: typed });
  return attempts;
}
