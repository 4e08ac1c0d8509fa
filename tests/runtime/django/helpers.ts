// Django's TestCase assertions, spelled for the conformance suite ported from Django's own tests.
import { expect } from 'vitest';
import { connection, connections, reset_databases } from 'django/db';
import { AttributeError, repr } from 'python/builtins';
import { eq } from 'python/protocols';
import { messageOf, rejectionOf, thrownBy } from '../models/helpers';

/**
 * assertRaisesMessage / assertRaises: runs `fn`, asserts it raised an instance of `cls` whose
 * str() contains `message` (Django's assertRaisesMessage checks containment).
 */
export function raises<E>(fn: () => unknown, cls: abstract new (...args: any[]) => E, message?: string): E {
  const caught = thrownBy(fn);
  expect(caught).toBeInstanceOf(cls);
  if (message !== undefined) expect(messageOf(caught)).toContain(message);
  return caught as E;
}

export async function raisesAsync<E>(
  fn: () => Promise<unknown>,
  cls: abstract new (...args: any[]) => E,
  message?: string,
): Promise<E> {
  const caught = await rejectionOf(fn);
  expect(caught).toBeInstanceOf(cls);
  if (message !== undefined) expect(messageOf(caught)).toContain(message);
  return caught as E;
}

/** assertEqual: Python's `==` (`eq()` calls `__eq__`). */
export function assertEqual(a: unknown, b: unknown): void {
  // The message is built only on failure: repr() may call a __str__ that queries.
  if (!eq(a, b)) expect.fail(`${repr(a)} != ${repr(b)}`);
}

/** assertNotEqual. */
export function assertNotEqual(a: unknown, b: unknown): void {
  if (eq(a, b)) expect.fail(`${repr(a)} == ${repr(b)}`);
}

/** assertSequenceEqual / assertQuerySetEqual without transform: element-wise `==`. */
export function assertSequenceEqual(seq: Iterable<unknown>, expected: readonly unknown[]): void {
  const items = [...seq];
  if (items.length !== expected.length) expect.fail(`${repr(items)} has ${items.length} items, expected ${expected.length}`);
  items.forEach((item, i) => assertEqual(item, expected[i]));
}

/** assertCountEqual: same elements under `==`, any order. */
export function assertCountEqual(seq: Iterable<unknown>, expected: readonly unknown[]): void {
  const items = [...seq];
  expect(items.length).toBe(expected.length);
  const left = [...expected];
  for (const item of items) {
    const i = left.findIndex((e) => eq(item, e));
    if (i < 0) expect.fail(`${repr(item)} not expected`);
    left.splice(i, 1);
  }
}

/** assertIn over an iterable, with `==`. */
export function assertIn(item: unknown, seq: Iterable<unknown>): void {
  if (![...seq].some((x) => eq(x, item))) expect.fail(`${repr(item)} not found`);
}

/**
 * assertNumQueries(n): runs `fn` and counts the statements it logged. Django's TestCase runs each
 * test inside a transaction, so an ORM call's own BEGIN/COMMIT are not sent there; they are left
 * out of the count here (savepoints still count, as they do in Django).
 */
export function assertNumQueries<T>(n: number, fn: () => T, options: { using?: string } = {}): T {
  const conn = options.using ? connections[options.using]! : connection;
  const before = conn.queries.length;
  const result = fn();
  const logged = conn.queries
    .slice(before)
    .map((q) => q.sql)
    .filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)\b/.test(sql));
  expect(logged, `expected ${n} queries`).toHaveLength(n);
  return result;
}

/** Django's TestCase gives each test an empty database. */
export function freshDatabase(): void {
  reset_databases();
}

/** Python's hasattr(): the attribute reads without raising AttributeError and is not undefined. */
export function hasattr(obj: unknown, name: string): boolean {
  try {
    return (obj as Record<string, unknown>)[name] !== undefined;
  } catch (error) {
    if (error instanceof AttributeError) return false;
    throw error;
  }
}

/**
 * Python's copy.copy() of a model instance: a new instance of the class given the state that
 * __reduce__() returns (Django's model_unpickle plus __setstate__).
 */
export function copy<T extends object>(obj: T): T {
  const model = obj as unknown as { constructor: new () => T; __reduce__(): [string, Record<string, unknown>] };
  const clone = new model.constructor() as T & { __setstate__(state: Record<string, unknown>): void };
  clone.__setstate__({ ...model.__reduce__()[1] });
  return clone;
}
