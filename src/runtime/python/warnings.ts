// Python's warnings module, reduced to what the runtime needs. Without source files there is no
// "file:line:" prefix: a shown warning is written to sys.stderr as "RuntimeWarning: message\n".
// `stacklevel` is accepted for signature compatibility and ignored.

import { BaseException, PendingDeprecationWarning, UserWarning, Warning } from './exceptions';
import { runWithCleanup } from './contextlib';
import { str } from './repr';
import { sys } from './sys';

export type WarningCategory = new (...args: unknown[]) => Warning;

/** Python's filter actions. "default" and "module" show a given category and text once. */
export type WarningAction = 'default' | 'error' | 'ignore' | 'always' | 'once' | 'module';

interface Filter {
  action: WarningAction;
  category: Function;
}

/** What a recorded warning looks like, as in Python's warnings.WarningMessage. */
export interface WarningMessage {
  /** The Warning instance. */
  message: Warning;
  category: WarningCategory;
  /** "RuntimeWarning: text", as it would have been shown. */
  toString(): string;
}

let filters: Filter[] = [];
/** Category + text pairs already shown under "default" / "once" / "module". */
const shown = new Set<string>();
let recorder: ((record: WarningMessage) => void) | undefined;

/**
 * Python's built-in filters: PendingDeprecationWarning is ignored. (DeprecationWarning is shown
 * when it is attributed to __main__, which is where Django attributes its own: the caller's line.)
 */
function defaultAction(instance: Warning): WarningAction {
  return instance instanceof PendingDeprecationWarning ? 'ignore' : 'default';
}

/**
 * Issues a warning. `message` is text or a Warning instance (then its class is the category).
 * The first matching filter (newest first) decides; with none, the "default" action applies.
 */
export function warn(message: string | Warning, category: WarningCategory = UserWarning, stacklevel = 1): void {
  void stacklevel;
  const instance = message instanceof BaseException ? (message as Warning) : new category(message);
  const cls = Object.getPrototypeOf(instance).constructor as WarningCategory;
  const action = filters.find((f) => instance instanceof (f.category as WarningCategory))?.action ?? defaultAction(instance);
  if (action === 'ignore') return;
  if (action === 'error') throw instance;
  const text = formatWarning(instance);
  if (action !== 'always' && !recorder) {
    if (shown.has(text)) return;
    shown.add(text);
  }
  const record: WarningMessage = { message: instance, category: cls, toString: () => text };
  if (recorder) recorder(record);
  else sys.stderr.write(`${text}\n`);
}

/** "RuntimeWarning: message", the part of Python's warning line after the location. */
export function formatWarning(warning: Warning): string {
  const cls = Object.getPrototypeOf(warning).constructor as typeof Warning;
  return `${cls.__name__}: ${str(warning)}`;
}

/** Python's warnings.simplefilter(action, category=Warning): adds a filter in front. */
export function simplefilter(action: WarningAction, category: Function = Warning): void {
  filters = [{ action, category }, ...filters];
}

/** Python's warnings.resetwarnings(): drops every filter and forgets what was already shown. */
export function resetwarnings(): void {
  filters = [];
  shown.clear();
}

export interface CatchWarningsOptions {
  /** Collect warnings into the log passed to `fn` instead of printing them (default true). */
  record?: boolean;
  /** A filter action for the duration, e.g. "always" or "error" (Python's `action=`). */
  action?: WarningAction;
}

/**
 * Python's `with warnings.catch_warnings(record=True) as log:` as a callback. Filters and the
 * recorder are restored afterwards, also when `fn` throws or its promise rejects. With
 * record=true every warning is collected (repeats included), like `simplefilter("always")`.
 */
export function catch_warnings<T>(fn: (log: WarningMessage[]) => T, options: CatchWarningsOptions = {}): T {
  const log: WarningMessage[] = [];
  const savedFilters = filters;
  const savedRecorder = recorder;
  if (options.action) simplefilter(options.action);
  if (options.record ?? true) recorder = (record) => log.push(record);
  const restore = () => {
    filters = savedFilters;
    recorder = savedRecorder;
  };
  return runWithCleanup(() => fn(log), restore);
}

/** camelCase alias of catch_warnings. */
export const catchWarnings = catch_warnings;
