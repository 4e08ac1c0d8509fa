// Python's exception model on top of JS errors.
//
// BaseException extends JS Error, so stack traces and `throw` work as usual. On top of that:
// - `args` holds the constructor arguments, and `message` / toString() give Python's str(exc);
// - `name` is the Python qualname, so uncaught errors print as "Entry.DoesNotExist: ...";
// - classes may have several Python bases (defineException). The JS prototype chain follows the
//   first base; the others are "virtual bases" that `instanceof`, isinstance() and issubclass()
//   still honour, because BaseException defines Symbol.hasInstance over the Python MRO.
// Python's TypeError is JS's own TypeError; JS errors count as Exception subclasses in the MRO.

import {
  classFullName,
  classModule as classModuleOf,
  classQualname,
  className,
  isNativeErrorClass,
  nativeErrorInstanceName,
  setPythonName,
} from './names';
import { repr, str } from './repr';
import { isTuple, tuple } from './types';

type AnyClass = abstract new (...args: any[]) => any;

/** The direct Python bases of classes that have more than one (or were built by defineException). */
const declaredBases = new WeakMap<Function, Function[]>();
const mroCache = new WeakMap<Function, Function[]>();
const plainHasInstance = Function.prototype[Symbol.hasInstance];
/** The last few Python exceptions created, newest last (see currentException()). */
const recent: BaseException[] = [];

export class BaseException extends Error {
  #args: readonly unknown[];

  constructor(...args: unknown[]) {
    // No message goes to Error: `message` is an accessor computing str(self) (see below).
    super();
    this.#args = tuple(...args);
    noteRaised(this);
  }

  /** Python's `exc.args`: the positional constructor arguments, a tuple (assigning a list stores a tuple). */
  get args(): readonly unknown[] {
    return this.#args;
  }

  set args(value: Iterable<unknown>) {
    this.#args = isTuple(value) ? value : tuple(...value);
  }

  /** Python's str(exc): '' for no args, str(arg) for one, the tuple's repr for several. */
  __str__(): string {
    if (this.args.length === 0) return '';
    if (this.args.length === 1) return str(this.args[0]);
    return repr(tuple(...this.args));
  }

  /** Python's repr(exc): `ValueError('msg')`, using the class's __name__. */
  __repr__(): string {
    const cls = Object.getPrototypeOf(this).constructor as Function;
    return `${className(cls)}(${this.args.map((a) => repr(a)).join(', ')})`;
  }

  override toString(): string {
    return this.__str__();
  }

  /** Python's `raise exc from cause`: sets `cause` (JS) which `__cause__` reads. Returns this. */
  withCause(cause: unknown): this {
    Object.defineProperty(this, 'cause', { value: cause, writable: true, configurable: true, enumerable: false });
    return this;
  }

  get __cause__(): unknown {
    return this.cause ?? null;
  }

  /**
   * Python's implicit chaining: the exception that was being handled when this one was raised
   * (`raise X` inside `except`), which a traceback shows under "During handling of the above
   * exception, another exception occurred:". JavaScript does not track it, so the code that
   * raises sets it. Returns this.
   */
  withContext(context: unknown): this {
    Object.defineProperty(this, '__context__', { value: context, writable: true, configurable: true, enumerable: false });
    return this;
  }

  get __context__(): unknown {
    return null;
  }

  /** instanceof follows the whole Python MRO, so virtual bases match too. */
  static override [Symbol.hasInstance]<C extends AnyClass>(this: C, value: unknown): value is InstanceType<C> {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    if (plainHasInstance.call(this, value)) return true;
    const cls = Object.getPrototypeOf(value)?.constructor;
    return typeof cls === 'function' && issubclass(cls, this);
  }

  static get __qualname__(): string {
    return classQualname(this);
  }

  static get __name__(): string {
    return className(this);
  }

  static get __module__(): string {
    return classModuleOf(this);
  }

  /** The Python method resolution order, e.g. Entry.DoesNotExist.__mro__. */
  static get __mro__(): Function[] {
    return mro(this);
  }
}

// `message` and `name` are accessors so they always reflect the current args and class.
// Assigning either stores an own value, which is how ValidationError keeps Python's `.message`.
Object.defineProperty(BaseException.prototype, 'message', {
  configurable: true,
  get(this: BaseException) {
    return this.__str__();
  },
  set(this: BaseException, value: unknown) {
    Object.defineProperty(this, 'message', { value, writable: true, configurable: true, enumerable: false });
  },
});
Object.defineProperty(BaseException.prototype, 'name', {
  configurable: true,
  get(this: BaseException) {
    return classQualname(Object.getPrototypeOf(this).constructor);
  },
  set(this: BaseException, value: unknown) {
    Object.defineProperty(this, 'name', { value, writable: true, configurable: true, enumerable: false });
  },
});

/** Names a Python class: sets its __module__ (and qualname, default the JS name). Returns the class. */
export function pythonClass<C extends Function>(cls: C, module: string, qualname?: string): C {
  setPythonName(cls, { module, qualname });
  return cls;
}

