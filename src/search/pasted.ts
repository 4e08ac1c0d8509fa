/**
 * A pasted error: a traceback, or the line Python prints last ("blog.models.Entry.DoesNotExist:
 * Entry matching query does not exist."). What matters for search is the exception's own name
 * (without the reader's module path) and the words of its message; file paths, line numbers and
 * the source lines of the traceback say nothing about which section explains the error.
 */
export interface PastedError {
  /** The exception's name without its module path, when the text names one: "DoesNotExist". */
  exception?: string;
  /** The message (or the whole text when it is not an exception line), quotes removed. */
  message: string;
  /** The same with its quotes, which set the reader's values apart ('Customer', 'invoice-detail'). */
  quoted?: string;
}

/**
 * `Traceback (most recent call last):` and `File "/app/blog/views.py", line 12, in detail` say
 * nothing about the error. A text field turns a pasted traceback into one line, so they are
 * found anywhere, not only as lines.
 */
const TRACEBACK_NOISE = [
  /Traceback \(most recent call last\):?/g,
  /During handling of the above exception, another exception occurred:?/g,
  /File "[^"]*", line \d+(?:, in [\w<>.]+)?/g,
  /[~^]{3,}/g,
];

/** `django.db.utils.IntegrityError:` — the exception's name, optionally with its module path, then a colon. */
const EXCEPTION_HEAD = /((?:[A-Za-z_]\w*\.)*([A-Z]\w*)):(?=\s|$)/g;
/** Names Python and Django give their exceptions; a capitalised word before a colon may be prose. */
export const EXCEPTION_NAME =
  /(?:Error|Exception|DoesNotExist|Exist|Returned|NotUpdated|Blocked|Denied|Warning|Http404|Resolver404|NotUsed|Interrupted|Aborted|TooBig|Sent|Operation|Configured|Match|Cycle\w*|Exit|Interrupt)$/;

function withoutQuotes(text: string): string {
  return text
    .replace(/[«»“”„"'`‘’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads what a pasted error is about; text that is no error comes back as its message. */
export function readPastedError(text: string): PastedError {
  const cleaned = TRACEBACK_NOISE.reduce((rest, noise) => rest.replace(noise, ' '), text)
    .replace(/\s+/g, ' ')
    .trim();
  // The error is the last exception named with a colon: in a traceback, the lines before it
  // are the reader's code.
  const heads = Array.from(cleaned.matchAll(EXCEPTION_HEAD)).filter((match) => EXCEPTION_NAME.test(match[2] ?? ''));
  const last = heads.at(-1);
  if (last?.[2] !== undefined) {
    const quoted = cleaned.slice((last.index ?? 0) + last[0].length).trim();
    return { exception: last[2], message: withoutQuotes(quoted), quoted };
  }
  const dotted = /^(?:[A-Za-z_]\w*\.)+([A-Z]\w*)$/.exec(cleaned);
  if (dotted?.[1] !== undefined && EXCEPTION_NAME.test(dotted[1])) return { exception: dotted[1], message: '' };
  return { message: withoutQuotes(cleaned) };
}

/** True when the text looks pasted from a traceback or an error line rather than typed as words. */
export function looksPasted(text: string): boolean {
  return /\n/.test(text.trim()) || readPastedError(text).exception !== undefined;
}
