// Python's equality, hashing, len() and isinstance() over JS values, honouring the
// __eq__ / __hash__ / __len__ protocol methods that runtime classes define.

import { classQualname } from './names';
import { typeName } from './repr';
import { dictEntries, isDict, isFloatObject, isFrozenSet, isTuple } from './types';

/** Python's NotImplemented: returned by __eq__ to let the other operand answer. */
export const NotImplemented: { readonly __repr__: () => string } = Object.freeze({
  __repr__: () => 'NotImplemented',
});

type EqResult = boolean | typeof NotImplemented;

interface EqProtocol {
  __eq__(other: unknown): EqResult;
}

function method(value: unknown, name: string): Function | null | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const m = (value as Record<string, unknown>)[name];
  if (m === null) return null;
  return typeof m === 'function' ? m : undefined;
}

/**
 * Python's `a == b`: a.__eq__(b), then b.__eq__(a) if the first says NotImplemented, then the
 * built-in rules (numbers across int/float/bool, element-wise lists, tuples, dicts and sets),
 * and finally identity. Simplification: the reflected operand is not tried first for subclasses.
 */
export function eq(a: unknown, b: unknown): boolean {
  if (method(a, '__eq__')) {
    const result = (a as EqProtocol).__eq__(b);
    if (result !== NotImplemented) return Boolean(result);
  }
  if (method(b, '__eq__')) {
    const result = (b as EqProtocol).__eq__(a);
    if (result !== NotImplemented) return Boolean(result);
  }
  return builtinEq(a, b);
}

export function ne(a: unknown, b: unknown): boolean {
  return !eq(a, b);
}

function asNumber(value: unknown): number | bigint | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isFloatObject(value)) return value.valueOf();
  return undefined;
}

function builtinEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  const na = asNumber(a);
  const nb = asNumber(b);
  if (na !== undefined || nb !== undefined) {
    if (na === undefined || nb === undefined) return false;
    // Loose equality compares a bigint with a number by value.
    return na == nb;
  }
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (isTuple(a) !== isTuple(b) || a.length !== b.length) return false;
    return a.every((item, i) => item === b[i] || eq(item, b[i]));
  }
  if (isDict(a) && isDict(b)) {
    const ea = dictEntries(a);
    const eb = dictEntries(b);
    if (ea.length !== eb.length) return false;
    return ea.every(([k, v]) => eb.some(([k2, v2]) => eq(k, k2) && (v === v2 || eq(v, v2))));
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    return [...a].every((item) => b.has(item) || [...b].some((other) => eq(item, other)));
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  return false;
}

// ---- hash ---------------------------------------------------------------------------

const MODULUS = (1n << 61n) - 1n;
const identityHashes = new WeakMap<object, number>();
let nextIdentityHash = 0x1000;

function unhashable(value: unknown): never {
  throw new TypeError(`unhashable type: '${typeName(value)}'`);
}

/** CPython's hash for integers: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
function hashInteger(n: bigint): number {
  const negative = n < 0n;
  let h = (negative ? -n : n) % MODULUS;
  if (negative) h = -h;
  if (h === -1n) h = -2n;
  return Number(h);
}

/** CPython's hash for floats, computed exactly from the binary fraction m / 2**k. */
function hashFloat(x: number): number {
  if (Number.isNaN(x)) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isInteger(x)) return hashInteger(BigInt(x));
  let k = 0;
  let m = Math.abs(x);
  while (!Number.isInteger(m)) {
    m *= 2;
    k += 1;
  }
  // 2**61 is 1 modulo 2**61 - 1, so dividing by 2**k is multiplying by 2**(61 - k % 61).
  let h = ((BigInt(m) % MODULUS) * (1n << BigInt((61 - (k % 61)) % 61))) % MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return Number(h);
}

/** A stable string hash (FNV-1a). Python randomises str hashes per process; only consistency matters. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

function combine(hashes: number[], seed: number): number {
  let h = seed;
  for (const item of hashes) {
    h = Math.imul(h ^ (item | 0) ^ Math.floor(item / 0x100000000), 0x01000193) + 0x9e3779b9;
    h |= 0;
  }
  return h === -1 ? -2 : h;
}

/**
 * Python's hash(): __hash__ when defined (`__hash__ = null` marks a class unhashable, and an
 * object with __eq__ but no __hash__ is unhashable, as in Python), exact CPython values for
 * None-free numbers, tuples and frozensets combined from their items, and TypeError
 * "unhashable type: 'list'" for lists, dicts and sets. Other objects hash by identity.
 */
