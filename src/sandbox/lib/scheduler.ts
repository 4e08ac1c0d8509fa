// A deterministic scheduler for concurrent "processes" over the in-memory database.
//
// Each process is an async function with its own database connection (own transaction,
// read-committed visibility, row locks). Every awaited runtime call (the ORM's a* methods,
// the cache's a* methods, the async atomic's enter and exit, `step()`) is one step: the process
// stops there until the schedule gives it its turn, then runs the call and the plain code after
// it, up to its next awaited call. Nothing depends on wall-clock time, so the same processes and
// the same schedule always give the same timeline.
//
//   const lab = new Scheduler({ setup: () => Cart.objects.create({ items: 2 }) });
//   lab.process('A', async () => { if (await Cart.objects.filter({ pk: 1 }).aexists()) await Cart.objects.aget({ pk: 1 }); });
//   lab.process('B', async () => { await Cart.objects.filter({ pk: 1 }).adelete(); });
//   const run = await lab.run({ schedule: ['A', 'B', 'A'] });   // or 'round-robin' (the default)
//   print(run.format());
//   const all = await lab.explore();   // every interleaving, each from a fresh database
//   all.count; all.failures;           // which ones ended in an exception
//
// Processes run as async code (asgiref's event loop), so a synchronous ORM call inside one
// raises SynchronousOnlyOperation, as in Django: use the a* methods. A process may await only
// runtime calls and other async functions built on them; awaiting anything else (a timer, a
// promise nobody resolves) stops the run with a message naming the process.

import { reset_databases } from '../../runtime/db';
import { baseConnection, DEFAULT_DB_ALIAS, type DatabaseWrapper, type StatementMark } from '../../runtime/db/backends/base';
import { LockWait } from '../../runtime/db/backends/mvcc';
import { runStep, setStepHost, type StepHost, type StepOptions } from '../../runtime/db/backends/steps';
import { cache } from '../../runtime/core/cache';
import { clock } from '../../runtime/python/time';
import { RuntimeError, formatException } from '../../runtime/python/exceptions';
import { repr } from '../../runtime/python/repr';
import { asyncContext, sync_to_async } from '../../runtime/utils/asyncio';

/** Runs `fn` now, as sync_to_async would run it (outside async context), and returns its result. */
function runAsWorkerThread<T>(fn: () => T): T {
  let value: T | undefined;
  let error: unknown;
  let threw = false;
  // sync_to_async's wrapper has no await before calling fn, so fn has finished when this returns.
  void sync_to_async(() => {
    try {
      value = fn();
    } catch (e) {
      threw = true;
      error = e;
    }
  })();
  if (threw) throw error;
  return value as T;
}

export type ProcessFunction = () => unknown | Promise<unknown>;

export interface SchedulerOptions {
  /** Builds the starting data; run() calls it after resetting the database, cache and clock (see `fresh`). */
  setup?: () => unknown | Promise<unknown>;
  /**
   * Called after every run, outside the processes: throw (e.g. an AssertionError) when the end
   * state is wrong, such as a lost update or a stale cache entry. The run then counts as failed.
   */
  check?: () => unknown;
  /** Steps allowed per run before it is stopped (default 1000). */
  maxSteps?: number;
  /** Microtask turns a process may take between two steps before it counts as stuck (default 10,000). */
  maxTurns?: number;
}

export interface RunOptions {
  /** Which process takes each step: a list of names, then round-robin; or 'round-robin' (default). */
  schedule?: readonly string[] | 'round-robin';
  /** Reset the database, cache and clock and call setup() first (default true). */
  fresh?: boolean;
}

export interface ExploreOptions {
  /** Stop after this many interleavings (default 10,000); `truncated` tells. */
  limit?: number;
  /**
   * Called as each interleaving ends, with the scheduler's message if it had to stop that run.
   * Returning false stops the exploration there (`truncated` tells, as for `limit`).
   */
  onRun?: (run: RunResult, stopped: string | null) => boolean | void;
}