export type ExceptionClass = typeof BaseException;

export interface ExceptionSpec {
  /** Python __qualname__, e.g. "Entry.DoesNotExist". Defaults to `name`. */
  qualname?: string;
  /** Python __module__. Defaults to "__main__". */
  module?: string;
  /** Class attributes, set as static properties (e.g. `{ silent_variable_failure: true }`). */
  attrs?: Record<string, unknown>;
  /** Methods added to the prototype (e.g. a custom `__str__`). */
  methods?: Record<string, (this: BaseException, ...args: any[]) => unknown>;
}

/**
 * Creates an exception class with one or more Python bases, like `class name(*bases): ...`.
 * The JS class extends bases[0]; the other bases are virtual, recognised by instanceof,
 * isinstance(), issubclass() and mro(). Throws TypeError when no consistent MRO exists.
 *
 *   const NotUpdated = defineException('NotUpdated', [ObjectNotUpdated, DatabaseError],
 *     { qualname: 'Entry.NotUpdated', module: 'blog.models' });
 */
export function defineException<B extends AnyClass>(
  name: string,
  bases: readonly [B, ...AnyClass[]],
  spec: ExceptionSpec = {},
): B {
  const [first] = bases;
  if (new Set(bases).size !== bases.length) {
    throw new TypeError(`duplicate base class ${className(bases.find((b, i) => bases.indexOf(b) !== i) as Function)}`);
  }
  const cls = class extends (first as unknown as new (...args: unknown[]) => object) {};
  Object.defineProperty(cls, 'name', { value: name, configurable: true });
  declaredBases.set(cls, [...bases]);
  try {
    mro(cls);
  } catch (error) {
    declaredBases.delete(cls);
    throw error;
  }
  setPythonName(cls, { module: spec.module ?? '__main__', qualname: spec.qualname ?? name });
  for (const [key, value] of Object.entries(spec.attrs ?? {})) {
    Object.defineProperty(cls, key, { value, writable: true, configurable: true, enumerable: true });
  }
  for (const [key, method] of Object.entries(spec.methods ?? {})) {
    Object.defineProperty(cls.prototype, key, { value: method, writable: true, configurable: true });
  }
  return cls as unknown as B;
}

/** The direct Python bases of a class (Python's `__bases__`). */
export function bases(cls: Function): Function[] {
  const declared = declaredBases.get(cls);
  if (declared) return declared;
  if (cls === BaseException) return [];
  // JS's own errors behave as direct subclasses of Exception, as their Python twins are.
  if (isNativeErrorClass(cls)) return [Exception];
  const parent = Object.getPrototypeOf(cls) as Function | null;
  if (parent === null || parent === Function.prototype) return [];
  return [parent];
}

/**
 * Python's MRO (C3 linearisation), starting with the class itself and ending at BaseException
 * for exceptions (Python's final `object` is left out). Throws TypeError if inconsistent.
 */
export function mro(cls: Function): Function[] {
  const cached = mroCache.get(cls);
  if (cached) return [...cached];
  const direct = bases(cls);
  const sequences = [...direct.map((b) => mro(b)), [...direct]];
  const result: Function[] = [cls];
  for (;;) {
    const pending = sequences.filter((s) => s.length > 0);
    if (pending.length === 0) break;
    const head = pending.map((s) => s[0] as Function).find((c) => !pending.some((s) => s.indexOf(c) > 0));
    if (!head) {
      throw new TypeError(
        `Cannot create a consistent method resolution order (MRO) for bases ${direct.map((b) => className(b)).join(', ')}`,
      );
    }
    result.push(head);
    for (const s of pending) if (s[0] === head) s.shift();
  }
  mroCache.set(cls, result);
  return [...result];
}

/** Python's issubclass(); `base` may be an array of classes (Python's tuple form). */
export function issubclass(cls: Function, base: Function | readonly Function[]): boolean {
  if (Array.isArray(base)) return base.some((b: Function) => issubclass(cls, b));
  const target = base as Function;
  if (cls === target || Object.prototype.isPrototypeOf.call(target, cls)) return true;
  return mro(cls).includes(target);
}

/** Looks a class attribute up along the MRO, so attributes of virtual bases are found too. */
export function classAttr(cls: Function, attr: string): unknown {
  for (const c of mro(cls)) {
    if (Object.prototype.hasOwnProperty.call(c, attr)) return (c as unknown as Record<string, unknown>)[attr];
  }
  return undefined;
}

/**
 * The Python name of an exception or exception class: its qualname ("Entry.DoesNotExist"),
 * with JS errors mapped to Python's ("TypeError", RangeError -> "ValueError" or "RecursionError",
 * ReferenceError -> "NameError", plain Error -> "Exception").
 */
export function pythonName(excOrClass: unknown): string {
  if (typeof excOrClass === 'function') return classQualname(excOrClass);
  if (excOrClass instanceof Error) {
    const native = nativeErrorInstanceName(excOrClass);
    if (native) return native;
    return classQualname(Object.getPrototypeOf(excOrClass).constructor);
  }
  return classQualname(Object.getPrototypeOf(Object(excOrClass)).constructor);
}

