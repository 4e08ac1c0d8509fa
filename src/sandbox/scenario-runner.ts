/**
 * Runs a race-lab scenario where the reader's code may run: the sandbox worker (and the Node
 * tests and recorder, through the same function). The scenario is a module whose default
 * export is a `Scheduler` from `sandbox/scheduler`; this evaluates it, enumerates its
 * interleavings (or samples them when there are too many) and returns plain, serialisable runs.
 * Runtime modules come from the loader, so they are the very instances the scenario imported.
 */
import type * as SchedulerModule from './lib/scheduler';
import type * as ExceptionsModule from '../runtime/python/exceptions';
import { evaluateSnippet } from './evaluate';
import type { ModuleLoader } from './modules';
import { snippetFrames } from './traceback';
import { MAX_COUNTED_INTERLEAVINGS, type ScenarioRequest, type ScenarioResult, type WireEntry, type WireRun } from './race-wire';

type Scheduler = SchedulerModule.Scheduler;

const SCHEDULER_MODULE = 'sandbox/scheduler';
type RunResult = SchedulerModule.RunResult;

export interface ScenarioRun {
  source: string;
  filename: string;
  loader: ModuleLoader;
  request: ScenarioRequest;
  /** Receives what the scenario prints. */
  write?: (text: string) => void;
  /** Seed of the sample's schedules (deterministic by default). */
  seed?: number;
}

/**
 * How many ways steps of the given counts interleave: (n1 + n2 + …)! / (n1! n2! …), built as a
 * product of binomials so every partial result is an integer; saturates at
 * MAX_COUNTED_INTERLEAVINGS instead of overflowing.
 */
export function interleavings(stepCounts: readonly number[]): number {
  let total = 1;
  let placed = 0;
  for (const steps of stepCounts) {
    for (let k = 1; k <= steps; k++) {
      placed += 1;
      // total * placed / k stays an integer: total is C(placed-1, k-1) times earlier binomials.
      total = Math.round((total / k) * placed);
      if (!Number.isFinite(total) || total >= MAX_COUNTED_INTERLEAVINGS) return MAX_COUNTED_INTERLEAVINGS;
    }
  }
  return total;
}

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toWire(run: RunResult, stopped: string | null): WireRun {
  const timeline: WireEntry[] = [];
  for (const entry of run.timeline) {
    if (entry.outcome === 'skipped') continue;
    const wire: WireEntry = {
      step: timeline.length + 1,
      process: entry.process,
      operation: entry.operation,
      outcome: entry.outcome,
      sql: [...entry.sql],
      locks: [...entry.locks],
      waits: [...entry.waits],
      rows: Object.fromEntries(Object.entries(entry.rows).map(([table, rows]) => [table, [...rows]])),
      cache: [...entry.cache],
    };
    if (entry.result !== undefined) wire.result = entry.result;
    if (entry.error !== undefined) wire.error = entry.error;
    if (entry.waitingFor !== undefined) wire.waitingFor = entry.waitingFor;
    timeline.push(wire);
  }
  return {
    schedule: timeline.map((entry) => entry.process),
    ok: run.ok && stopped === null,
    failed: [...run.failed],
    checkFailed: run.checkFailed,
    stopped,
    timeline,
  };
}

const emptyResult = (): ScenarioResult => ({
  names: [],
  initial: { rows: {}, cache: [] },
  total: 0,
  exact: true,
  sampled: false,
  runs: [],
  error: null,
  errorLine: null,
  stopped: null,
});