/** One step of the timeline. */
export interface TimelineEntry {
  /** 1-based step number. */
  step: number;
  process: string;
  /** The call, e.g. `Cart.aget(pk=1)`, `atomic: enter`, `cache.get('cart:1')`. */
  operation: string;
  /** 'ok': returned; 'error': raised; 'waiting': blocked on a row lock; 'skipped': named by the schedule but unable to run. */
  outcome: 'ok' | 'error' | 'waiting' | 'skipped';
  /** repr() of the value returned (ok). */
  result?: string;
  /** `Name: message` of the exception (error). */
  error?: string;
  /** What the process waits for (waiting, skipped). */
  waitingFor?: string;
  /** Statements this process sent during the step. */
  sql: string[];
  /** For each statement of `sql`, what the `traceLines` callback gave as it ran (null: not traced, as BEGIN and COMMIT). */
  sqlLines: Array<number | null>;
  /** Row locks held after the step: `app_cart row 1 (A)`. */
  locks: string[];
  /** Processes waiting for a lock after the step: `B waits for app_cart row 1 held by A`. */
  waits: string[];
  /** Committed rows of each table after the step, as Python dicts. */
  rows: Record<string, string[]>;
  /** Live cache entries after the step: `key = value`. */
  cache: string[];
}

export interface ProcessOutcome {
  status: 'returned' | 'raised';
  value?: unknown;
  error?: unknown;
}

export interface RunResult {
  timeline: TimelineEntry[];
  /** Process names in the order they took their steps. */
  schedule: string[];
  outcomes: Record<string, ProcessOutcome>;
  /** Names of the processes that ended with an exception. */
  failed: string[];
  /** `Name: message` of what the `check` option raised after the run, or null. */
  checkFailed: string | null;
  /** True when a process raised or the check failed. */
  ok: boolean;
  /** The timeline as text (one block per step). */
  format(options?: FormatOptions): string;
}

export interface FormatOptions {
  /** Show the SQL of each step (default true). */
  sql?: boolean;
  /** Show the rows and cache after a step that changed them (default true). */
  state?: boolean;
}

export interface ExploreResult {
  /** How many complete interleavings were run. */
  count: number;
  /** True when `limit` stopped the enumeration early. */
  truncated: boolean;
  runs: RunResult[];
  /** The runs in which some process raised, or that were stopped. */
  failures: RunResult[];
  /** Runs that the scheduler had to stop (stuck process, step limit), with the message. */
  stopped: Array<{ schedule: string[]; message: string }>;
}

/** A run the scheduler had to stop: a stuck process, a step limit, or every process waiting. */
export class SchedulerStopped extends RuntimeError {
  run: RunResult | null = null;
}

type Status = 'new' | 'running' | 'ready' | 'waiting' | 'done';

interface ProcessState {
  readonly name: string;
  readonly fn: ProcessFunction;
  readonly threadIdent: number;
  status: Status;
  resume: (() => void) | null;
  waitingFor: LockWait | null;
  /** The call the process is stopped at. */
  pendingOperation: string;
  readonly connections: Map<string, DatabaseWrapper>;
  outcome: ProcessOutcome | null;
}

interface Declared {
  name: string;
  fn: ProcessFunction;
}

/** Runs the synchronous part of an explicit step: `await step('read the form')`. */
export function step(label = 'step'): Promise<void> {
  return runStep(label, () => undefined, { control: true });
}

/** Committed rows of each table, as Python dicts, and the cache's entries. */
export interface StateSnapshot {
  rows: Record<string, string[]>;
  cache: string[];
}

function stateNow(): StateSnapshot {
  const rows: Record<string, string[]> = {};
  for (const [name, table] of baseConnection(DEFAULT_DB_ALIAS).store.tables)
    rows[name] = [...table.rows.values()].map((row) => repr(row));
  return { rows, cache: cache.snapshot().map((e) => `${e.key} = ${e.value}`) };
}

export class Scheduler implements StepHost {
  private readonly declared: Declared[] = [];
  private readonly setup: SchedulerOptions['setup'];
  private readonly check: SchedulerOptions['check'];
  private readonly maxSteps: number;
  private readonly maxTurns: number;
  // State of the run in progress.
  private processes: ProcessState[] = [];
  private running: ProcessState | null = null;
  private timeline: TimelineEntry[] = [];
  private current: TimelineEntry | null = null;
  private logStart = new Map<DatabaseWrapper, number>();
  private lineOf: (() => number | null) | null = null;
  /** Per process connection, the traced line of each statement, at its index in the connection's log. */
  private statementLines = new Map<DatabaseWrapper, Array<number | null>>();
  private implicitOpen: DatabaseWrapper[] | null = null;

