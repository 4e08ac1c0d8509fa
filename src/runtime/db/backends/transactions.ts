// The transaction half of Django's BaseDatabaseWrapper: autocommit, BEGIN/COMMIT/ROLLBACK,
// savepoints, the "needs rollback" flag and on_commit hooks, with Django's attribute names and
// messages. DatabaseWrapper (base.ts) extends it and routes its row primitives to `tx` when a
// transaction is open. Control statements are logged as Django's SQLite backend logs them:
// BEGIN, SAVEPOINT "s1_x1", RELEASE SAVEPOINT …, ROLLBACK TO SAVEPOINT …, COMMIT, ROLLBACK.

import { getLogger, log_kw } from '../../python/logging';
import { Exception } from '../../python/exceptions';
import { TransactionManagementError } from '../transaction_errors';
import { LockManager, Transaction, type CommittedStore } from './mvcc';

export type CommitHook = () => unknown;

const logger = getLogger('django.db.backends.base');

export abstract class TransactionalWrapper {
  /** Writes of the open transaction (null in autocommit mode). */
  tx: Transaction | null = null;
  autocommit = true;
  in_atomic_block = false;
  /** Incremented to name savepoints; atomic never resets it (clean_savepoints() does). */
  savepoint_state = 0;
  savepoint_ids: Array<string | null> = [];
  /** Active atomic blocks (the Atomic objects), outermost first. */
  atomic_blocks: Array<{ durable: boolean }> = [];
  commit_on_exit = true;
  needs_rollback = false;
  rollback_exc: unknown = null;
  run_on_commit: Array<[Set<string | null>, CommitHook, boolean]> = [];
  run_commit_hooks_on_set_autocommit_on = false;
  /** Names savepoints like Django's thread ident: 1 for the main connection, 2, 3… for processes. */
  thread_ident = 1;
  /** Who uses this connection, for lock messages: 'main' or a process name. */
  owner = 'main';
  private readonly savepointMarks = new Map<string, number>();

  abstract readonly alias: string;
  /** The committed tables shared by every connection of the alias. */
  abstract readonly store: CommittedStore;
  abstract readonly lockManager: LockManager;
  /** Appends one statement to the query log without the broken-transaction check. */
  abstract recordQuery(sql: string): void;

  get_autocommit(): boolean {
    return this.autocommit;
  }

  /** Starts a transaction (logs BEGIN) when turned off; runs pending commit hooks when turned back on. */
  set_autocommit(autocommit: boolean, _force_begin_transaction_with_broken_autocommit = false): void {
    this.validate_no_atomic_block();
    if (autocommit === this.autocommit) return;
    this.autocommit = autocommit;
    if (!autocommit) {
      this.recordQuery('BEGIN');
      this.tx = new Transaction(this.store, this.lockManager, this.owner);
    } else if (this.tx !== null) {
      // Leaving a transaction without commit() or rollback(): SQLite commits it.
      this.tx.commit();
      this.tx = null;
    }
    if (autocommit && this.run_commit_hooks_on_set_autocommit_on) {
      this.run_and_clear_commit_hooks();
      this.run_commit_hooks_on_set_autocommit_on = false;
    }
  }

  commit(): void {
    this.validate_no_atomic_block();
    this.recordQuery('COMMIT');
    const tx = this.tx;
    if (tx !== null) {
      tx.commit();
      this.tx = this.autocommit ? null : new Transaction(this.store, this.lockManager, this.owner);
    }
    this.run_commit_hooks_on_set_autocommit_on = true;
  }

  rollback(): void {
    this.validate_no_atomic_block();
    this.recordQuery('ROLLBACK');
    const tx = this.tx;
    if (tx !== null) {
      tx.rollback();
      this.tx = this.autocommit ? null : new Transaction(this.store, this.lockManager, this.owner);
    }
    this.needs_rollback = false;
    this.run_on_commit = [];
  }

  private savepointAllowed(): boolean {
    return !this.get_autocommit();
  }

