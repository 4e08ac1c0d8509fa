// The in-memory database behind one alias. Every read and write of the ORM goes through a
// DatabaseWrapper, so transactions, several connections and row locks can be layered on later.
import { runWithCleanup } from '../../python/contextlib';
import { __version__ } from '../../index';
import { settings, type DatabaseSettings } from '../../conf';
import { check_async_unsafe } from '../../utils/asyncio';
import { OperationalError } from '../utils';
import { LockManager, Transaction, type CommittedStore, type LockOptions } from './mvcc';
import { currentStepHost } from './steps';
import { TransactionalWrapper } from './transactions';

export type Row = Record<string, unknown>;

/** Map key for a primary key value: objects (UUID, Decimal) are keyed by their text. */
export function rowKey(pk: unknown): unknown {
  return typeof pk === 'object' && pk !== null ? `\u0000${String(pk)}` : pk;
}

export class Table {
  readonly rows = new Map<unknown, Row>();
  /** Next value handed out by an AUTOINCREMENT primary key. */
  nextId = 1;
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

export interface QueryRecord {
  sql: string;
  time: string;
}

/**
 * Django's execute wrapper: `wrapper(execute, sql, params, many, context)` runs around every
 * statement the connection executes and calls `execute(sql, params, many, context)` to go on.
 */
export type ExecuteWrapper = (
  execute: (sql: string, params: readonly unknown[], many: boolean, context: ExecuteContext) => void,
  sql: string,
  params: readonly unknown[],
  many: boolean,
  context: ExecuteContext,
) => void;

export interface ExecuteContext {
  connection: DatabaseWrapper;
}

export interface StatementMark {
  transaction: ReturnType<Transaction['mark']>;
  logLength: number;
}

/** A journal entry that undoes one write; a future transaction layer replays them backwards. */
export type Undo = () => void;

export class DatabaseWrapper extends TransactionalWrapper {
  readonly vendor = 'sqlite';
  readonly display_name = 'SQLite';
  /** The committed tables, shared with the connections of scheduled processes (see fork()). */
  readonly tables: Map<string, Table>;
  readonly store: CommittedStore;
  readonly lockManager: LockManager;
  /** The transaction beginStatement() opened around one statement in autocommit mode. */
  private implicitTx: Transaction | null = null;
  /** Django keeps the last 9000 queries (`queries_limit`). */
  queries_limit = 9000;
  queries_log: QueryRecord[] = [];
  /** Installed by execute_wrapper(), outermost first. */
  execute_wrappers: ExecuteWrapper[] = [];
  /** Set by a transaction layer to collect undo steps for every write. */
  journal: Undo[] | null = null;
  private clock = 0;

  readonly alias: string;
  readonly settings_dict: DatabaseSettings;
  constructor(alias: string, settings_dict: DatabaseSettings, shared: DatabaseWrapper | null = null) {
    super();
    this.alias = alias;
    this.settings_dict = settings_dict;
    this.tables = shared ? shared.tables : new Map();
    this.lockManager = shared ? shared.lockManager : new LockManager();
    this.store = this;
  }

  /** Another connection to the same database (a scheduled process's), with its own transaction and log. */
  fork(owner: string, threadIdent: number): DatabaseWrapper {
    const other = new DatabaseWrapper(this.alias, this.settings_dict, this);
    other.owner = owner;
    other.thread_ident = threadIdent;
    return other;
  }

  newTransaction(): Transaction {
    return new Transaction(this, this.lockManager, this.owner);
  }

  // A statement in autocommit mode runs in its own transaction, as SQLite runs it; a scheduled
  // step is one such statement, undone entirely when it has to wait for a row lock.

  /** Opens the transaction one statement runs in under autocommit; false when one is open already. */
  beginStatement(): boolean {
    if (this.tx !== null) return false;
    this.tx = this.newTransaction();
    this.implicitTx = this.tx;
    return true;
  }

  /** Commits (or rolls back) what beginStatement() opened, unless the statement closed it itself. */
  endStatement(commit: boolean): void {
    const tx = this.implicitTx;
    this.implicitTx = null;
    if (tx === null || this.tx !== tx) return;
    this.tx = null;
    if (commit) tx.commit();
    else tx.rollback();
  }

  /** Where the open transaction and the log stand, to return there with undoStatement(). */
  statementMark(): StatementMark | null {
    return this.tx === null ? null : { transaction: this.tx.mark(), logLength: this.queries_log.length };
  }

