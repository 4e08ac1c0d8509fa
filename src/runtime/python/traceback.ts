// Python's traceback text for an exception, as logging prints it for exc_info and
// Logger.exception(): "Traceback (most recent call last):", the frames, the last line; a chained
// `__cause__` comes first, followed by "The above exception was the direct cause of ..."; failing
// that, a `__context__` (set with withContext()), followed by "During handling of the above ...".
//
// The runtime has no Python frames. By default they are summarised as one "  ..." line; a host
// that can map the JS stack to the reader's code (the playground) installs a frame source with
// setTracebackFrames(), which returns Python frame lines ('  File "x", line 3, in <module>', ...).

import { AttributeError, BaseException, formatException, pythonName } from './exceptions';
import { classFullName } from './names';

export { currentException } from './exceptions';

export type FrameSource = (exc: Error) => string[] | null;

let frameSource: FrameSource | null = null;

/** Installs the function that turns an exception's stack into Python frame lines; returns the previous one. */
export function setTracebackFrames(source: FrameSource | null): FrameSource | null {
  const previous = frameSource;
  frameSource = source;
  return previous;
}

/** Python's traceback.format_exception(exc), joined: the whole text logging prints, without a final newline. */
export function format_exception(exc: unknown): string {
  if (!(exc instanceof Error)) return formatException(exc);
  const parts: string[] = [];
  const cause = exc instanceof BaseException ? exc.__cause__ : (exc as { cause?: unknown }).cause;
  const context = exc instanceof BaseException ? exc.__context__ : null;
  if (cause instanceof Error && cause !== exc) {
    parts.push(format_exception(cause), '', 'The above exception was the direct cause of the following exception:', '');
  } else if (context instanceof Error && context !== exc) {
    parts.push(format_exception(context), '', 'During handling of the above exception, another exception occurred:', '');
  }
  const frames = frameSource?.(exc) ?? ['  ...'];
  parts.push(
    ['Traceback (most recent call last):', ...frames, formatException(exc, { module: true }) + suggestionSuffix(exc)].join('\n'),
  );
  return parts.join('\n');
}

/**
 * The exception's name as the last line of Python's traceback prints it: with its module
 * ("django.core.exceptions.ImproperlyConfigured", "app.models.Entry.DoesNotExist"), except for
 * builtins and the example's own classes, which Python keeps in `__main__` ("ValueError").
 */
export function tracebackName(exc: Error): string {
  if (!(exc instanceof BaseException)) return pythonName(exc);
  return classFullName(Object.getPrototypeOf(exc).constructor);
}

// ---- "Did you mean": the hint after an AttributeError ----------------------------------------
// Python 3.13's traceback adds ". Did you mean: 'x'?" to the last line of an AttributeError that
// knows its name and object, when dir(obj) holds a close name (Python/suggestions.c, which
// traceback._compute_suggestion_error calls). The runtime knows dir(obj) only for objects that
// list their Python attributes with `__dir__()`; for others there is no hint.

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  const lower = (ch: string) => (ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** suggestions.c's levenshtein_distance: insert/delete cost 2, a case change 1; maxCost + 1 once it is exceeded. */
function levenshteinDistance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  let x = a.slice(start, aEnd);
  let y = b.slice(start, bEnd);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = Array.from({ length: x.length }, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bIndex = 0; bIndex < y.length; bIndex++) {
    let distance = (result = bIndex * MOVE_COST);
    let minimum = Infinity;
    for (let index = 0; index < x.length; index++) {
      const substitute = distance + substitutionCost(y[bIndex]!, x[index]!);
      distance = row[index]!;
      result = Math.min(Math.min(result, distance) + MOVE_COST, substitute);
      row[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** dir(obj) as the runtime knows it: sorted `__dir__()`, or null when the object does not list its attributes. */
function pythonDir(obj: unknown): string[] | null {
  const listing = (obj as { __dir__?: unknown } | null)?.__dir__;
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null || typeof listing !== 'function') return null;
  return [...(listing.call(obj) as Iterable<string>)].sort();
}

/** The name Python's traceback suggests for an AttributeError ("Did you mean: 'x'?"), or null. */
export function attributeSuggestion(exc: unknown): string | null {
  if (!(exc instanceof AttributeError)) return null;
  const wrongName = exc.attributeName;
  if (wrongName === null) return null;
  let candidates = pythonDir(exc.obj);
  if (candidates === null) return null;
  if (!wrongName.startsWith('_') && !exc.raisedInMethod) candidates = candidates.filter((name) => !name.startsWith('_'));
  if (candidates.length >= MAX_CANDIDATE_ITEMS || wrongName.length > MAX_STRING_SIZE) return null;
  let suggestion: string | null = null;
  let suggestionDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === wrongName) continue;
    // No more than a third of the characters involved may change; never worse than the best so far.
    const maxDistance = Math.min(Math.floor(((wrongName.length + candidate.length + 3) * MOVE_COST) / 6), suggestionDistance - 1);
    const distance = levenshteinDistance(wrongName, candidate, maxDistance);
    if (distance > maxDistance) continue;
    if (suggestion === null || distance < suggestionDistance) {
      suggestion = candidate;
      suggestionDistance = distance;
    }
  }
  return suggestion;
}

/** What Python's traceback appends to the exception's last line: ". Did you mean: 'x'?", or ''. */
export function suggestionSuffix(exc: unknown): string {
  const suggestion = attributeSuggestion(exc);
  return suggestion === null ? '' : `. Did you mean: '${suggestion}'?`;
}
