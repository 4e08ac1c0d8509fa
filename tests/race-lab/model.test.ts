import { describe, expect, it } from 'vitest';
import { describeEnd, describeResult, describeStep, nextChoices, runWithPrefix, stateAt } from '../../src/race-lab/model.ts';
import type { RaceLabStrings } from '../../src/race-lab/strings.ts';
import type { ScenarioResult, WireRun } from '../../src/sandbox/race-wire.ts';
import { MAX_COUNTED_INTERLEAVINGS, MAX_STEPS, readScenarioRequest, readScenarioResult } from '../../src/sandbox/race-wire.ts';
import { interleavings } from '../../src/sandbox/scenario-runner.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import ru from '../../src/content/i18n/ru.json' with { type: 'json' };
import { RACE_LAB_STRING_KEYS } from '../../src/race-lab/strings.ts';

const stringsOf = (json: Record<string, string>) =>
  Object.fromEntries(RACE_LAB_STRING_KEYS.map((key) => [key, json[`raceLab.${key}`]])) as RaceLabStrings;
const strings = stringsOf(en);
const entry = (step: number, process: string, extra: Partial<WireRun['timeline'][number]> = {}) => ({
  step,
  process,
  operation: 'Cart.aget(pk=1)',
  outcome: 'ok' as const,
  result: 'True',
  sql: [],
  locks: [],
  waits: [],
  rows: { app_cart: [`row ${step}`] },
  cache: [],
  ...extra,
});
const run = (schedule: string, ok = true): WireRun => ({
  schedule: [...schedule],
  ok,
  failed: ok ? [] : ['A'],
  checkFailed: null,
  stopped: null,
  timeline: [...schedule].map((p, i) => entry(i + 1, p)),
});
const runs = [run('AAB'), run('ABA', false), run('BA')];

describe('the race lab model', () => {
  it('has a text for every string key', () => {
    for (const key of RACE_LAB_STRING_KEYS) expect(strings[key], key).toBeTruthy();
  });

  it('finds the run that continues a prefix and the processes that can go next', () => {
    expect(runWithPrefix(runs, ['A', 'B'])).toBe(1);
    expect(runWithPrefix(runs, ['B', 'B'])).toBe(-1);
    expect(nextChoices(runs, [])).toEqual(['A', 'B']);
    expect(nextChoices(runs, ['A'])).toEqual(['A', 'B']);
    expect(nextChoices(runs, ['B', 'A'])).toEqual([]);
  });

  it('gives the state after setup, then after each step', () => {
    const initial = { rows: { app_cart: ['initial'] }, cache: ['k = 1'] };
    expect(stateAt(initial, runs[0]!, 0)).toEqual({ rows: initial.rows, cache: initial.cache, locks: [], waits: [] });
    expect(stateAt(initial, runs[0]!, 2).rows).toEqual({ app_cart: ['row 2'] });
  });

  it('describes steps, ends and results', () => {
    expect(describeStep(entry(1, 'A'), strings)).toBe('Step 1: A ran Cart.aget(pk=1), which returned True.');
    expect(describeStep(entry(3, 'A', { outcome: 'error', error: 'Cart.DoesNotExist: x' }), strings)).toBe(
      'Step 3: A ran Cart.aget(pk=1), which raised Cart.DoesNotExist: x.',
    );
    expect(describeEnd(runs[1]!, strings)).toBe('The run failed: A raised an exception.');
    const result: ScenarioResult = {
      names: ['A', 'B'],
      initial: { rows: {}, cache: [] },
      total: 3,
      exact: true,
      sampled: false,
      runs,
      error: null,
      errorLine: null,
      stopped: null,
    };
    expect(describeResult(result, strings)).toBe('3 interleavings, 1 of them failing.');
    expect(describeResult({ ...result, sampled: true, exact: false, total: 7_484_400 }, strings)).toBe(
      'About 7\u202f484\u202f400 interleavings: too many to run them all. Ran a random sample of 3, 1 of them failing.',
    );
  });

  it('agrees the verb with the processes that raised, one or several', () => {
    const failing = (...failed: string[]): WireRun => ({ ...run('AB', false), failed });
    const russian = stringsOf(ru);
    expect(describeEnd(failing('A'), russian)).toBe('Прогон со сбоем: A выбросил исключение.');
    expect(describeEnd(failing('A', 'B'), russian)).toBe('Прогон со сбоем: A и B выбросили исключения.');
    expect(describeEnd(failing('A', 'B', 'C'), russian)).toBe('Прогон со сбоем: A, B и C выбросили исключения.');
    expect(describeEnd(failing('A', 'B'), strings)).toBe('The run failed: A and B raised exceptions.');
    for (const key of RACE_LAB_STRING_KEYS) expect(russian[key], key).toBeTruthy();
  });

  it('rejects malformed results and requests', () => {
    expect(readScenarioResult({ runs: [{ timeline: [{ outcome: 'skipped' }] }] })).toBeUndefined();
    expect(readScenarioResult('x')).toBeUndefined();
    expect(readScenarioRequest({ mode: 'explore', limit: 1e9, sample: 5 })).toEqual({
      mode: 'explore',
      schedule: [],
      limit: 1000,
      sample: 5,
    });
    expect(readScenarioRequest({ mode: 'eval' })).toBeUndefined();
  });
});

describe('what a forged or oversized result costs the page', () => {
  it('refuses a tiny result that would rebuild into more steps than the budget', () => {
    // One shared step object referenced everywhere: small as a structured clone, huge rebuilt.
    const step = entry(1, 'A', { sql: ['x'.repeat(4_000)] });
    const timeline = new Array(MAX_STEPS).fill(step);
    const forged = { runs: new Array(300).fill({ schedule: ['A'], ok: true, failed: [], timeline }) };
    const started = performance.now();
    expect(readScenarioResult(forged)).toBeUndefined();
    // Refused by counting, before anything is rebuilt: far below a rebuild of 300,000 steps.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a result within the step budget whose text is over the character budget', () => {
    const step = entry(1, 'A', { sql: new Array(200).fill('x'.repeat(4_000)) });
    const forged = { runs: [{ schedule: ['A'], ok: true, failed: [], timeline: new Array(MAX_STEPS).fill(step) }] };
    expect(readScenarioResult(forged)).toBeUndefined();
  });

  it('still reads a result of a normal size', () => {
    expect(readScenarioResult({ runs: [run('AB')], names: ['A', 'B'] })?.runs).toHaveLength(1);
  });
});

describe('the interleaving count', () => {
  it('is exact while it fits, and saturates instead of overflowing', () => {
    expect(interleavings([2, 2])).toBe(6);
    expect(interleavings([4, 4, 4])).toBe(34_650);
    expect(interleavings([120, 120, 120, 120, 120, 120, 120, 120])).toBe(MAX_COUNTED_INTERLEAVINGS);
    expect(interleavings([30, 30, 30])).toBe(MAX_COUNTED_INTERLEAVINGS);
  });

  it('is said as "more than" when saturated', () => {
    const result: ScenarioResult = {
      names: ['A'],
      initial: { rows: {}, cache: [] },
      total: MAX_COUNTED_INTERLEAVINGS,
      exact: false,
      sampled: true,
      runs,
      error: null,
      errorLine: null,
      stopped: null,
    };
    expect(describeResult(result, strings)).toMatch(/^More than 9\u202f007\u202f199\u202f254\u202f740\u202f991 interleavings/);
  });
});
