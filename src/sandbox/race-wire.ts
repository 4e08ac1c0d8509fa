/**
 * What the race lab sends through the sandbox: the request for one scenario, then what it gives
 * back as plain data, streamed: one message per run as it finishes, then a summary. The frame
 * and the page treat each message as untrusted (the reader's code ran in the worker that built
 * it), so `ScenarioStreamReader` checks and rebuilds each one field by field, on its own, within
 * per-message and per-scenario budgets: no single task grows with the size of the scenario.
 */

export interface ScenarioRequest {
  /** 'explore': every interleaving (or a sample); 'run': one schedule (then round-robin). */
  mode: 'explore' | 'run';
  schedule: string[];
  /** Interleavings enumerated at most; above it, a random sample of `sample` runs. */
  limit: number;
  sample: number;
  /**
   * How long the runner may go on starting runs, in ms from its start; then it sends the runs so
   * far and its summary (`cut: 'time'`), well before the frame's time limit would stop it all.
   */
  timeBudgetMs?: number;
}

export interface WireEntry {
  step: number;
  process: string;
  operation: string;
  outcome: 'ok' | 'error' | 'waiting';
  result?: string;
  error?: string;
  waitingFor?: string;
  sql: string[];
  /** For each statement of `sql`, the line of the scenario that sent it; null for one it did not send itself (BEGIN, COMMIT). */
  sqlLines: (number | null)[];
  locks: string[];
  waits: string[];
  rows: Record<string, string[]>;
  cache: string[];
}

export interface WireRun {
  schedule: string[];
  ok: boolean;
  /** Processes that ended with an exception. */
  failed: string[];
  checkFailed: string | null;
  /** The scheduler's message when it had to stop the run. */
  stopped: string | null;
  timeline: WireEntry[];
}

/** How a scenario ended, sent after its runs (which went one message each, before it). */
export interface ScenarioSummary {
  names: string[];
  /** The state after setup(), before the first step. */
  initial: { rows: Record<string, string[]>; cache: string[] };
  /** How many interleavings exist: exact when `exact`, else an estimate from the processes' step counts. */
  total: number;
  exact: boolean;
  /** True when only part of the interleavings ran (the runs are a sample, or the first ones). */
  sampled: boolean;
  /** How many run messages came before this one. */
  runCount: number;
  /** Why fewer runs came than were asked for: the time budget or the size budget ran out first. */
  cut: 'time' | 'size' | null;
  /** The scenario could not be run at all: a syntax error, an exception, no default export. */
  error: string | null;
  /** The line of the reader's code the error points at, when known. */
  errorLine: number | null;
  /** The first run had to be stopped (a stuck or endless process): the message. */
  stopped: string | null;
}

/** A scenario's summary with its runs, as the page (and the Node tests) put them together. */
export interface ScenarioResult extends ScenarioSummary {
  runs: WireRun[];
}

/** Interleaving counts above this are not exact in a double; the lab says "more than" it. */
export const MAX_COUNTED_INTERLEAVINGS = Number.MAX_SAFE_INTEGER;

export const MAX_RUNS = 1_000;
export const MAX_STEPS = 1_000;
const MAX_LIST = 200;
const MAX_TEXT = 4_000;
const MAX_NAME = 100;
const MAX_PROCESSES = 8;

/**
 * What one run message may rebuild into, and what all the messages of one scenario may hold
 * together. Steps are counted before anything is rebuilt and characters while it is: a forged
 * message can be tiny on the wire (every step the same shared object) and huge once rebuilt.
 * The page keeps every run it accepts, so the totals bound its memory; the runner stops
 * sending runs before it reaches them (`cut: 'size'`), so only a forged stream is refused.
 */
export const MAX_RUN_CHARS = 4_000_000;
export const MAX_TOTAL_STEPS = 100_000;
export const MAX_TOTAL_CHARS = 16_000_000;

class OverBudget extends Error {}
/** Characters still allowed while one message is rebuilt (withBudget sets it). */
let charsLeft = Number.POSITIVE_INFINITY;
function charge<T extends string>(value: T): T {
  charsLeft -= value.length;
  if (charsLeft < 0) throw new OverBudget();
  return value;
}