  constructor(options: SchedulerOptions = {}) {
    this.setup = options.setup;
    this.check = options.check;
    this.maxSteps = options.maxSteps ?? 1000;
    this.maxTurns = options.maxTurns ?? 10_000;
  }

  /** Declares a process; processes start in declaration order. */
  process(name: string, fn: ProcessFunction): this {
    if (this.declared.some((p) => p.name === name)) throw new RuntimeError(`A process named '${name}' is already declared.`);
    this.declared.push({ name, fn });
    return this;
  }

  get names(): string[] {
    return this.declared.map((p) => p.name);
  }

  /**
   * Calls `lineOf` as each statement of a process runs (through an execute wrapper on the
   * process's connection, so transaction statements are left out, as Django leaves them out of
   * execute_wrapper) and keeps its answer in the step's `sqlLines`. The race lab gives the line
   * of the scenario that sent the statement; null stops tracing.
   */
  traceLines(lineOf: (() => number | null) | null): this {
    this.lineOf = lineOf;
    return this;
  }

  // -- the step host ---------------------------------------------------------------------------

  connection(alias: string): DatabaseWrapper {
    const proc = this.running;
    if (proc === null) return baseConnection(alias);
    let conn = proc.connections.get(alias);
    if (conn === undefined) {
      conn = baseConnection(alias).fork(proc.name, proc.threadIdent);
      proc.connections.set(alias, conn);
      if (this.lineOf !== null) this.traceConnection(conn, this.lineOf);
      if (this.implicitOpen !== null) this.openImplicit(conn);
    }
    return conn;
  }

  async step<T>(describe: string | (() => string), fn: () => T, options: StepOptions = {}): Promise<T> {
    const proc = this.running;
    if (proc === null) throw new RuntimeError('A scheduler step ran with no process running.');
    const description = typeof describe === 'function' ? describe() : describe;
    proc.pendingOperation = description;
    for (;;) {
      await new Promise<void>((resolve) => {
        proc.status = proc.waitingFor ? 'waiting' : 'ready';
        proc.resume = resolve;
      });
      const entry = this.current!;
      entry.operation = description;
      // A wait ends when the process gets its turn again; a stale entry would fake a deadlock.
      if (proc.waitingFor) proc.waitingFor.waiter.lockManager.waits.delete(proc.waitingFor.waiter);
      try {
        const value = runAsWorkerThread(() => this.execute(fn, options));
        proc.waitingFor = null;
        entry.outcome = 'ok';
        entry.result = repr(value);
        return value;
      } catch (e) {
        if (e instanceof LockWait) {
          proc.waitingFor = e;
          e.waiter.lockManager.waits.set(e.waiter, e);
          entry.outcome = 'waiting';
          entry.waitingFor = `${e.what} held by ${e.holder.owner}`;
          continue;
        }
        proc.waitingFor = null;
        entry.outcome = 'error';
        entry.error = formatException(e);
        throw e;
      }
    }
  }

  /** One ORM call as one statement: its own transaction in autocommit mode; undone entirely if it must wait for a lock. */
  private execute<T>(fn: () => T, options: StepOptions): T {
    const proc = this.running!;
    if (options.control) return fn();
    const implicit: DatabaseWrapper[] = [];
    this.implicitOpen = implicit;
    const marks = new Map<DatabaseWrapper, StatementMark>();
    for (const conn of proc.connections.values()) {
      const mark = conn.statementMark();
      if (mark === null) this.openImplicit(conn);
      else marks.set(conn, mark);
    }
    try {
      const value = fn();
      for (const conn of implicit) conn.endStatement(true);
      return value;
    } catch (e) {
      for (const conn of implicit) conn.endStatement(false);
      if (e instanceof LockWait) {
        for (const [conn, mark] of marks) conn.undoStatement(mark);
        for (const conn of implicit) conn.truncateLog(this.logStart.get(conn) ?? 0);
        for (const conn of proc.connections.values()) this.forgetUndoneLines(conn);
      }
      throw e;
    } finally {
      this.implicitOpen = null;
    }
  }

