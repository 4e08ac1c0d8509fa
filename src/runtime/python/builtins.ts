// Python's builtins: exception classes, repr/str, hash/len/isinstance/issubclass, sorted, the
// tuple/frozenset/float types and print(). Only Python's names: the helpers the pieces are built
// with stay in their modules (repr.ts, protocols.ts, …), and `kw()` is how print()'s keyword
// arguments are spelled in TypeScript.
// See README.md in this folder for how Python maps onto TypeScript.

import { str } from './repr';
import { sys, type TextSink } from './sys';
import { isPlainObject } from './types';

export {
  ArithmeticError,
  AssertionError,
  AttributeError,
  BaseException,
  DeprecationWarning,
  Exception,
  FutureWarning,
  IndexError,
  KeyError,
  LookupError,
  NotImplementedError,
  OSError,
  OverflowError,
  PendingDeprecationWarning,
  RecursionError,
  RuntimeError,
  RuntimeWarning,
  StopIteration,
  UserWarning,
  ValueError,
  Warning,
  ZeroDivisionError,
  issubclass,
} from './exceptions';
export { repr, str } from './repr';
export { NotImplemented, hash, isinstance, len, sorted } from './protocols';
export { float, frozenset, tuple } from './types';

/** Python's print() keyword arguments. */
export interface PrintOptions {
  sep?: string | null;
  end?: string | null;
  file?: TextSink | null;
  flush?: boolean;
}

const printOptionKeys = new Set(['sep', 'end', 'file', 'flush']);
const taggedOptions = new WeakSet<object>();

/** Marks an object as print() keyword arguments, e.g. `print(x, kw({ end: '' }))`. */
export function kw(options: PrintOptions): PrintOptions {
  taggedOptions.add(options);
  return options;
}

function isPrintOptions(value: unknown): value is PrintOptions {
  if (value === null || typeof value !== 'object') return false;
  if (taggedOptions.has(value)) return true;
  // An untagged trailing object counts as options only if every key is a print() keyword.
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => printOptionKeys.has(k));
}

/**
 * Python's print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False). Keyword arguments go
 * in a trailing options object: `print(a, b, { sep: ', ' })`. An untagged trailing object is
 * taken as options only when all its keys are sep/end/file/flush; use kw() to be explicit, or
 * `print(dict, kw({}))` to print such a dict.
 */
export function print(...args: unknown[]): void {
  const last = args[args.length - 1];
  const options: PrintOptions = isPrintOptions(last) ? (args.pop() as PrintOptions) : {};
  const sep = options.sep ?? ' ';
  const end = options.end ?? '\n';
  const sink = options.file ?? sys.stdout;
  sink.write(args.map((a) => str(a)).join(sep) + end);
  if (options.flush) sink.flush?.();
}