export async function runScenario(job: ScenarioRun): Promise<ScenarioResult> {
  const { source, filename, loader } = job;
  const result = emptyResult();
  const exceptions = (await loader.load('python/exceptions')) as unknown as typeof ExceptionsModule;
  const fail = (error: unknown): ScenarioResult => {
    result.error =
      error instanceof Error ? exceptions.formatException(error) : 'TypeError: exceptions must derive from BaseException';
    result.errorLine = error instanceof Error ? (snippetFrames(error.stack, filename)[0]?.line ?? null) : null;
    return result;
  };
  const evaluation = await evaluateSnippet(
    { source, filename, loader, write: (text: string) => job.write?.(text), preload: [SCHEDULER_MODULE] },
    async (exports: Record<string, unknown>) => {
      const { Scheduler } = loader.require(SCHEDULER_MODULE) as unknown as typeof SchedulerModule;
      const lab = exports.default;
      if (!(lab instanceof Scheduler)) {
        result.error = `TypeError: the scenario must end with \`export default lab;\`, where lab is a Scheduler from ${SCHEDULER_MODULE}.`;
        return result;
      }
      return explore(lab, job, result, fail);
    },
  );
  switch (evaluation.status) {
    case 'syntax-error':
      result.error = `SyntaxError: ${evaluation.error.reason}`;
      result.errorLine = evaluation.error.line;
      return result;
    case 'module-not-found':
      result.error = `ModuleNotFoundError: ${evaluation.error.message}`;
      return result;
    case 'raised':
      return fail(evaluation.error);
    case 'done':
      return evaluation.value;
  }
}

/** Runs the scenario's interleavings (all of them, or a sample) from its initial state. */
async function explore(
  lab: Scheduler,
  job: ScenarioRun,
  result: ScenarioResult,
  fail: (error: unknown) => ScenarioResult,
): Promise<ScenarioResult> {
  const { request } = job;
  const { SchedulerStopped } = job.loader.require(SCHEDULER_MODULE) as unknown as typeof SchedulerModule;
  if (lab.names.length === 0) {
    result.error = 'RuntimeError: the scenario declares no process: add one with lab.process(name, async () => { … }).';
    return result;
  }
  result.names = lab.names;
  try {
    result.initial = await lab.initialState();
  } catch (error) {
    return fail(error);
  }

  const runOne = async (schedule: readonly string[] | 'round-robin'): Promise<WireRun> => {
    try {
      return toWire(await lab.run({ schedule }), null);
    } catch (error) {
      if (error instanceof SchedulerStopped && error.run) return toWire(error.run, error.message);
      throw error;
    }
  };

  let probe: WireRun;
  try {
    probe = await runOne(request.mode === 'run' ? request.schedule.filter((name) => lab.names.includes(name)) : 'round-robin');
  } catch (error) {
    return fail(error);
  }
  if (probe.stopped !== null) {
    // A process that never finishes: exploring would only repeat it. Show the stopped run.
    result.stopped = probe.stopped;
    result.runs = [probe];
    result.total = 1;
    return result;
  }
  if (request.mode === 'run') {
    result.runs = [probe];
    result.total = 1;
    return result;
  }

  const steps = lab.names.map((name) => probe.schedule.filter((process) => process === name).length);
  const estimate = interleavings(steps);
  try {
    if (estimate <= request.limit) {
      const all = await lab.explore({ limit: request.limit });
      const stoppedBy = new Map(all.stopped.map((s) => [s.schedule, s.message] as const));
      result.runs = all.runs.map((run) => toWire(run, stoppedBy.get(run.schedule) ?? null));
      result.exact = !all.truncated;
      result.sampled = all.truncated;
      result.total = all.truncated ? Math.max(estimate, all.count + 1) : all.count;
      return result;
    }
    // Too many to run them all: a random sample of distinct interleavings, said to be one.
    result.exact = false;
    result.sampled = true;
    result.total = estimate;
    const next = random(job.seed ?? 0x5eed);
    const seen = new Set<string>();
    const length = probe.schedule.length * 3;
    for (let attempt = 0; attempt < request.sample * 3 && result.runs.length < request.sample; attempt++) {
      const schedule = Array.from({ length }, () => lab.names[Math.floor(next() * lab.names.length)]!);
      const run = await runOne(schedule);
      const key = run.schedule.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      result.runs.push(run);
    }
    return result;
  } catch (error) {
    return fail(error);
  }
}