  private traceConnection(conn: DatabaseWrapper, lineOf: () => number | null): void {
    const lines: Array<number | null> = [];
    this.statementLines.set(conn, lines);
    // Installed first, so the outermost wrapper; the connection logs the statement at this index
    // once every wrapper has run.
    conn.execute_wrappers.push((execute, sql, params, many, context) => {
      lines[conn.queries_log.length] = lineOf();
      execute(sql, params, many, context);
    });
  }

  /** Drops the traced lines of statements the log no longer holds (undone), so none outlives its statement. */
  private forgetUndoneLines(conn: DatabaseWrapper): void {
    const lines = this.statementLines.get(conn);
    if (lines) lines.length = Math.min(lines.length, conn.queries_log.length);
  }

  private openImplicit(conn: DatabaseWrapper): void {
    if (!conn.beginStatement()) return;
    this.logStart.set(conn, conn.queries_log.length);
    this.implicitOpen?.push(conn);
  }

  // -- running -------------------------------------------------------------------------------

  /** Runs every process to its end under one schedule. Throws SchedulerStopped if the run cannot finish. */
  async run(options: RunOptions = {}): Promise<RunResult> {
    const schedule = options.schedule ?? 'round-robin';
    const explicit = schedule === 'round-robin' ? [] : [...schedule];
    for (const name of explicit)
      if (!this.names.includes(name))
        throw new RuntimeError(`The schedule names '${name}', which is not a process (${this.names.join(', ')}).`);
    let last = -1;
    let position = 0;
    return this.runWith(options.fresh ?? true, (ready, all) => {
      while (position < explicit.length) {
        const name = explicit[position++]!;
        const proc = all.find((p) => p.name === name)!;
        if (ready.includes(proc)) {
          last = all.indexOf(proc);
          return proc;
        }
        this.skip(proc);
      }
      for (let i = 1; i <= all.length; i++) {
        const proc = all[(last + i) % all.length]!;
        if (ready.includes(proc)) {
          last = all.indexOf(proc);
          return proc;
        }
      }
      return ready[0]!;
    });
  }

  /** Runs every interleaving of the processes' steps (depth-first, each from a fresh database). */
  async explore(options: ExploreOptions = {}): Promise<ExploreResult> {
    const limit = options.limit ?? 10_000;
    const result: ExploreResult = { count: 0, truncated: false, runs: [], failures: [], stopped: [] };
    let prefix: string[] = [];
    for (;;) {
      const choices: Array<{ options: string[]; chosen: string }> = [];
      let run: RunResult;
      let stopped: string | null = null;
      try {
        run = await this.runWith(true, (ready) => {
          const names = ready.map((p) => p.name);
          const index = choices.length;
          const chosen = index < prefix.length && names.includes(prefix[index]!) ? prefix[index]! : names[0]!;
          choices.push({ options: names, chosen });
          return ready.find((p) => p.name === chosen)!;
        });
      } catch (e) {
        if (!(e instanceof SchedulerStopped) || e.run === null) throw e;
        run = e.run;
        stopped = e.message;
        result.stopped.push({ schedule: run.schedule, message: e.message });
        result.failures.push(run);
      }
      result.count += 1;
      result.runs.push(run);
      if (!run.ok && !result.failures.includes(run)) result.failures.push(run);
      const goOn = options.onRun?.(run, stopped) !== false;
      let next: string[] | null = null;
      for (let i = choices.length - 1; i >= 0; i--) {
        const { options: names, chosen } = choices[i]!;
        const at = names.indexOf(chosen);
        if (at < names.length - 1) {
          next = [...choices.slice(0, i).map((c) => c.chosen), names[at + 1]!];
          break;
        }
      }
      if (next === null) break;
      if (result.count >= limit || !goOn) {
        result.truncated = true;
        break;
      }
      prefix = next;
    }
    return result;
  }