  undoStatement(mark: StatementMark): void {
    this.tx?.rollbackTo(mark.transaction);
    this.truncateLog(mark.logLength);
  }

  /** Forgets the statements logged after the first `length` (a statement undone before it ran). */
  truncateLog(length: number): void {
    this.queries_log.length = Math.min(this.queries_log.length, length);
  }

  get queries(): QueryRecord[] {
    const log = this.queries_log;
    return log.length > this.queries_limit ? log.slice(log.length - this.queries_limit) : log.slice();
  }

  /**
   * Executes one statement as far as the log and Django's checks go: refused from async code
   * (SynchronousOnlyOperation) and after an error inside atomic (TransactionManagementError).
   */
  log(sql: string): void {
    check_async_unsafe();
    // As Django's CursorDebugWrapper: the statement is logged whatever happens to it, also when a
    // wrapper or a broken transaction refuses it; the wrappers run around the check.
    let execute = (_statement: string) => {
      if (this.needs_rollback) this.validate_no_broken_transaction();
    };
    // As Django's CursorWrapper does: the first wrapper installed is the outermost.
    for (const wrapper of [...this.execute_wrappers].reverse()) {
      const inner = execute;
      execute = (statement) => wrapper((next) => inner(next), statement, [], false, { connection: this });
    }
    try {
      execute(sql);
    } finally {
      this.recordQuery(sql);
    }
  }

  /**
   * `with connection.execute_wrapper(wrapper):` as `connection.execute_wrapper(wrapper, () => ...)`:
   * the wrapper sees every statement `body` executes (sync or async), and is removed afterwards.
   */
  execute_wrapper<T>(wrapper: ExecuteWrapper, body: () => T): T {
    this.execute_wrappers.push(wrapper);
    return runWithCleanup(body, () => {
      this.execute_wrappers.pop();
    });
  }

  /** Records one statement the way Django's debug cursor does. */
  recordQuery(sql: string): void {
    this.queries_log.push({ sql, time: '0.000' });
    if (this.queries_log.length > this.queries_limit * 2)
      this.queries_log.splice(0, this.queries_log.length - this.queries_limit);
  }

  reset_queries(): void {
    this.queries_log = [];
  }

  table(name: string): Table {
    let table = this.tables.get(name);
    if (!table) {
      table = new Table(name);
      this.tables.set(name, table);
    }
    return table;
  }

  /** Drops every row of every table (the playground and the tests start from an empty database). */
  flush(): void {
    this.tables.clear();
    this.queries_log = [];
    this.resetTransactionState();
    this.lockManager.clear();
  }

  // Row-level primitives: small, and each one journals its own undo step.

  // With a transaction open, reads and writes go to its write set (mvcc.ts); without one they use
  // the committed tables directly, so a get by pk stays one Map lookup.

  getRow(table: string, pk: unknown): Row | undefined {
    const tx = this.tx;
    if (tx !== null) return tx.getRow(table, rowKey(pk));
    return this.tables.get(table)?.rows.get(rowKey(pk));
  }

  rows(table: string): Iterable<Row> {
    const tx = this.tx;
    if (tx !== null) return tx.rows(table);
    return this.tables.get(table)?.rows.values() ?? [];
  }

  count(table: string): number {
    const tx = this.tx;
    if (tx !== null) return tx.count(table);
    return this.tables.get(table)?.rows.size ?? 0;
  }

  /**
   * Takes a row lock for select_for_update() (a no-op without a transaction). Returns false when
   * skip_locked skips the row; may throw LockWait (the scheduler makes the process wait) or
   * OperationalError (nowait, deadlock), which marks an atomic block for rollback.
   */
  lockRow(table: string, pk: unknown, options: LockOptions = {}): boolean {
    const tx = this.tx;
    if (tx === null) return true;
    try {
      return tx.lock(table, rowKey(pk), options);
    } catch (e) {
      if (e instanceof OperationalError && this.in_atomic_block) {
        this.needs_rollback = true;
        this.rollback_exc = e;
      }
      throw e;
    }
  }

