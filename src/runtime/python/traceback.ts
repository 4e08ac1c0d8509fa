// Python's traceback text for an exception, as logging prints it for exc_info and
// Logger.exception(): "Traceback (most recent call last):", the frames, the last line; a chained
// `__cause__` comes first, followed by "The above exception was the direct cause of ..."; failing
// that, a `__context__` (set with withContext()), followed by "During handling of the above ...".
//
// The runtime has no Python frames. By default they are summarised as one "  ..." line; a host
// that can map the JS stack to the reader's code (the playground) installs a frame source with
// setTracebackFrames(), which returns Python frame lines ('  File "x", line 3, in <module>', ...).

import { BaseException, formatException, pythonName } from './exceptions';
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
  parts.push(['Traceback (most recent call last):', ...frames, formatException(exc, { module: true })].join('\n'));
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