  private skip(proc: ProcessState): void {
    const entry = this.newEntry(proc);
    entry.operation = proc.status === 'done' ? '(finished)' : proc.pendingOperation;
    entry.outcome = 'skipped';
    entry.waitingFor =
      proc.status === 'done'
        ? 'the process has finished'
        : proc.waitingFor
          ? `${proc.waitingFor.what} held by ${proc.waitingFor.holder.owner}`
          : undefined;
    this.snapshot(entry);
  }

  private newEntry(proc: ProcessState): TimelineEntry {
    const entry: TimelineEntry = {
      step: this.timeline.length + 1,
      process: proc.name,
      operation: proc.pendingOperation,
      outcome: 'ok',
      sql: [],
      sqlLines: [],
      locks: [],
      waits: [],
      rows: {},
      cache: [],
    };
    this.timeline.push(entry);
    return entry;
  }

  /** A fresh database, cache and clock, then setup(): where every run starts. */
  private async start(): Promise<void> {
    reset_databases();
    cache.clear();
    clock.reset();
    if (this.setup) await this.setup();
  }

  /** What every run starts from: the rows and cache setup() leaves on a fresh database. */
  async initialState(): Promise<StateSnapshot> {
    await this.start();
    return stateNow();
  }

  private async runWith(
    fresh: boolean,
    choose: (ready: ProcessState[], all: ProcessState[]) => ProcessState,
  ): Promise<RunResult> {
    if (fresh) await this.start();
    this.timeline = [];
    this.statementLines.clear();
    this.processes = this.declared.map((d, i) => ({
      name: d.name,
      fn: d.fn,
      threadIdent: i + 2,
      status: 'new' as Status,
      resume: null,
      waitingFor: null,
      pendingOperation: '(start)',
      connections: new Map(),
      outcome: null,
    }));
    const order: string[] = [];
    let steps = 0;
    try {
      for (const proc of this.processes) {
        this.running = proc;
        this.connection(DEFAULT_DB_ALIAS);
        proc.status = 'running';
        const promise = Promise.resolve().then(() => proc.fn());
        promise.then(
          (value) => ((proc.status = 'done'), (proc.outcome = { status: 'returned', value })),
          (error: unknown) => ((proc.status = 'done'), (proc.outcome = { status: 'raised', error })),
        );
        await this.settle(proc, null);
      }
      for (;;) {
        const live = this.processes.filter((p) => p.status !== 'done');
        if (!live.length) break;
        const ready = live.filter((p) => p.status === 'ready' || (p.status === 'waiting' && this.lockFree(p)));
        if (!ready.length) throw this.stop(`Every process is waiting: ${live.map((p) => this.describeWait(p)).join('; ')}.`);
        if (steps >= this.maxSteps) {
          throw this.stop(
            `Stopped after ${this.maxSteps} steps: ${live.map((p) => this.describeWait(p)).join(', ')}. A process that loops or never releases a lock cannot finish.`,
          );
        }
        const proc = choose(ready, this.processes);
        steps += 1;
        order.push(proc.name);
        const entry = this.newEntry(proc);
        this.current = entry;
        for (const conn of proc.connections.values()) this.logStart.set(conn, conn.queries_log.length);
        const resume = proc.resume!;
        proc.resume = null;
        this.running = proc;
        proc.status = 'running';
        setStepHost(this);
        resume();
        await this.settle(proc, entry);
      }
      const result = this.result(order);
      this.cleanUp();
      if (this.check) {
        try {
          await this.check();
        } catch (e) {
          result.checkFailed = formatException(e);
          result.ok = false;
        }
      }
      return result;
    } finally {
      this.cleanUp();
    }
  }

  /** Rolls back what the processes left open and releases their locks. */
  private cleanUp(): void {
    setStepHost(null);
    this.running = null;
    this.current = null;
    for (const proc of this.processes) for (const conn of proc.connections.values()) conn.resetTransactionState();
    baseConnection(DEFAULT_DB_ALIAS).lockManager.clear();
  }