export interface FormatExceptionOptions {
  /** Prefix the module like Python's traceback does ("django.core.exceptions.ValidationError"). */
  module?: boolean;
}

/**
 * The last line of a Python traceback: "Entry.DoesNotExist: Entry matching query does not exist.",
 * or just the name when str(exc) is empty. Throwing a non-error is reported the way Python
 * rejects it: "TypeError: exceptions must derive from BaseException".
 */
export function formatException(exc: unknown, options: FormatExceptionOptions = {}): string {
  if (!(exc instanceof Error)) return 'TypeError: exceptions must derive from BaseException';
  let name = pythonName(exc);
  if (options.module && exc instanceof BaseException) name = classFullName(Object.getPrototypeOf(exc).constructor);
  const text = str(exc);
  return text === '' ? name : `${name}: ${text}`;
}

// ---- sys.exc_info(): the exception being handled ---------------------------------------------
// JS gives a catch block no access to "the current exception" from elsewhere, so the runtime
// approximates it by the most recently raised Python exception (recorded when it is created).

/** Called by BaseException's constructor. */
function noteRaised(exc: BaseException): void {
  recent.push(exc);
  if (recent.length > 8) recent.shift();
}

/** The exception being handled, as far as the runtime can tell (Python's sys.exception()). */
export function currentException(): BaseException | null {
  let current = recent[recent.length - 1] ?? null;
  // A ValidationError builds its nested errors after itself: the outer one is the one raised.
  for (let i = recent.length - 2; i >= 0 && current; i--) {
    if (contains(recent[i]!, current)) current = recent[i]!;
  }
  return current;
}

function contains(outer: BaseException, inner: BaseException): boolean {
  const o = outer as { error_list?: unknown[]; error_dict?: Record<string, unknown[]> };
  if (o.error_list?.includes(inner)) return true;
  return Object.values(o.error_dict ?? {}).some((list) => list.includes(inner));
}

// ---- Python's built-in exceptions ---------------------------------------------------

export class Exception extends BaseException {}
export class ArithmeticError extends Exception {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {
  #attribute: { name: string; obj: unknown; inMethod: boolean } | null = null;

  /**
   * Records what Python's attribute lookup records on the error: the missing name (`exc.name`,
   * which JS's `name` cannot hold: it is the class's qualname) and the object searched
   * (`exc.obj`). The traceback's "Did you mean" hint reads them (python/traceback.ts).
   * `inMethod`: raised inside a method of `obj`, where Python's hint also weighs `_names`.
   */
  withAttribute(name: string, obj: unknown, { inMethod = false }: { inMethod?: boolean } = {}): this {
    this.#attribute = { name, obj, inMethod };
    return this;
  }

  /** Python's `exc.name` for an attribute error: the name that was not found (null when not recorded). */
  get attributeName(): string | null {
    return this.#attribute?.name ?? null;
  }

  /** Python's `exc.obj`: the object the name was looked up on (null when not recorded). */
  get obj(): unknown {
    return this.#attribute?.obj ?? null;
  }

  /** Was it raised inside a method of `obj` (Python sees `self is obj` in the last frame)? */
  get raisedInMethod(): boolean {
    return this.#attribute?.inMethod ?? false;
  }
}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}

export class KeyError extends LookupError {
  /** Python prints a KeyError's single argument with repr: KeyError: 'name'. */
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__();
  }
}

export class OSError extends Exception {
  /** `OSError(errno, strerror[, filename])` prints "[Errno 2] msg: 'file'"; other forms print like Exception. */
  override __str__(): string {
    const [errno, strerror, filename] = this.args;
    if (this.args.length >= 2 && this.args.length <= 5) {
      const head = `[Errno ${str(errno)}] ${str(strerror)}`;
      return this.args.length >= 3 ? `${head}: ${repr(filename)}` : head;
    }
    return super.__str__();
  }

  get errno(): unknown {
    return this.args.length >= 2 ? this.args[0] : null;
  }

  get strerror(): unknown {
    return this.args.length >= 2 ? this.args[1] : null;
  }
}

export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class ValueError extends Exception {}
export class StopIteration extends Exception {}

export class Warning extends Exception {}
export class UserWarning extends Warning {}
export class DeprecationWarning extends Warning {}
export class PendingDeprecationWarning extends Warning {}
export class RuntimeWarning extends Warning {}
export class FutureWarning extends Warning {}

for (const cls of [
  BaseException,
  Exception,
  ArithmeticError,
  ZeroDivisionError,
  OverflowError,
  AssertionError,
  AttributeError,
  LookupError,
  IndexError,
  KeyError,
  OSError,
  RuntimeError,
  NotImplementedError,
  RecursionError,
  ValueError,
  StopIteration,
  Warning,
  UserWarning,
  DeprecationWarning,
  PendingDeprecationWarning,
  RuntimeWarning,
  FutureWarning,
]) {
  pythonClass(cls, 'builtins');
}
