/**
 * What the race lab sends through the sandbox: the request for one scenario, then what it gives
 * back as plain data, streamed: one message per run as it finishes, then a summary. The frame
 * and the page treat each message as untrusted (the reader's code ran in the worker that built
 * it), so `ScenarioStreamReader` checks and rebuilds each one field by field, on its own, within
 * per-message and per-scenario budgets: no single task grows with the size of the scenario.
 *
 * A run travels packed (`PackedRun`): its timeline, nearly all of its size, as one JSON text.
 * The frame and the page share the page's thread, and a text crosses it as one copy, where a
 * timeline of a thousand steps as objects is thousands of strings to clone, check and clone
 * again; the page reads a timeline (`unpackTimeline`) only when the reader shows that run.
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

/** A run as its message carries it: the timeline is the JSON text of its `WireEntry` list. */
export interface PackedRun extends Omit<WireRun, 'timeline'> {
  timeline: string;
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

/** A scenario's summary with its runs, as the Node tests put them together (the page keeps them packed). */
export interface ScenarioResult<Run = WireRun> extends ScenarioSummary {
  runs: Run[];
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
 * What one run message may hold, and what all the messages of one scenario may hold together,
 * in characters: the timeline's JSON text and the run's other texts. A text's length is known
 * before it is read, and a timeline read from JSON shares no part with another, so nothing
 * rebuilt is larger than what was counted (a forged message of objects could be tiny on the
 * wire, every step the same shared object, and huge once rebuilt). The page keeps every run
 * it accepts, so the totals bound its memory; the runner stops sending runs before it reaches
 * them (`cut: 'size'`), so only a forged stream is refused. The page reads the timeline of the
 * run it shows in one task: a million characters of JSON take it a few tens of milliseconds.
 */
export const MAX_RUN_CHARS = 1_000_000;
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

/** A packed run's fields, rebuilt, the timeline's text as it came (its length is charged). */
function readPackedRun(value: Loose, timeline: string): PackedRun {
  return {
    schedule: texts(value.schedule, MAX_STEPS).map((name) => name.slice(0, MAX_NAME)),
    ok: value.ok === true,
    failed: texts(value.failed, MAX_PROCESSES),
    checkFailed: nullableText(value.checkFailed),
    stopped: nullableText(value.stopped),
    timeline: charge(timeline),
  };
}

/** A run with its timeline as JSON text, as the runner sends it. */
export function packRun(run: WireRun): PackedRun {
  return { ...run, timeline: JSON.stringify(run.timeline) };
}

/**
 * The timeline of a packed run, read and rebuilt: one entry per step of its schedule, each
 * checked as any message is. Undefined when the text is not such a list.
 */
export function unpackTimeline(run: PackedRun): WireEntry[] | undefined {
  if (run.timeline.length > MAX_RUN_CHARS) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(run.timeline);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== run.schedule.length) return undefined;
  const list: unknown[] = parsed;
  return withBudget(MAX_RUN_CHARS, () => {
    const entries = list.map(readEntry);
    return entries.some((entry) => entry === undefined) ? undefined : (entries as WireEntry[]);
  })?.value;
}

/** A packed run with its timeline read (unpackTimeline), or undefined. */
export function unpackRun(run: PackedRun): WireRun | undefined {
  const timeline = unpackTimeline(run);
  return timeline && { ...run, timeline };
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
  run: PackedRun;
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
  private refusedOne = false;

  /** Whether a message was refused: only a forged stream has one. */
  get refused(): boolean {
    return this.refusedOne;
  }

  /** A `{ index, run }` message with a packed run, rebuilt (its timeline stays text until it is shown). */
  readRun(message: unknown): ScenarioRunPart | undefined {
    if (this.closed || !isObject(message) || message.index !== this.runs || this.runs >= MAX_RUNS) return this.refuse();
    const run = message.run;
    if (!isObject(run) || typeof run.timeline !== 'string' || !Array.isArray(run.schedule)) return this.refuse();
    // The schedule names the process of each step: its length is the run's step count.
    const steps = run.schedule.length;
    if (steps > MAX_STEPS || this.steps + steps > MAX_TOTAL_STEPS) return this.refuse();
    const timeline = run.timeline;
    const rebuilt = withBudget(Math.min(MAX_RUN_CHARS, MAX_TOTAL_CHARS - this.chars), () => readPackedRun(run, timeline));
    if (!rebuilt) return this.refuse();
    this.steps += steps;
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
    if (!rebuilt) return this.refuse();
    this.closed = true;
    return rebuilt.value;
  }

  private refuse(): undefined {
    this.closed = true;
    this.refusedOne = true;
    return undefined;
  }
}

/** Characters of a packed run as a reader charges them, at least: the runner keeps its runs within the budgets with it. */
export function packedChars(run: PackedRun): number {
  let chars = run.timeline.length + (run.checkFailed?.length ?? 0) + (run.stopped?.length ?? 0);
  for (const name of [...run.schedule, ...run.failed]) chars += name.length;
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
