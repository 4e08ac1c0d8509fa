/**
 * What the race lab sends through the sandbox: the request for one scenario and the runs it
 * gives back, as plain data. The page treats a result as untrusted (the reader's code ran in
 * the worker that built it), so `readScenarioResult` checks and rebuilds it field by field.
 */

export interface ScenarioRequest {
  /** 'explore': every interleaving (or a sample); 'run': one schedule (then round-robin). */
  mode: 'explore' | 'run';
  schedule: string[];
  /** Interleavings enumerated at most; above it, a random sample of `sample` runs. */
  limit: number;
  sample: number;
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

export interface ScenarioResult {
  names: string[];
  /** The state after setup(), before the first step. */
  initial: { rows: Record<string, string[]>; cache: string[] };
  /** How many interleavings exist: exact when `exact`, else an estimate from the processes' step counts. */
  total: number;
  exact: boolean;
  /** True when only part of the interleavings ran (`runs` is a sample). */
  sampled: boolean;
  runs: WireRun[];
  /** The scenario could not be run at all: a syntax error, an exception, no default export. */
  error: string | null;
  /** The line of the reader's code the error points at, when known. */
  errorLine: number | null;
  /** The first run had to be stopped (a stuck or endless process): the message. */
  stopped: string | null;
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
 * What one result may hold in all, checked before and while it is rebuilt: a forged result can
 * be tiny on the wire (every step the same shared object) and huge once rebuilt.
 */
export const MAX_TOTAL_STEPS = 20_000;
export const MAX_TOTAL_CHARS = 8_000_000;

class OverBudget extends Error {}
/** Characters still allowed while one result is rebuilt (readScenarioResult sets it). */
let charsLeft = Number.POSITIVE_INFINITY;
function charge<T extends string>(value: T): T {
  charsLeft -= value.length;
  if (charsLeft < 0) throw new OverBudget();
  return value;
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

function readRows(value: unknown): Record<string, string[]> {
  const rows: Record<string, string[]> = {};
  if (!isObject(value)) return rows;
  for (const [table, list] of Object.entries(value).slice(0, 50)) rows[table.slice(0, MAX_NAME)] = texts(list);
  return rows;
}

const OUTCOMES = ['ok', 'error', 'waiting'] as const;

function readEntry(value: unknown, index: number): WireEntry | undefined {
  if (!isObject(value) || !OUTCOMES.includes(value.outcome as WireEntry['outcome'])) return undefined;
  const entry: WireEntry = {
    step: index + 1,
    process: text(value.process, MAX_NAME),
    operation: text(value.operation),
    outcome: value.outcome as WireEntry['outcome'],
    sql: texts(value.sql),
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

function readRun(value: unknown): WireRun | undefined {
  if (!isObject(value) || !Array.isArray(value.timeline)) return undefined;
  const timeline = value.timeline.slice(0, MAX_STEPS).map(readEntry);
  if (timeline.some((entry) => entry === undefined)) return undefined;
  return {
    schedule: texts(value.schedule, MAX_STEPS).map((name) => name.slice(0, MAX_NAME)),
    ok: value.ok === true,
    failed: texts(value.failed, MAX_PROCESSES),
    checkFailed: nullableText(value.checkFailed),
    stopped: nullableText(value.stopped),
    timeline: timeline as WireEntry[],
  };
}

/** A scenario result, rebuilt; undefined for anything malformed or over the size budget. */
export function readScenarioResult(value: unknown): ScenarioResult | undefined {
  if (!isObject(value) || !Array.isArray(value.runs)) return undefined;
  const listed = value.runs.slice(0, MAX_RUNS);
  let steps = 0;
  for (const run of listed) steps += isObject(run) && Array.isArray(run.timeline) ? Math.min(run.timeline.length, MAX_STEPS) : 0;
  if (steps > MAX_TOTAL_STEPS) return undefined;
  charsLeft = MAX_TOTAL_CHARS;
  try {
    return rebuildResult(value, listed);
  } catch (error) {
    if (error instanceof OverBudget) return undefined;
    throw error;
  } finally {
    charsLeft = Number.POSITIVE_INFINITY;
  }
}

function rebuildResult(value: Loose, listed: unknown[]): ScenarioResult | undefined {
  const runs = listed.map(readRun);
  if (runs.some((run) => run === undefined)) return undefined;
  const initial = isObject(value.initial) ? value.initial : {};
  return {
    names: texts(value.names, MAX_PROCESSES).map((name) => name.slice(0, MAX_NAME)),
    initial: { rows: readRows(initial.rows), cache: texts(initial.cache) },
    total: Math.min(count(value.total), MAX_COUNTED_INTERLEAVINGS),
    exact: value.exact === true,
    sampled: value.sampled === true,
    runs: runs as WireRun[],
    error: nullableText(value.error),
    errorLine:
      typeof value.errorLine === 'number' && Number.isSafeInteger(value.errorLine) && value.errorLine > 0
        ? value.errorLine
        : null,
    stopped: nullableText(value.stopped),
  };
}

export function readScenarioRequest(value: unknown): ScenarioRequest | undefined {
  if (!isObject(value) || (value.mode !== 'explore' && value.mode !== 'run')) return undefined;
  const limit = Math.min(MAX_RUNS, count(value.limit));
  const sample = Math.min(MAX_RUNS, count(value.sample));
  return {
    mode: value.mode,
    schedule: texts(value.schedule, MAX_STEPS).map((name) => name.slice(0, MAX_NAME)),
    limit: Math.floor(limit),
    sample: Math.floor(sample),
  };
}
