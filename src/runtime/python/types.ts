// JS stand-ins for Python value kinds that JS has no exact equivalent for:
// tuples (frozen arrays, tagged), frozensets, floats that must print with ".0", and dicts.

/** A Python tuple: a frozen array remembered as a tuple so that repr() prints "(1,)" not "[1]". */
export type Tuple<T = unknown> = readonly T[];

const tuples = new WeakSet<readonly unknown[]>();

/** `tuple(1, 2)` is Python's `(1, 2)`; `tuple()` is `()`. Use `toTuple(iterable)` for Python's `tuple(iterable)`. */
export function tuple<const T extends readonly unknown[]>(...items: T): Tuple<T[number]> {
  const frozen = Object.freeze([...items]);
  tuples.add(frozen);
  return frozen;
}

/** Python's `tuple(iterable)`. */
export function toTuple<T>(items: Iterable<T>): Tuple<T> {
  return tuple(...items);
}

export function isTuple(value: unknown): value is Tuple {
  return Array.isArray(value) && tuples.has(value);
}

const frozenSets = new WeakSet<object>();

/** Python's frozenset: a Set that refuses changes once built. */
export class FrozenSet<T> extends Set<T> {
  constructor(items?: Iterable<T> | null) {
    super(items ?? undefined);
    frozenSets.add(this);
  }

  override add(value: T): this {
    // Set's constructor calls add() while filling, before the instance is marked frozen.
    if (frozenSets.has(this)) throw new TypeError("'frozenset' object has no attribute 'add'");
    return super.add(value);
  }

  override delete(_value: T): boolean {
    throw new TypeError("'frozenset' object has no attribute 'remove'");
  }

  override clear(): void {
    throw new TypeError("'frozenset' object has no attribute 'clear'");
  }
}

export function frozenset<T>(items?: Iterable<T>): FrozenSet<T> {
  return new FrozenSet(items);
}

export function isFrozenSet(value: unknown): value is FrozenSet<unknown> {
  return value instanceof FrozenSet;
}

/**
 * JS has one number type, so repr() prints integral numbers as ints. `float(1)` returns a
 * Number object tagged as a float: it still does arithmetic (through valueOf) but prints "1.0".
 * It is an object, so `===` compares identity; use eq() or `+x` to compare values.
 */
export function float(value: number | string): number {
  const parsed = typeof value === 'number' ? value : parsePythonFloat(value);
  return new Number(parsed) as unknown as number;
}

// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- a Python float is a boxed Number here
export function isFloatObject(value: unknown): value is Number {
  return value instanceof Number;
}

function parsePythonFloat(text: string): number {
  const t = text.trim().toLowerCase().replace(/_/g, '');
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return Number(t);
  // RangeError is what pythonName() reports as ValueError, Python's error here.
  throw new RangeError(`could not convert string to float: '${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
}

/** Plain objects (object literals, null-prototype objects) are Python dicts with string keys. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A dict is a plain object or a Map. */
export function isDict(value: unknown): value is Record<string, unknown> | Map<unknown, unknown> {
  return value instanceof Map || isPlainObject(value);
}

/** The entries of a dict, whichever JS form it takes. */
export function dictEntries(value: Record<string, unknown> | Map<unknown, unknown>): Array<[unknown, unknown]> {
  return value instanceof Map ? [...value.entries()] : Object.entries(value);
}
