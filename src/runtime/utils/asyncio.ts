// django.utils.asyncio.async_unsafe and asgiref's sync_to_async / async_to_sync, for a
// single-threaded runtime.
//
// Django refuses a synchronous database call made from a thread that runs an event loop. JS
// always has an event loop and no threads, so the runtime models "running inside async code"
// explicitly: asyncContext(fn) marks the code it runs (and everything it awaits) as async
// context, and sync_to_async(fn) runs fn as if in a worker thread (the mark is lifted while
// fn runs). A function wrapped with async_unsafe raises SynchronousOnlyOperation when called
// with the mark set. The mark is a single flag, so overlapping asyncContext() runs that
// interleave their awaits share it; examples run one at a time.

import { SynchronousOnlyOperation } from '../core/exceptions';
import { RuntimeError } from '../python/exceptions';

export const ASYNC_UNSAFE_MESSAGE = 'You cannot call this from an async context - use a thread or sync_to_async.';

/** os.environ as far as Django's async check reads it: DJANGO_ALLOW_ASYNC_UNSAFE turns it off. */
export const environ: Record<string, string | undefined> = {};

let asyncDepth = 0;

/** Is code running inside asyncContext() (Python: is there a running event loop in this thread)? */
export function in_async_context(): boolean {
  return asyncDepth > 0;
}

/** Runs `fn` as async code (an ASGI view, an `async def`): async_unsafe functions refuse to run inside it. */
export async function asyncContext<T>(fn: () => T | Promise<T>): Promise<T> {
  asyncDepth += 1;
  try {
    return await fn();
  } finally {
    asyncDepth -= 1;
  }
}

/** The check Django's @async_unsafe decorator makes before each call. */
export function check_async_unsafe(message: string = ASYNC_UNSAFE_MESSAGE): void {
  if (in_async_context() && !environ.DJANGO_ALLOW_ASYNC_UNSAFE) throw new SynchronousOnlyOperation(message);
}

/**
 * Django's @async_unsafe: `async_unsafe(fn)` or `async_unsafe('message')(fn)`. The wrapped
 * function raises SynchronousOnlyOperation when called from async context.
 */
export function async_unsafe<F extends (...args: any[]) => any>(fn: F): F;
export function async_unsafe(message: string): <F extends (...args: any[]) => any>(fn: F) => F;
export function async_unsafe(arg: unknown): unknown {
  const decorate =
    (message: string) =>
    <F extends (...args: any[]) => any>(fn: F): F => {
      const inner = function (this: unknown, ...args: unknown[]) {
        check_async_unsafe(message);
        return fn.apply(this, args);
      };
      Object.defineProperty(inner, 'name', { value: fn.name });
      return inner as unknown as F;
    };
  if (typeof arg === 'function') return decorate(ASYNC_UNSAFE_MESSAGE)(arg as (...args: any[]) => any);
  return decorate(String(arg));
}

/** asgiref's sync_to_async: an async function that runs `fn` outside async context, as a thread would. */
export function sync_to_async<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const saved = asyncDepth;
    asyncDepth = 0;
    try {
      return fn(...args);
    } finally {
      asyncDepth = saved;
    }
  };
}

/**
 * asgiref's async_to_sync: calls the async function in async context. Python blocks until it
 * finishes; JS cannot block, so the result is still a promise the caller awaits. Called from
 * async context it raises asgiref's RuntimeError, as Python does.
 */
export function async_to_sync<A extends unknown[], R>(fn: (...args: A) => Promise<R> | R): (...args: A) => Promise<R> {
  return (...args: A) => {
    if (in_async_context()) {
      throw new RuntimeError(
        'You cannot use AsyncToSync in the same thread as an async event loop - just await the async function directly.',
      );
    }
    return asyncContext(() => fn(...args));
  };
}
