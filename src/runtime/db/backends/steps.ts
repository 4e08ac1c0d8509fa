// The seam between the ORM's async methods and the deterministic scheduler (src/sandbox/lib/scheduler.ts).
//
// Every `a*` method (aget, asave, cache.aget, the async atomic's BEGIN and COMMIT…) runs its
// synchronous twin through runStep(). Outside a scheduler the twin runs one microtask later,
// outside async context as asgiref's sync_to_async runs it. While a scheduled process runs, the scheduler is the
// step host: runStep() parks the process until the schedule gives it its turn, runs the twin as
// one step on the process's own connection, records it in the timeline, and parks it again if
// the twin has to wait for a row lock.

import { sync_to_async } from '../../utils/asyncio';
import type { DatabaseWrapper } from './base';

export interface StepOptions {
  /** A transaction-control step (atomic's BEGIN/COMMIT): not wrapped in a statement transaction. */
  control?: boolean;
}

export interface StepHost {
  /** Runs `fn` as the current process's next step. */
  step<T>(description: string | (() => string), fn: () => T, options?: StepOptions): Promise<T>;
  /** The running process's connection for an alias. */
  connection(alias: string): DatabaseWrapper;
}

let host: StepHost | null = null;

/** The host while a scheduled process is running, else null (checked on every connection lookup). */
export function currentStepHost(): StepHost | null {
  return host;
}

/** Installs (or removes, with null) the step host; returns the previous one. */
export function setStepHost(next: StepHost | null): StepHost | null {
  const previous = host;
  host = next;
  return previous;
}

/**
 * Runs the synchronous twin of an async ORM or cache method: a scheduler step, or sync_to_async.
 * `description` (text, or a function giving it, computed only inside a scheduler) names the step.
 */
export async function runStep<T>(description: string | (() => string), fn: () => T, options?: StepOptions): Promise<T> {
  if (host !== null) return host.step(description, fn, options);
  // Outside a scheduler the call still runs one microtask later, so concurrent async calls
  // interleave call by call, then as a worker thread would run it.
  await Promise.resolve();
  return sync_to_async(fn)();
}

/** `aget(pk=1)`-style text for an ORM call in a timeline: option objects become keyword arguments. */
export function describeCall(name: string, args: readonly unknown[], reprValue: (value: unknown) => string): string {
  const parts: string[] = [];
  for (const arg of args) {
    if (arg !== null && typeof arg === 'object' && Object.getPrototypeOf(arg) === Object.prototype) {
      for (const [key, value] of Object.entries(arg)) parts.push(`${key}=${reprValue(value)}`);
    } else if (arg !== undefined) {
      parts.push(reprValue(arg));
    }
  }
  return `${name}(${parts.join(', ')})`;
}