  /** Django's mark_for_rollback_on_error(): a failed write inside atomic breaks the transaction. */
  markForRollbackOnError<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (this.in_atomic_block) {
        this.needs_rollback = true;
        this.rollback_exc = e;
      }
      throw e;
    }
  }

  /** Hands out the next AUTOINCREMENT value for a table. */
  nextPk(table: string): number {
    return this.table(table).nextId;
  }

  insertRow(table: string, pk: unknown, row: Row): void {
    check_async_unsafe();
    if (this.tx !== null) return this.tx.insert(table, rowKey(pk), row);
    const t = this.table(table);
    const key = rowKey(pk);
    t.rows.set(key, row);
    const previousNext = t.nextId;
    if (typeof pk === 'number' && pk >= t.nextId) t.nextId = pk + 1;
    this.journal?.push(() => {
      t.rows.delete(key);
      t.nextId = previousNext;
    });
  }

  updateRow(table: string, pk: unknown, changes: Row): boolean {
    check_async_unsafe();
    if (this.tx !== null) return this.tx.update(table, rowKey(pk), changes);
    const row = this.getRow(table, pk);
    if (!row) return false;
    const before: Row = {};
    for (const column of Object.keys(changes)) before[column] = row[column];
    Object.assign(row, changes);
    this.journal?.push(() => Object.assign(row, before));
    return true;
  }

  deleteRow(table: string, pk: unknown): boolean {
    check_async_unsafe();
    if (this.tx !== null) return this.tx.delete(table, rowKey(pk));
    const t = this.tables.get(table);
    const key = rowKey(pk);
    const row = t?.rows.get(key);
    if (!t || !row) return false;
    t.rows.delete(key);
    this.journal?.push(() => t.rows.set(key, row));
    return true;
  }

  /** A monotonically increasing stamp, useful to order events deterministically. */
  tick(): number {
    return ++this.clock;
  }

  override toString(): string {
    return `<DatabaseWrapper vendor='sqlite' alias='${this.alias}'>`;
  }
}

export class ConnectionDoesNotExist extends Error {
  override name = 'ConnectionDoesNotExist';
}

export const DEFAULT_DB_ALIAS = 'default';

/** `connections[alias]`: one DatabaseWrapper per alias of `settings.DATABASES`, created on first use. */
export class ConnectionHandler {
  private wrappers = new Map<string, DatabaseWrapper>();

  get(alias: string = DEFAULT_DB_ALIAS): DatabaseWrapper {
    let wrapper = this.wrappers.get(alias);
    if (wrapper) return wrapper;
    const config = settings.DATABASES[alias];
    if (!config) throw new ConnectionDoesNotExist(`The connection '${alias}' doesn't exist.`);
    wrapper = new DatabaseWrapper(alias, config);
    this.wrappers.set(alias, wrapper);
    return wrapper;
  }

  all(): DatabaseWrapper[] {
    return Object.keys(settings.DATABASES).map((alias) => this.get(alias));
  }

  /** Empties every database and query log. */
  flush(): void {
    for (const w of this.wrappers.values()) w.flush();
  }

  get version(): string {
    return __version__;
  }
}

const handler = new ConnectionHandler();

/**
 * The wrapper of an alias, without going through the `connections` proxy (used on hot paths).
 * Inside a scheduled process it is that process's own connection.
 */
export function getConnection(alias: string = DEFAULT_DB_ALIAS): DatabaseWrapper {
  const host = currentStepHost();
  return host !== null ? host.connection(alias) : handler.get(alias);
}

/** The main connection of an alias, even inside a scheduled process. */
export function baseConnection(alias: string = DEFAULT_DB_ALIAS): DatabaseWrapper {
  return handler.get(alias);
}

/** `connections['other']` works like Django's; so do `connections.get('other')` and `connections.all()`. */
export const connections = new Proxy(handler, {
  get(target, key, receiver) {
    if (typeof key === 'string' && !(key in target)) return getConnection(key);
    return Reflect.get(target, key, receiver);
  },
}) as ConnectionHandler & { readonly [alias: string]: DatabaseWrapper };

/** `connection`: the default database's wrapper, looked up on each access like Django's proxy. */
export const connection: DatabaseWrapper = new Proxy({} as DatabaseWrapper, {
  get(_target, key) {
    const w = getConnection(DEFAULT_DB_ALIAS);
    const value = Reflect.get(w, key, w);
    return typeof value === 'function' ? value.bind(w) : value;
  },
  set(_target, key, value) {
    return Reflect.set(getConnection(DEFAULT_DB_ALIAS), key, value);
  },
});

export function reset_queries(): void {
  for (const w of handler.all()) w.reset_queries();
}