export function hash(value: unknown): number {
  switch (typeof value) {
    case 'undefined':
      return 0x5f3759df;
    case 'boolean':
      return value ? 1 : 0;
    case 'number':
      return hashFloat(value);
    case 'bigint':
      return hashInteger(value);
    case 'string':
      return hashString(value);
  }
  if (value === null) return 0x5f3759df;
  if (typeof value === 'object') {
    const own = method(value, '__hash__');
    if (own === null) unhashable(value);
    if (own) return Number(own.call(value));
    if (method(value, '__eq__')) unhashable(value);
    if (isFloatObject(value)) return hashFloat(value.valueOf());
    if (isTuple(value)) return combine(value.map(hash), 0x345678);
    if (isFrozenSet(value)) {
      // Order-independent: a sum of item hashes.
      let total = 0;
      for (const item of value) total = (total + hash(item)) | 0;
      return combine([total, value.size], 0x1f2e3d);
    }
    if (Array.isArray(value) || isDict(value) || value instanceof Set || value instanceof Uint8Array) {
      unhashable(value);
    }
  }
  return identityHash(value as object);
}

function identityHash(value: object): number {
  let h = identityHashes.get(value);
  if (h === undefined) {
    h = nextIdentityHash;
    nextIdentityHash += 16;
    identityHashes.set(value, h);
  }
  return h;
}

// ---- len / isinstance ------------------------------------------------------------------

/** Python's len(): strings count code points; lists, tuples, dicts, sets and __len__ objects. */
export function len(value: unknown): number {
  if (typeof value === 'string') {
    let count = 0;
    for (const _ of value) count += 1;
    return count;
  }
  const own = method(value, '__len__');
  if (own) return Number(own.call(value));
  if (Array.isArray(value) || value instanceof Uint8Array) return value.length;
  if (value instanceof Map || value instanceof Set) return value.size;
  if (isDict(value)) return Object.keys(value).length;
  throw new TypeError(`object of type '${typeName(value)}' has no len()`);
}

/**
 * Python's isinstance(). `cls` may be an array of classes (Python's tuple form). The JS wrappers
 * String, Number, Boolean and BigInt stand for str, int/float, bool and int; everything else
 * uses instanceof, which follows virtual bases for exception classes.
 */
export function isinstance(value: unknown, cls: Function | readonly Function[]): boolean {
  if (Array.isArray(cls)) return cls.some((c: Function) => isinstance(value, c));
  switch (cls) {
    case String:
      return typeof value === 'string';
    case Number:
      return typeof value === 'number' || typeof value === 'bigint' || isFloatObject(value);
    case Boolean:
      return typeof value === 'boolean';
    case BigInt:
      return typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value));
  }
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  return value instanceof (cls as new (...args: unknown[]) => unknown);
}

/** The Python name of a class, handy in messages: `type(x).__qualname__`. */
export function qualname(cls: Function): string {
  return classQualname(cls);
}

/**
 * Python's sorted(iterable, *, key=None, reverse=False): a new list in ascending order. Numbers
 * compare as numbers, strings by code point (as Python compares str); mixing the two is a
 * TypeError, as in Python 3.
 */
export function sorted<T>(iterable: Iterable<T>, options: { key?: (item: T) => unknown; reverse?: boolean } = {}): T[] {
  const key = options.key ?? ((item: T) => item);
  const decorated = [...iterable].map((item, index) => ({ item, index, value: key(item) }));
  decorated.sort((a, b) => {
    const [x, y] = [a.value, b.value];
    if (typeof x !== typeof y) {
      throw new TypeError(`'<' not supported between instances of '${typeName(y)}' and '${typeName(x)}'`);
    }
    const order = (x as number | string) < (y as number | string) ? -1 : (x as number | string) > (y as number | string) ? 1 : 0;
    // Stable, like Python's sort, also when reversed.
    return (options.reverse ? -order : order) || a.index - b.index;
  });
  return decorated.map((entry) => entry.item);
}
