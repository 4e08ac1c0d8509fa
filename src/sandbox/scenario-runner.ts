/**
 * Runs a race-lab scenario where the reader's code may run: the sandbox worker (and the Node
 * tests and recorder, through the same function). The scenario is a module whose default
 * export is a `Scheduler` from `sandbox/scheduler`; this evaluates it, enumerates its
 * interleavings (or samples them when there are too many) and hands each run, as plain data,
 * to `onRun` as it ends, then returns the summary. It stops sending runs before they would
 * exceed the time budget or the sizes the page accepts (race-wire.ts), and says so (`cut`).
 * Runtime modules come from the loader, so they are the very instances the scenario imported.
 */
import type * as SchedulerModule from './lib/scheduler';
import type * as ExceptionsModule from '../runtime/python/exceptions';
import { evaluateSnippet } from './evaluate';
import type { ModuleLoader } from './modules';
import { currentLine, snippetFrames } from './traceback';
import {
  MAX_COUNTED_INTERLEAVINGS,
  MAX_RUN_CHARS,
  MAX_RUNS,
  MAX_STEPS,
  MAX_TOTAL_CHARS,
  MAX_TOTAL_STEPS,
  packedChars,
  packRun,
  unpackRun,
  type PackedRun,
  type ScenarioRequest,
  type ScenarioResult,
  type ScenarioSummary,
  type WireEntry,
  type WireRun,
} from './race-wire';

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
  /** Receives each run as it ends, packed as it travels (race-wire.ts), numbered from 0. */
  onRun: (run: PackedRun, index: number) => void;
}

/**
 * How many ways steps of the given counts interleave: (n1 + n2 + …)! / (n1! n2! …), built as a
 * product of binomials so every partial result is an integer, in BigInt so none is rounded;
 * saturates at MAX_COUNTED_INTERLEAVINGS instead of overflowing.
 */
