/**
 * The race lab's pure logic, shared by the page and the unit tests: the state at a step, the
 * statements each line sent so far, the runs that continue a chosen prefix of the schedule,
 * and the words that describe a step.
 */
import { fill } from '../i18n/fill';
import { EXPLORE_LIMIT } from '../race-lab-scenarios/index';
import { statementsPerLine } from '../playground/query-lines';
import type { RaceLabStrings } from './strings';
import {
  MAX_COUNTED_INTERLEAVINGS,
  type ScenarioResult,
  type ScenarioSummary,
  type WireEntry,
  type WireRun,
} from '../sandbox/race-wire';

/** What the functions that need only a run's schedule take: a run, packed or not. */
type Scheduled = Pick<WireRun, 'schedule'>;

export interface StepState {
  rows: Record<string, string[]>;
  cache: string[];
  locks: string[];
  waits: string[];
}

/** The state after `position` steps of `run` (0: after setup, before any step). */
export function stateAt(initial: ScenarioResult['initial'], run: WireRun, position: number): StepState {
  const entry = position > 0 ? run.timeline[Math.min(position, run.timeline.length) - 1] : undefined;
  if (!entry) return { rows: initial.rows, cache: initial.cache, locks: [], waits: [] };
  return { rows: entry.rows, cache: entry.cache, locks: entry.locks, waits: entry.waits };
}

/**
 * How many steps the lanes show at most: the ones just before the position. A run may have a
 * thousand steps; laying them all out at once, with their SQL, froze the page for most of a
 * second, while the reader reads only the last few. Stepping back brings earlier ones in.
 */
export const LANE_WINDOW = 40;

/** The steps the lanes show at `position`: `from` (0-based, inclusive) to `to` (exclusive). */
export function laneWindow(position: number): { from: number; to: number } {
  return { from: Math.max(0, position - LANE_WINDOW), to: position };
}

/** How many statements each line of the scenario sent in the steps the lanes show at `position`. */
export function statementsShown(run: WireRun, position: number): Map<number, number> {
  const { from, to } = laneWindow(position);
  return statementsPerLine(run.timeline.slice(from, to).flatMap((entry) => entry.sqlLines));
}

/**
 * The most characters of one text the lab lays out: an operation, a result, a statement, a
 * state block. A reader's repr or a forged result can be megabytes long; the lab shows its
 * start and an ellipsis.
 */
export const TEXT_LIMITS = { operation: 300, result: 500, sql: 2_000, state: 20_000 } as const;

/** `text`, or its first `max` characters and an ellipsis (never half of a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

const startsWith = (schedule: readonly string[], prefix: readonly string[]) => prefix.every((name, i) => schedule[i] === name);

/** The first run whose schedule begins with `prefix`, or -1. */
export function runWithPrefix(runs: readonly Scheduled[], prefix: readonly string[]): number {
  return runs.findIndex((run) => startsWith(run.schedule, prefix));
}

/** The processes that can take step `prefix.length + 1` after `prefix`, among the runs known. */
export function nextChoices(runs: readonly Scheduled[], prefix: readonly string[]): string[] {
  const names = new Set<string>();
  for (const run of runs)
    if (run.schedule.length > prefix.length && startsWith(run.schedule, prefix)) names.add(run.schedule[prefix.length]!);
  return [...names];
}

/** Steps a schedule's label names before it ends in an ellipsis. */
export const LABEL_STEPS = 12;

/**
 * The schedule as `A → B → A`: in full, or (`short`) its first LABEL_STEPS steps then `…`. The
 * lab's list of runs is labelled short: a browser measures every option of a <select> each time
 * it lays it out, and hundreds of labels a thousand steps long cost it most of a second.
 */
export const scheduleLabel = (run: Scheduled, short = false) =>
  short && run.schedule.length > LABEL_STEPS ? `${run.schedule.slice(0, LABEL_STEPS).join(' → ')} → …` : run.schedule.join(' → ');

/** How a step ended, as the lab shows it: the error raised, what it waits for, or its result; clipped. */
export function stepOutcome(entry: WireEntry): string {
  const text =
    entry.outcome === 'error'
      ? (entry.error ?? '')
      : entry.outcome === 'waiting'
        ? (entry.waitingFor ?? '')
        : (entry.result ?? 'None');
  return clip(text, TEXT_LIMITS.result);
}

/** One sentence for a step: what the process ran and how it ended. */
export function describeStep(entry: WireEntry, strings: RaceLabStrings): string {
  const values = { step: entry.step, process: entry.process, operation: clip(entry.operation, TEXT_LIMITS.operation) };
  const outcome = stepOutcome(entry);
  if (entry.outcome === 'error') return fill(strings.stepError, { ...values, error: outcome });
  if (entry.outcome === 'waiting') return fill(strings.stepWaiting, { ...values, what: outcome });
  return fill(strings.stepOk, { ...values, result: outcome });
}

/** `A`, `A and B`, `A, B and C`: the names as the language lists them (`namesAnd`). */
export function listOfNames(names: readonly string[], strings: RaceLabStrings): string {
  if (names.length < 2) return names.join('');
  return fill(strings.namesAnd, { names: names.slice(0, -1).join(', '), last: names[names.length - 1]! });
}

/**
 * How a run ended, in one sentence. The processes that raised are the sentence's subject, and
 * from two names on the verb agrees in the plural («A выбросил», «A и B выбросили»). That is
 * a list's agreement, not a numeral's, so the count decides rather than Intl.PluralRules (which
 * gives Russian 21 the singular form).
 */
export function describeEnd(run: Pick<WireRun, 'stopped' | 'failed' | 'checkFailed'>, strings: RaceLabStrings): string {
  if (run.stopped !== null) return fill(strings.stopped, { message: run.stopped });
  if (run.failed.length)
    return fill(run.failed.length === 1 ? strings.endRaised : strings.endRaisedMany, { names: listOfNames(run.failed, strings) });
  if (run.checkFailed !== null) return fill(strings.endCheck, { error: run.checkFailed });
  return strings.endOk;
}

/**
 * The summary line of an exploration. Runs cut short by the lab's budgets (`cut`) are the first
 * ones of the enumeration when there were few enough to enumerate, else part of the sample; a
 * sentence then says why there are no more.
 */
export function describeResult(
  result: ScenarioSummary & { runs: readonly Pick<WireRun, 'ok'>[] },
  strings: RaceLabStrings,
): string {
  const failures = result.runs.filter((run) => !run.ok).length;
  const total = result.total.toLocaleString('en-US').replaceAll(',', '\u202f');
  const values = { total, runs: result.runs.length, failures };
  const cut = result.cut === 'time' ? ` ${strings.cutTime}` : result.cut === 'size' ? ` ${strings.cutSize}` : '';
  if (result.cut !== null && result.total <= EXPLORE_LIMIT) return fill(strings.summaryFirst, values) + cut;
  if (result.sampled && result.total >= MAX_COUNTED_INTERLEAVINGS) return fill(strings.summarySampleHuge, values) + cut;
  if (result.sampled) return fill(strings.summarySample, values) + cut;
  return fill(failures ? strings.summaryFails : strings.summaryNone, values);
}
