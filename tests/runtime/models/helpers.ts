// Shared assertions for the model-layer conformance tests.
import { expect } from 'vitest';
import { connection } from 'django/db';

/** Runs `fn` and returns what it threw; the test fails when it threw nothing. */
export function thrownBy(fn: () => unknown): unknown {
  let caught: unknown = undefined;
  let threw = false;
  try {
    fn();
  } catch (error) {
    caught = error;
    threw = true;
  }
  expect(threw, 'expected an exception').toBe(true);
  return caught;
}

/** What an awaited `fn` rejected with (undefined when it did not). */
export async function rejectionOf(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** str(exc) of what was caught. */
export function messageOf(caught: unknown): string {
  return String((caught as { message: unknown }).message);
}

/** Runs `fn`, asserts it raised an instance of `cls` with exactly `message` (Python's str(exc)). */
export function raises<E>(fn: () => unknown, cls: abstract new (...args: any[]) => E, message?: string): E {
  const caught = thrownBy(fn);
  expect(caught).toBeInstanceOf(cls);
  if (message !== undefined) expect(messageOf(caught)).toBe(message);
  return caught as E;
}

export async function raisesAsync<E>(
  fn: () => Promise<unknown>,
  cls: abstract new (...args: any[]) => E,
  message?: string,
): Promise<E> {
  const caught = await rejectionOf(fn);
  expect(caught).toBeInstanceOf(cls);
  if (message !== undefined) expect(messageOf(caught)).toBe(message);
  return caught as E;
}

/** The SQL statements logged since the last reset. */
export function sqlLog(): string[] {
  return connection.queries.map((q) => q.sql);
}
