// django.db.transaction: atomic() with savepoints and durable blocks, on_commit(), the rollback
// flag, savepoint functions and mark_for_rollback_on_error(), following Django's Atomic.
//
// Python's `with transaction.atomic():` becomes a callback: `atomic(() => …)` runs it inside
// the block and returns its result; `await atomic(async () => …)` does the same for async code
// (inside the scheduler, entering and leaving the block are steps of their own). Options are
// Django's keyword arguments: `atomic(fn, { using, savepoint, durable })` (or options first).

import { RuntimeError } from '../python/exceptions';
import { warn } from '../python/warnings';
import { RemovedInDjango2028Warning } from '../utils/deprecation';
import { getConnection, DEFAULT_DB_ALIAS, type DatabaseWrapper } from './backends/base';
import { runStep } from './backends/steps';
import { check_async_unsafe } from '../utils/asyncio';
import type { CommitHook } from './backends/transactions';
import { DatabaseError, Error as DatabaseErrorBase } from './utils';

export { TransactionManagementError } from './transaction_errors';

export interface AtomicOptions {
  using?: string | null;
  savepoint?: boolean;
  durable?: boolean;
}

function get_connection(using: string | null | undefined): DatabaseWrapper {
  return getConnection(using ?? DEFAULT_DB_ALIAS);
}

/** One atomic block: Django's Atomic.__enter__ / __exit__. */
export class Atomic {
  readonly using: string | null;
  readonly savepoint: boolean;
  readonly durable: boolean;

  constructor(using: string | null = null, savepoint = true, durable = false) {
    this.using = using;
    this.savepoint = savepoint;
    this.durable = durable;
  }

  enter(): void {
    const connection = get_connection(this.using);
    if (this.durable && connection.atomic_blocks.length) {
      throw new RuntimeError('A durable atomic block cannot be nested within another atomic block.');
    }
    if (!connection.in_atomic_block) {
      connection.commit_on_exit = true;
      connection.needs_rollback = false;
      if (!connection.get_autocommit()) {
        // A transaction opened by hand: behave as an inner block, and leave it open on exit.
        connection.in_atomic_block = true;
        connection.commit_on_exit = false;
      }
    }
    if (connection.in_atomic_block) {
      if (this.savepoint && !connection.needs_rollback) connection.savepoint_ids.push(connection.savepoint());
      else connection.savepoint_ids.push(null);
    } else {
      connection.set_autocommit(false, true);
      connection.in_atomic_block = true;
    }
    if (connection.in_atomic_block) connection.atomic_blocks.push(this);
  }

  /** `error` is the exception leaving the block, or undefined when it ended normally. */
  exit(error: unknown): void {
    const connection = get_connection(this.using);
    if (connection.in_atomic_block) connection.atomic_blocks.pop();
    let sid: string | null = null;
    if (connection.savepoint_ids.length) sid = connection.savepoint_ids.pop()!;
    else connection.in_atomic_block = false; // so that commit() and rollback() are allowed
    try {
      if (error === undefined && !connection.needs_rollback) {
        if (connection.in_atomic_block) {
          if (sid !== null) {
            try {
              connection.savepoint_commit(sid);
            } catch (e) {
              if (!(e instanceof DatabaseError)) throw e;
              try {
                connection.savepoint_rollback(sid);
                connection.savepoint_commit(sid);
              } catch (inner) {
                if (!(inner instanceof DatabaseErrorBase)) throw inner;
                connection.needs_rollback = true;
              }
              throw e;
            }
          }
        } else {
          try {
            connection.commit();
          } catch (e) {
            if (!(e instanceof DatabaseError)) throw e;
            connection.rollback();
            throw e;
          }
        }
      } else {
        // Set again below when there is no savepoint to roll back to at this level.
        connection.needs_rollback = false;
        if (connection.in_atomic_block) {
          if (sid === null) {
            connection.needs_rollback = true;
          } else {
            try {
              connection.savepoint_rollback(sid);
              // The savepoint will not be reused: release it, as Django does.
              connection.savepoint_commit(sid);
            } catch (e) {
              if (!(e instanceof DatabaseErrorBase)) throw e;
              connection.needs_rollback = true;
            }
          }
        } else {
          connection.rollback();
        }
      }
    } finally {
      if (!connection.in_atomic_block) {
        connection.set_autocommit(true);
      } else if (!connection.savepoint_ids.length && !connection.commit_on_exit) {
        connection.in_atomic_block = false;
      }
    }
  }
}