  /** Creates a savepoint and returns its id (`s1_x1`), or null in autocommit mode. */
  savepoint(): string | null {
    if (!this.savepointAllowed()) return null;
    this.savepoint_state += 1;
    const sid = `s${this.thread_ident}_x${this.savepoint_state}`;
    this.recordQuery(`SAVEPOINT "${sid}"`);
    this.savepointMarks.set(sid, this.tx?.mark() ?? 0);
    return sid;
  }

  savepoint_rollback(sid: string): void {
    if (!this.savepointAllowed()) return;
    this.recordQuery(`ROLLBACK TO SAVEPOINT "${sid}"`);
    const mark = this.savepointMarks.get(sid);
    if (mark !== undefined) this.tx?.rollbackTo(mark);
    // Callbacks registered while this savepoint was active are dropped.
    this.run_on_commit = this.run_on_commit.filter(([sids]) => !sids.has(sid));
  }

  savepoint_commit(sid: string): void {
    if (!this.savepointAllowed()) return;
    this.recordQuery(`RELEASE SAVEPOINT "${sid}"`);
    this.savepointMarks.delete(sid);
  }

  clean_savepoints(): void {
    this.savepoint_state = 0;
  }

  get_rollback(): boolean {
    if (!this.in_atomic_block)
      throw new TransactionManagementError("The rollback flag doesn't work outside of an 'atomic' block.");
    return this.needs_rollback;
  }

  set_rollback(rollback: boolean): void {
    if (!this.in_atomic_block)
      throw new TransactionManagementError("The rollback flag doesn't work outside of an 'atomic' block.");
    this.needs_rollback = rollback;
  }

  validate_no_atomic_block(): void {
    if (this.in_atomic_block) throw new TransactionManagementError("This is forbidden when an 'atomic' block is active.");
  }

  /** Django's check before every statement once an error has marked the transaction for rollback. */
  validate_no_broken_transaction(): void {
    if (this.needs_rollback) {
      const error = new TransactionManagementError(
        "An error occurred in the current transaction. You can't execute queries until the end of the 'atomic' block.",
      );
      throw this.rollback_exc instanceof globalThis.Error ? error.withCause(this.rollback_exc) : error;
    }
  }

  on_commit(func: CommitHook, robust = false): void {
    if (typeof func !== 'function') throw new TypeError("on_commit()'s callback must be a callable.");
    if (this.in_atomic_block) {
      this.run_on_commit.push([new Set(this.savepoint_ids), func, robust]);
    } else if (!this.get_autocommit()) {
      throw new TransactionManagementError('on_commit() cannot be used in manual transaction management');
    } else if (robust) {
      runRobust(func);
    } else {
      func();
    }
  }

  run_and_clear_commit_hooks(): void {
    this.validate_no_atomic_block();
    const hooks = this.run_on_commit;
    this.run_on_commit = [];
    while (hooks.length) {
      const [, func, robust] = hooks.shift()!;
      if (robust) runRobust(func);
      else func();
    }
  }

  /** Back to a fresh connection's state, rolling back any open transaction (flush, end of a scheduler run). */
  resetTransactionState(): void {
    this.tx?.rollback();
    this.tx = null;
    this.autocommit = true;
    this.in_atomic_block = false;
    this.savepoint_ids = [];
    this.atomic_blocks = [];
    this.commit_on_exit = true;
    this.needs_rollback = false;
    this.rollback_exc = null;
    this.run_on_commit = [];
    this.run_commit_hooks_on_set_autocommit_on = false;
    this.savepointMarks.clear();
    this.savepoint_state = 0;
  }
}

/** A robust on_commit callback: its exception is logged, as Django does, and not raised. */
function runRobust(func: CommitHook): void {
  try {
    func();
  } catch (e) {
    if (!(e instanceof Exception) && !(e instanceof globalThis.Error)) throw e;
    const name = (func as { __qualname__?: string }).__qualname__ ?? (func.name || 'callback');
    logger.error(`Error calling ${name} in on_commit() (%s).`, e, log_kw({ exc_info: e }));
  }
}