/** Rebuilds with at most `budget` characters: the value and the characters it used, or undefined. */
function withBudget<T>(budget: number, rebuild: () => T | undefined): { value: T; chars: number } | undefined {
  charsLeft = budget;
  try {
    const value = rebuild();
    return value === undefined ? undefined : { value, chars: budget - charsLeft };
  } catch (error) {
    if (error instanceof OverBudget) return undefined;
    throw error;
  } finally {
    charsLeft = Number.POSITIVE_INFINITY;
  }
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max = MAX_TEXT): string => (typeof value === 'string' ? charge(value.slice(0, max)) : '');
const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string' ? charge(value.slice(0, MAX_TEXT)) : undefined;
const nullableText = (value: unknown): string | null => (typeof value === 'string' ? charge(value.slice(0, MAX_TEXT)) : null);
const texts = (value: unknown, max = MAX_LIST): string[] =>
  Array.isArray(value)
    ? value
        .slice(0, max)
        .filter((v): v is string => typeof v === 'string')
        .map((v) => charge(v.slice(0, MAX_TEXT)))
    : [];
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);
const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function readRows(value: unknown): Record<string, string[]> {
  const rows: Record<string, string[]> = {};
  if (!isObject(value)) return rows;
  for (const [table, list] of Object.entries(value).slice(0, 50)) rows[charge(table.slice(0, MAX_NAME))] = texts(list);
  return rows;
}

const OUTCOMES = ['ok', 'error', 'waiting'] as const;

/** A step's statements with the line of each, read in pairs: both lists whole and the same length, or undefined. */
function readStatements(sql: unknown, lines: unknown): Pick<WireEntry, 'sql' | 'sqlLines'> | undefined {
  if (!Array.isArray(sql) || !Array.isArray(lines) || sql.length !== lines.length) return undefined;
  const statements: Pick<WireEntry, 'sql' | 'sqlLines'> = { sql: [], sqlLines: [] };
  for (let i = 0; i < Math.min(sql.length, MAX_LIST); i++) {
    const [statement, line] = [sql[i], lines[i]];
    if (typeof statement !== 'string' || !(line === null || (isIndex(line) && line > 0))) return undefined;
    statements.sql.push(charge(statement.slice(0, MAX_TEXT)));
    statements.sqlLines.push(line);
  }
  return statements;
}

function readEntry(value: unknown, index: number): WireEntry | undefined {
  if (!isObject(value) || !OUTCOMES.includes(value.outcome as WireEntry['outcome'])) return undefined;
  const statements = readStatements(value.sql, value.sqlLines);
  if (!statements) return undefined;
  const entry: WireEntry = {
    step: index + 1,
    process: text(value.process, MAX_NAME),
    operation: text(value.operation),
    outcome: value.outcome as WireEntry['outcome'],
    ...statements,
    locks: texts(value.locks),
    waits: texts(value.waits),
    rows: readRows(value.rows),
    cache: texts(value.cache),
  };
  const result = optionalText(value.result);
  const error = optionalText(value.error);
  const waitingFor = optionalText(value.waitingFor);
  if (result !== undefined) entry.result = result;
  if (error !== undefined) entry.error = error;
  if (waitingFor !== undefined) entry.waitingFor = waitingFor;
  return entry;
}

function readRun(value: Loose, timeline: unknown[]): WireRun | undefined {
  const entries = timeline.map(readEntry);
  if (entries.some((entry) => entry === undefined)) return undefined;
  return {
    schedule: texts(value.schedule, MAX_STEPS).map((name) => name.slice(0, MAX_NAME)),
    ok: value.ok === true,
    failed: texts(value.failed, MAX_PROCESSES),
    checkFailed: nullableText(value.checkFailed),
    stopped: nullableText(value.stopped),
    timeline: entries as WireEntry[],
  };
}

