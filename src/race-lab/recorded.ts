/** What the build records of each scenario variant for the page without JavaScript (recorded.json). */
import type { ScenarioResult, WireRun } from '../sandbox/race-wire';

export interface RecordedVariant {
  names: string[];
  initial: ScenarioResult['initial'];
  total: number;
  failures: number;
  /** The first failing interleaving in enumeration order, or null when none fails. */
  failing: WireRun | null;
}

export type RecordedScenarios = Record<string, Record<string, RecordedVariant>>;

export function recordedVariant(result: ScenarioResult): RecordedVariant {
  const failing = result.runs.find((run) => !run.ok) ?? null;
  return {
    names: result.names,
    initial: result.initial,
    total: result.total,
    failures: result.runs.filter((run) => !run.ok).length,
    failing,
  };
}