function isAsyncFunction(fn: unknown): boolean {
  return Object.prototype.toString.call(fn) === '[object AsyncFunction]';
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * `with transaction.atomic(using=None, savepoint=True, durable=False):` as a callback. Returns
 * the callback's result (a promise for an async callback). An exception leaving the callback
 * rolls the block back and is raised again.
 */
export function atomic<T>(fn: () => T, options?: AtomicOptions): T;
export function atomic<T>(options: AtomicOptions, fn: () => T): T;
export function atomic<T>(a: (() => T) | AtomicOptions, b?: (() => T) | AtomicOptions): T {
  const [fn, options] = typeof a === 'function' ? [a, (b ?? {}) as AtomicOptions] : [b as () => T, a];
  if (typeof fn !== 'function') throw new TypeError('atomic() needs a callback: atomic(() => { ... })');
  for (const key of Object.keys(options)) {
    if (key !== 'using' && key !== 'savepoint' && key !== 'durable')
      throw new TypeError(`atomic() got an unexpected keyword argument '${key}'`);
  }
  const block = new Atomic(options.using ?? null, options.savepoint ?? true, options.durable ?? false);
  if (isAsyncFunction(fn)) return runAsync(block, fn as () => Promise<unknown>) as T;
  // The synchronous form opens the connection's transaction directly: Django refuses it in async code.
  check_async_unsafe();
  block.enter();
  let result: T;
  try {
    result = fn();
  } catch (e) {
    block.exit(e);
    throw e;
  }
  if (isThenable(result)) {
    // A plain function that returned a promise: the block ends when the promise settles.
    return Promise.resolve(result).then(
      (value) => (block.exit(undefined), value),
      (e: unknown) => {
        block.exit(e);
        throw e;
      },
    ) as T;
  }
  block.exit(undefined);
  return result;
}

/** The async form: entering and leaving are steps of their own when a scheduler runs the code. */
async function runAsync(block: Atomic, fn: () => Promise<unknown>): Promise<unknown> {
  await runStep('atomic: enter', () => block.enter(), { control: true });
  let result: unknown;
  try {
    result = await fn();
  } catch (e) {
    await runStep('atomic: exit (exception)', () => block.exit(e), { control: true });
    throw e;
  }
  await runStep('atomic: exit', () => block.exit(undefined), { control: true });
  return result;
}

/** `@transaction.atomic` on a function: returns a function that runs inside its own block. */
export function atomic_wrap<A extends unknown[], R>(fn: (...args: A) => R, options: AtomicOptions = {}): (...args: A) => R {
  return (...args: A) => atomic(() => fn(...args), options);
}

/** Runs `func` after the current transaction commits (at once outside a transaction); dropped on rollback. */
export function on_commit(func: CommitHook, options: { using?: string | null; robust?: boolean } = {}): void {
  get_connection(options.using).on_commit(func, options.robust ?? false);
}

export function get_autocommit(using: string | null = null): boolean {
  return get_connection(using).get_autocommit();
}

export function set_autocommit(autocommit: boolean, using: string | null = null): void {
  get_connection(using).set_autocommit(autocommit);
}

export function commit(using: string | null = null): void {
  get_connection(using).commit();
}

export function rollback(using: string | null = null): void {
  get_connection(using).rollback();
}

/** Deprecated in Django 6.1: savepoint_create() is the new name. */
export function savepoint(using: string | null = null): string | null {
  warn('savepoint() is deprecated. Use savepoint_create() instead.', RemovedInDjango2028Warning, 2);
  return savepoint_create(using);
}

export function savepoint_create(using: string | null = null): string | null {
  return get_connection(using).savepoint();
}

export function savepoint_rollback(sid: string, using: string | null = null): void {
  get_connection(using).savepoint_rollback(sid);
}

export function savepoint_commit(sid: string, using: string | null = null): void {
  get_connection(using).savepoint_commit(sid);
}

export function clean_savepoints(using: string | null = null): void {
  get_connection(using).clean_savepoints();
}

export function get_rollback(using: string | null = null): boolean {
  return get_connection(using).get_rollback();
}

export function set_rollback(rollback: boolean, using: string | null = null): void {
  get_connection(using).set_rollback(rollback);
}

/**
 * Django's mark_for_rollback_on_error(): an exception raised by `fn` inside an atomic block marks
 * the transaction as needing rollback, so the next query raises TransactionManagementError.
 */
export function mark_for_rollback_on_error<T>(using: string | null, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const connection = get_connection(using);
    if (connection.in_atomic_block) {
      connection.needs_rollback = true;
      connection.rollback_exc = e;
    }
    throw e;
  }
}