function readSummary(value: Loose, runCount: number): ScenarioSummary {
  const initial = isObject(value.initial) ? value.initial : {};
  return {
    names: texts(value.names, MAX_PROCESSES).map((name) => name.slice(0, MAX_NAME)),
    initial: { rows: readRows(initial.rows), cache: texts(initial.cache) },
    total: Math.min(count(value.total), MAX_COUNTED_INTERLEAVINGS),
    exact: value.exact === true,
    sampled: value.sampled === true,
    runCount,
    cut: value.cut === 'time' || value.cut === 'size' ? value.cut : null,
    error: nullableText(value.error),
    errorLine: isIndex(value.errorLine) && value.errorLine > 0 ? value.errorLine : null,
    stopped: nullableText(value.stopped),
  };
}

/** One run of a scenario, as its message carries it: `index` counts the runs from 0. */
export interface ScenarioRunPart {
  index: number;
  run: WireRun;
}

/**
 * Reads the messages of one scenario, in order: run 0, run 1, …, then the summary, each
 * checked and rebuilt on its own within its budget and what is left of the scenario's. The
 * frame and the page each keep one per scenario. Anything malformed, out of order, over budget
 * or after the summary is refused (undefined), and so is everything after it: the scenario
 * must then end.
 */
export class ScenarioStreamReader {
  private runs = 0;
  private steps = 0;
  private chars = 0;
  private closed = false;

  /** A `{ index, run }` message, rebuilt. */
  readRun(message: unknown): ScenarioRunPart | undefined {
    if (this.closed || !isObject(message) || message.index !== this.runs || this.runs >= MAX_RUNS) return this.refuse();
    const run = message.run;
    if (!isObject(run) || !Array.isArray(run.timeline)) return this.refuse();
    const timeline: unknown[] = run.timeline;
    // Counted before rebuilding: the length is all a forged timeline cannot hide.
    if (timeline.length > MAX_STEPS || this.steps + timeline.length > MAX_TOTAL_STEPS) return this.refuse();
    const rebuilt = withBudget(Math.min(MAX_RUN_CHARS, MAX_TOTAL_CHARS - this.chars), () => readRun(run, timeline));
    if (!rebuilt) return this.refuse();
    this.steps += timeline.length;
    this.chars += rebuilt.chars;
    return { index: this.runs++, run: rebuilt.value };
  }

  /** A `{ summary }` message, rebuilt: it must count exactly the runs read before it. */
  readEnd(message: unknown): ScenarioSummary | undefined {
    if (this.closed || !isObject(message) || !isObject(message.summary) || message.summary.runCount !== this.runs)
      return this.refuse();
    const summary = message.summary;
    // The summary holds no timeline: the initial state and a few texts, within one message's budget.
    const rebuilt = withBudget(MAX_RUN_CHARS, () => readSummary(summary, this.runs));
    this.closed = true;
    return rebuilt?.value;
  }

  private refuse(): undefined {
    this.closed = true;
    return undefined;
  }
}

/** Characters of a run as a reader charges them, at least: the runner keeps its runs within the budgets with it. */
export function runChars(run: WireRun): number {
  let chars = 0;
  const add = (value: string | null | undefined) => (chars += value?.length ?? 0);
  for (const name of run.schedule) add(name);
  for (const name of run.failed) add(name);
  add(run.checkFailed);
  add(run.stopped);
  for (const entry of run.timeline) {
    add(entry.process);
    add(entry.operation);
    add(entry.result);
    add(entry.error);
    add(entry.waitingFor);
    for (const list of [entry.sql, entry.locks, entry.waits, entry.cache]) for (const item of list) add(item);
    for (const [table, rows] of Object.entries(entry.rows)) {
      add(table);
      for (const row of rows) add(row);
    }
  }
  return chars;
}

export function readScenarioRequest(value: unknown): ScenarioRequest | undefined {
  if (!isObject(value) || (value.mode !== 'explore' && value.mode !== 'run')) return undefined;
  const limit = Math.min(MAX_RUNS, count(value.limit));
  const sample = Math.min(MAX_RUNS, count(value.sample));
  const request: ScenarioRequest = {
    mode: value.mode,
    schedule: texts(value.schedule, MAX_STEPS).map((name) => name.slice(0, MAX_NAME)),
    limit: Math.floor(limit),
    sample: Math.floor(sample),
  };
  if (isIndex(value.timeBudgetMs)) request.timeBudgetMs = value.timeBudgetMs;
  return request;
}