export function interleavings(stepCounts: readonly number[]): number {
  const limit = BigInt(MAX_COUNTED_INTERLEAVINGS);
  let total = 1n;
  let placed = 0n;
  for (const steps of stepCounts) {
    for (let k = 1n; k <= BigInt(steps); k++) {
      placed += 1n;
      // total * placed / k stays an integer: total is C(placed-1, k-1) times earlier binomials.
      // It never decreases (placed >= k), so the first count over the limit is the answer.
      total = (total * placed) / k;
      if (total >= limit) return MAX_COUNTED_INTERLEAVINGS;
    }
  }
  return Number(total);
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
      sqlLines: [...entry.sqlLines],
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

/**
 * Hands the runs on while they fit: in number, in steps and characters (as the readers of
 * race-wire.ts count them, each run and all together) and in time. A run that does not fit is
 * not sent, and `cut` says why the runs stopped short.
 */
class RunSender {
  count = 0;
  cut: ScenarioSummary['cut'] = null;
  private steps = 0;
  private chars = 0;
  private readonly deadline: number;

  constructor(
    private readonly onRun: ScenarioRun['onRun'],
    timeBudgetMs: number | undefined,
  ) {
    this.deadline = performance.now() + (timeBudgetMs ?? Number.POSITIVE_INFINITY);
  }

  /** Sends `run` if it fits; false (and `cut`) when it does not, so no more should be run. */
  send(run: WireRun): boolean {
    const packed = packRun(run);
    const chars = packedChars(packed);
    const steps = run.timeline.length;
    if (
      this.count >= MAX_RUNS ||
      steps > MAX_STEPS ||
      chars > MAX_RUN_CHARS ||
      this.steps + steps > MAX_TOTAL_STEPS ||
      this.chars + chars > MAX_TOTAL_CHARS
    ) {
      this.cut = 'size';
      return false;
    }
    this.steps += steps;
    this.chars += chars;
    this.onRun(packed, this.count++);
    return true;
  }

  /** Whether there is time for another run; false (and `cut`) once the budget is spent. */
  more(): boolean {
    if (performance.now() < this.deadline) return true;
    this.cut = 'time';
    return false;
  }
}

const emptySummary = (): ScenarioSummary => ({
  names: [],
  initial: { rows: {}, cache: [] },
  total: 0,
  exact: true,
  sampled: false,
  runCount: 0,
  cut: null,
  error: null,
  errorLine: null,
  stopped: null,
});

/** Runs a scenario and keeps its runs with the summary: for the Node tests and the recorder. */
export async function collectScenario(job: Omit<ScenarioRun, 'onRun'>): Promise<ScenarioResult> {
  const runs: WireRun[] = [];
  const summary = await runScenario({
    ...job,
    onRun: (packed) => {
      const run = unpackRun(packed);
      // The runner's own packing is always readable; a failure here is a bug in race-wire.ts.
      if (!run) throw new Error(`run ${runs.length} of the scenario does not read back from its packed form`);
      runs.push(run);
    },
  });
  return { ...summary, runs };
}

export async function runScenario(job: ScenarioRun): Promise<ScenarioSummary> {
  const { source, filename, loader } = job;
  const summary = emptySummary();
  const sender = new RunSender(job.onRun, job.request.timeBudgetMs);
  const finish = (): ScenarioSummary => ({ ...summary, runCount: sender.count, cut: sender.cut });
  const exceptions = (await loader.load('python/exceptions')) as unknown as typeof ExceptionsModule;
  const fail = (error: unknown): ScenarioSummary => {
    summary.error =
      error instanceof Error ? exceptions.formatException(error) : 'TypeError: exceptions must derive from BaseException';
    summary.errorLine = error instanceof Error ? (snippetFrames(error.stack, filename)[0]?.line ?? null) : null;
    return finish();
  };
  const evaluation = await evaluateSnippet(
    { source, filename, loader, write: (text: string) => job.write?.(text), preload: [SCHEDULER_MODULE] },
    async (exports: Record<string, unknown>) => {
      const { Scheduler } = loader.require(SCHEDULER_MODULE) as unknown as typeof SchedulerModule;
      const lab = exports.default;
      if (!(lab instanceof Scheduler)) {
        summary.error = `TypeError: the scenario must end with \`export default lab;\`, where lab is a Scheduler from ${SCHEDULER_MODULE}.`;
        return finish();
      }
      return explore(lab, job, summary, sender, fail).then(finish);
    },
  );
  switch (evaluation.status) {
    case 'syntax-error':
      summary.error = `SyntaxError: ${evaluation.error.reason}`;
      summary.errorLine = evaluation.error.line;
      return finish();
    case 'module-not-found':
      summary.error = `ModuleNotFoundError: ${evaluation.error.message}`;
      return finish();
    case 'raised':
      return fail(evaluation.error);
    case 'done':
      return evaluation.value;
  }
}

/** Runs the scenario's interleavings (all of them, or a sample) from its initial state, sending each. */
async function explore(
  lab: Scheduler,
  job: ScenarioRun,
  summary: ScenarioSummary,
  sender: RunSender,
  fail: (error: unknown) => unknown,
): Promise<void> {
  const { request } = job;
  const { SchedulerStopped } = job.loader.require(SCHEDULER_MODULE) as unknown as typeof SchedulerModule;
  if (lab.names.length === 0) {
    summary.error = 'RuntimeError: the scenario declares no process: add one with lab.process(name, async () => { … }).';
    return;
  }
  summary.names = lab.names;
  // Each statement's line: the innermost frame of the scenario's file in the stack as it runs.
  lab.traceLines(() => currentLine(job.filename));
  try {
    summary.initial = await lab.initialState();
  } catch (error) {
    fail(error);
    return;
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
    fail(error);
    return;
  }
  if (probe.stopped !== null || request.mode === 'run') {
    // A process that never finishes: exploring would only repeat it. Show the stopped run.
    if (probe.stopped !== null) summary.stopped = probe.stopped;
    summary.total = 1;
    sender.send(probe);
    return;
  }

  const steps = lab.names.map((name) => probe.schedule.filter((process) => process === name).length);
  const estimate = interleavings(steps);
  try {
    if (estimate <= request.limit) {
      const all = await lab.explore({
        limit: request.limit,
        onRun: (run, stopped) => sender.send(toWire(run, stopped)) && sender.more(),
      });
      // Time is checked after each run, also the last: only a run left unrun is cut short.
      if (!all.truncated && sender.cut === 'time') sender.cut = null;
      summary.exact = !all.truncated;
      summary.sampled = all.truncated || sender.cut !== null;
      summary.total = all.truncated ? Math.max(estimate, all.count + 1) : all.count;
      return;
    }
    // Too many to run them all: a random sample of distinct interleavings, said to be one.
    summary.exact = false;
    summary.sampled = true;
    summary.total = estimate;
    const next = random(job.seed ?? 0x5eed);
    const seen = new Set<string>();
    const length = probe.schedule.length * 3;
    for (let attempt = 0; attempt < request.sample * 3 && seen.size < request.sample; attempt++) {
      if (seen.size > 0 && !sender.more()) return;
      const schedule = Array.from({ length }, () => lab.names[Math.floor(next() * lab.names.length)]!);
      const run = await runOne(schedule);
      const key = run.schedule.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      if (!sender.send(run)) return;
    }
  } catch (error) {
    fail(error);
  }
}