  /** Lets the running process go on until it stops at its next step or ends, then records the state. */
  private async settle(proc: ProcessState, entry: TimelineEntry | null): Promise<void> {
    setStepHost(this);
    try {
      await asyncContext(async () => {
        for (let turn = 0; proc.status === 'running'; turn++) {
          if (turn >= this.maxTurns) {
            const held = [...proc.connections.values()].flatMap((c) => c.tx?.locksHeld() ?? []);
            throw this.stop(
              `Process '${proc.name}' is stuck after ${proc.pendingOperation}: it awaits something that is not a scheduler step ` +
                `(a promise that never resolves, a timer?)${held.length ? `, holding the lock on ${held.join(', ')}` : ''}.`,
            );
          }
          await Promise.resolve();
        }
      });
    } finally {
      setStepHost(null);
      this.running = null;
    }
    if (entry !== null) {
      for (const conn of proc.connections.values()) {
        const start = this.logStart.get(conn) ?? 0;
        const lines = this.statementLines.get(conn);
        conn.queries_log.slice(start).forEach((query, i) => {
          entry.sql.push(query.sql);
          entry.sqlLines.push(lines?.[start + i] ?? null);
        });
      }
      this.snapshot(entry);
    }
  }

  private lockFree(proc: ProcessState): boolean {
    const wait = proc.waitingFor;
    if (wait === null) return true;
    const holder = wait.waiter.lockManager.holder(wait.table, wait.key);
    return holder === undefined || holder === wait.waiter;
  }

  private describeWait(proc: ProcessState): string {
    const wait = proc.waitingFor;
    return wait
      ? `'${proc.name}' waits for the lock on ${wait.what} held by '${wait.holder.owner}'`
      : `'${proc.name}' is at ${proc.pendingOperation}`;
  }

  private stop(message: string): SchedulerStopped {
    const error = new SchedulerStopped(message);
    error.run = this.result(this.timeline.map((e) => e.process));
    return error;
  }

  private snapshot(entry: TimelineEntry): void {
    const base = baseConnection(DEFAULT_DB_ALIAS);
    entry.locks = base.lockManager.held().map((l) => `${l.table} row ${String(l.key)} (${l.owner})`);
    entry.waits = this.processes
      .filter((p) => p.status === 'waiting' && p.waitingFor)
      .map((p) => `${p.name} waits for ${p.waitingFor!.what} held by ${p.waitingFor!.holder.owner}`);
    Object.assign(entry, stateNow());
  }

  private result(order: string[]): RunResult {
    const timeline = this.timeline;
    const outcomes: Record<string, ProcessOutcome> = {};
    for (const proc of this.processes) if (proc.outcome) outcomes[proc.name] = proc.outcome;
    const failed = this.processes.filter((p) => p.outcome?.status === 'raised').map((p) => p.name);
    return {
      timeline,
      schedule: order,
      outcomes,
      failed,
      checkFailed: null,
      ok: failed.length === 0,
      format: (options?: FormatOptions) => formatTimeline(timeline, options),
    };
  }
}

/** The timeline as text: one block per step, state lines only when the state changed. */
export function formatTimeline(timeline: readonly TimelineEntry[], options: FormatOptions = {}): string {
  const lines: string[] = [];
  let rows = '';
  let cacheText = '';
  let locks = '';
  for (const e of timeline) {
    const outcome =
      e.outcome === 'ok'
        ? `-> ${e.result}`
        : e.outcome === 'error'
          ? `!! ${e.error}`
          : e.outcome === 'waiting'
            ? `waits for ${e.waitingFor}`
            : `skipped: ${e.waitingFor ?? 'cannot run'}`;
    lines.push(`${String(e.step).padStart(2)} ${e.process}: ${e.operation} ${outcome}`);
    if (options.sql ?? true) for (const sql of e.sql) lines.push(`     ${sql}`);
    if (options.state ?? true) {
      const rowText = Object.entries(e.rows)
        .map(([t, r]) => `${t}: ${r.length ? r.join(', ') : '(empty)'}`)
        .join('; ');
      if (rowText !== rows) lines.push(`     rows  ${rowText}`);
      rows = rowText;
      const c = e.cache.join(', ');
      if (c !== cacheText) lines.push(`     cache ${c || '(empty)'}`);
      cacheText = c;
      const l = [...e.locks, ...e.waits].join(', ');
      if (l !== locks) lines.push(`     locks ${l || '(none)'}`);
      locks = l;
    }
  }
  return lines.join('\n');
}
