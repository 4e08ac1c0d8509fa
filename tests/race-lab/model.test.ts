import { describe, expect, it, vi } from 'vitest';
import {
  describeEnd,
  describeResult,
  clip,
  describeStep,
  LANE_WINDOW,
  laneWindow,
  nextChoices,
  runWithPrefix,
  stateAt,
  statementsShown,
} from '../../src/race-lab/model.ts';
import { statementsPerLine } from '../../src/playground/query-lines.ts';
import type { RaceLabStrings } from '../../src/race-lab/strings.ts';
import type { ScenarioResult, WireEntry, WireRun } from '../../src/sandbox/race-wire.ts';
import {
  MAX_COUNTED_INTERLEAVINGS,
  MAX_RUNS,
  MAX_STEPS,
  MAX_TOTAL_STEPS,
  MAX_RUN_CHARS,
  MAX_TOTAL_CHARS,
  packedChars,
  packRun,
  ScenarioStreamReader,
  unpackTimeline,
  readScenarioRequest,
} from '../../src/sandbox/race-wire.ts';
import { interleavings } from '../../src/sandbox/scenario-runner.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import ru from '../../src/content/i18n/ru.json' with { type: 'json' };
import es from '../../src/content/i18n/es.json' with { type: 'json' };
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
  sqlLines: [],
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

  it('states the budgets the wire enforces, in every language', () => {
    expect([MAX_STEPS, MAX_TOTAL_STEPS]).toEqual([1_000, 100_000]);
    for (const [json, perRun, total] of [
      [en, '1,000', '100,000'],
      [ru, '1000', '100\u00a0000'],
      [es, '1000', '100\u00a0000'],
    ] as const) {
      expect(stringsOf(json).tooBig).toContain(perRun);
      expect(stringsOf(json).cutSize).toContain(total);
    }
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

  it('counts the statements each line sent in the steps shown, leaving out those of no line', () => {
    expect(statementsPerLine([3, null, 3, undefined, 7])).toEqual(
      new Map([
        [3, 2],
        [7, 1],
      ]),
    );
    const lined: WireRun = {
      ...run('ABA'),
      timeline: [
        entry(1, 'A', { sql: ['BEGIN', 'SELECT 1'], sqlLines: [null, 12] }),
        entry(2, 'B', { sql: ['SELECT 1'], sqlLines: [12] }),
        entry(3, 'A', { sql: ['UPDATE x', 'COMMIT'], sqlLines: [14, null] }),
      ],
    };
    expect(statementsShown(lined, 0)).toEqual(new Map());
    expect(statementsShown(lined, 2)).toEqual(new Map([[12, 2]]));
    expect(statementsShown(lined, 3)).toEqual(
      new Map([
        [12, 2],
        [14, 1],
      ]),
    );
  });

  it('counts only the statements of the steps the lanes show, the last LANE_WINDOW before the position', () => {
    const steps = LANE_WINDOW + 5;
    const long: WireRun = {
      ...run('A'.repeat(steps)),
      timeline: Array.from({ length: steps }, (_, i) => entry(i + 1, 'A', { sql: ['SELECT 1'], sqlLines: [i < 5 ? 3 : 4] })),
    };
    expect(laneWindow(3)).toEqual({ from: 0, to: 3 });
    expect(laneWindow(steps)).toEqual({ from: 5, to: steps });
    expect(statementsShown(long, LANE_WINDOW)).toEqual(
      new Map([
        [3, 5],
        [4, LANE_WINDOW - 5],
      ]),
    );
    // Five steps on, the five statements of line 3 have left the window.
    expect(statementsShown(long, steps)).toEqual(new Map([[4, LANE_WINDOW]]));
  });

  it('clips a long text to its start and an ellipsis, never splitting a surrogate pair', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcdef', 3)).toBe('abc…');
    expect(clip('ab😀cd', 3)).toBe('ab…');
    expect(describeStep(entry(1, 'A', { result: 'x'.repeat(10_000) }), strings).length).toBeLessThan(600);
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
      runCount: runs.length,
      cut: null,
      runs,
      error: null,
      errorLine: null,
      stopped: null,
    };
    expect(describeResult(result, strings)).toBe('3 interleavings, 1 of them failing.');
    expect(describeResult({ ...result, sampled: true, exact: false, total: 7_484_400 }, strings)).toBe(
      'About 7\u202f484\u202f400 interleavings: too many to run them all. Ran a random sample of 3, 1 of them failing.',
    );
    // Cut short by the lab's budgets: a sample says why it is smaller, an enumeration that it is the first runs.
    expect(describeResult({ ...result, sampled: true, exact: false, total: 7_484_400, cut: 'time' }, strings)).toBe(
      'About 7\u202f484\u202f400 interleavings: too many to run them all. Ran a random sample of 3, 1 of them failing. ' +
        'The lab stopped there to stay within its time limit.',
    );
    expect(describeResult({ ...result, sampled: true, exact: false, total: 90, cut: 'size' }, strings)).toBe(
      'About 90 interleavings; ran the first 3, 1 of them failing. ' +
        'The lab stopped there: more runs would be too large to keep on the page (100,000 steps at most).',
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

  it('rejects malformed requests', () => {
    expect(readScenarioRequest({ mode: 'explore', limit: 1e9, sample: 5 })).toEqual({
      mode: 'explore',
      schedule: [],
      limit: 1000,
      sample: 5,
    });
    expect(readScenarioRequest({ mode: 'eval' })).toBeUndefined();
  });
});

const summary = (runCount: number) => ({
  names: ['A', 'B'],
  initial: { rows: { app_cart: ['initial'] }, cache: [] },
  total: runCount,
  exact: true,
  sampled: false,
  runCount,
  cut: null,
  error: null,
  errorLine: null,
  stopped: null,
});

describe('a scenario stream, read message by message', () => {
  it('reads the runs in order, then a summary that counts them', () => {
    const reader = new ScenarioStreamReader();
    expect(reader.readRun({ index: 0, run: packRun(run('AB')) })).toEqual({ index: 0, run: packRun(run('AB')) });
    expect(reader.readRun({ index: 1, run: packRun(run('BA', false)) })?.run.ok).toBe(false);
    expect(reader.readEnd({ summary: summary(2) })).toEqual(summary(2));
  });

  it('refuses a run out of order, a summary that miscounts, and anything after either or after the end', () => {
    const skipped = new ScenarioStreamReader();
    expect(skipped.readRun({ index: 1, run: packRun(run('AB')) })).toBeUndefined();
    // Once refused, the stream stays refused: the scenario must end.
    expect(skipped.readRun({ index: 0, run: packRun(run('AB')) })).toBeUndefined();
    expect(skipped.readEnd({ summary: summary(0) })).toBeUndefined();

    const repeated = new ScenarioStreamReader();
    expect(repeated.readRun({ index: 0, run: packRun(run('AB')) })).toBeDefined();
    expect(repeated.readRun({ index: 0, run: packRun(run('AB')) })).toBeUndefined();

    const miscounted = new ScenarioStreamReader();
    expect(miscounted.readRun({ index: 0, run: packRun(run('AB')) })).toBeDefined();
    expect(miscounted.readEnd({ summary: summary(3) })).toBeUndefined();

    const ended = new ScenarioStreamReader();
    expect(ended.readEnd({ summary: summary(0) })).toEqual(summary(0));
    expect(ended.readRun({ index: 0, run: packRun(run('AB')) })).toBeUndefined();
    expect(ended.readEnd({ summary: summary(0) })).toBeUndefined();
  });

  it('refuses a message of the wrong kind or shape', () => {
    expect(new ScenarioStreamReader().readRun({ summary: summary(0) })).toBeUndefined();
    expect(new ScenarioStreamReader().readEnd({ index: 0, run: packRun(run('AB')) })).toBeUndefined();
    expect(new ScenarioStreamReader().readRun({ index: 0, run: { timeline: [{ outcome: 'skipped' }] } })).toBeUndefined();
    // A timeline travels as text only: as objects (tiny on the wire if every step is one shared
    // object, huge once rebuilt) it is refused before anything is read.
    expect(new ScenarioStreamReader().readRun({ index: 0, run: run('AB') })).toBeUndefined();
    expect(new ScenarioStreamReader().readRun({ index: 0, run: 'AB' })).toBeUndefined();
    expect(new ScenarioStreamReader().readRun('x')).toBeUndefined();
    expect(new ScenarioStreamReader().readEnd({ summary: 'done' })).toBeUndefined();
  });

  it("carries each statement's line, and refuses lines that do not pair with the statements", () => {
    const withLines = (sql: unknown[], sqlLines: unknown[]) => ({ ...run('A'), timeline: [{ ...entry(1, 'A'), sql, sqlLines }] });
    const read = (sql: unknown[], sqlLines: unknown[]) => {
      const part = new ScenarioStreamReader().readRun({ index: 0, run: packRun(withLines(sql, sqlLines) as WireRun) });
      return part && unpackTimeline(part.run)?.[0];
    };
    expect(read(['BEGIN', 'SELECT 1', 'COMMIT'], [null, 12, null])).toMatchObject({
      sql: ['BEGIN', 'SELECT 1', 'COMMIT'],
      sqlLines: [null, 12, null],
    });
    expect(read(['SELECT 1'], [])).toBeUndefined();
    expect(read(['SELECT 1'], [12, 13])).toBeUndefined();
    // (JSON carries neither Infinity nor undefined: both arrive as null, the line of no statement.)
    for (const line of [0, -1, 1.5, '12']) expect(read(['SELECT 1'], [line]), String(line)).toBeUndefined();
    expect(read([1], [12])).toBeUndefined();
    const unlined: Record<string, unknown> = { ...entry(1, 'A'), sql: ['SELECT 1'] };
    delete unlined.sqlLines;
    expect(unpackTimeline(packRun({ ...run('A'), timeline: [unlined as unknown as WireEntry] }))).toBeUndefined();
  });

  it('refuses a run longer than one message may be, by counting its schedule', () => {
    const steps = (count: number): WireRun => ({ ...run('A'.repeat(count)), timeline: new Array(count).fill(entry(1, 'A')) });
    expect(new ScenarioStreamReader().readRun({ index: 0, run: packRun(steps(MAX_STEPS)) })).toBeDefined();
    expect(new ScenarioStreamReader().readRun({ index: 0, run: packRun(steps(MAX_STEPS + 1)) })).toBeUndefined();
  });

  it('reads a timeline only as long as its schedule, and only well-formed JSON', () => {
    const two = packRun({ ...run('AB'), timeline: [entry(1, 'A'), entry(2, 'B')] });
    expect(unpackTimeline(two)?.map((step) => step.process)).toEqual(['A', 'B']);
    expect(unpackTimeline({ ...two, schedule: ['A'] })).toBeUndefined();
    expect(unpackTimeline({ ...two, timeline: two.timeline.slice(0, -1) })).toBeUndefined();
    expect(unpackTimeline({ ...two, timeline: '{"0": {}}' })).toBeUndefined();
    // A text over one run's budget is refused by its length, before it is parsed.
    const parse = vi.spyOn(JSON, 'parse');
    expect(unpackTimeline({ ...two, timeline: ' '.repeat(MAX_RUN_CHARS + 1) })).toBeUndefined();
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('refuses the run that would take a scenario past its total of steps or characters', () => {
    // Steps are counted on the schedule as each message comes; its timeline is read only when shown.
    const long = { ...packRun(run('A'.repeat(MAX_STEPS))), timeline: '[]' };
    const steps = new ScenarioStreamReader();
    for (let index = 0; index < MAX_TOTAL_STEPS / MAX_STEPS; index++) expect(steps.readRun({ index, run: long })).toBeDefined();
    expect(steps.readRun({ index: MAX_TOTAL_STEPS / MAX_STEPS, run: long })).toBeUndefined();

    // About 0.8 million characters a run: within one run's budget, some twenty fit the scenario's 16 million.
    const wide = packRun({
      ...run('A'.repeat(200)),
      timeline: new Array(200).fill(entry(1, 'A', { sql: ['x'.repeat(4_000)], sqlLines: [null] })),
    });
    const fitting = Math.floor(MAX_TOTAL_CHARS / packedChars(wide));
    expect(fitting).toBeGreaterThan(10);
    const chars = new ScenarioStreamReader();
    for (let index = 0; index < fitting; index++) expect(chars.readRun({ index, run: wide })).toBeDefined();
    expect(chars.readRun({ index: fitting, run: wide })).toBeUndefined();
  });

  it('refuses one run of more characters than a message may carry', () => {
    const wide = (steps: number) =>
      packRun({
        ...run('A'.repeat(steps)),
        timeline: new Array(steps).fill(entry(1, 'A', { sql: ['x'.repeat(4_000)], sqlLines: [null] })),
      });
    expect(new ScenarioStreamReader().readRun({ index: 0, run: wide(260) })).toBeUndefined();
    expect(new ScenarioStreamReader().readRun({ index: 0, run: wide(200) })).toBeDefined();
  });

  it('refuses more runs than a scenario may have', () => {
    const reader = new ScenarioStreamReader();
    for (let index = 0; index < MAX_RUNS; index++) expect(reader.readRun({ index, run: packRun(run('A')) })).toBeDefined();
    expect(reader.readRun({ index: MAX_RUNS, run: packRun(run('A')) })).toBeUndefined();
  });
});

describe('the interleaving count', () => {
  it('is exact while it fits, and saturates instead of overflowing', () => {
    expect(interleavings([2, 2])).toBe(6);
    expect(interleavings([4, 4, 4])).toBe(34_650);
    expect(interleavings([120, 120, 120, 120, 120, 120, 120, 120])).toBe(MAX_COUNTED_INTERLEAVINGS);
    expect(interleavings([30, 30, 30])).toBe(MAX_COUNTED_INTERLEAVINGS);
  });

  it('is exact right up to the limit', () => {
    const factorial = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * factorial(n - 1));
    const multinomial = (counts: number[]) =>
      counts.reduce((product, n) => product / factorial(n), factorial(counts.reduce((a, b) => a + b, 0)));
    // C(56, 28) = 7,648,690,600,760,440 is just under 2^53; C(58, 29) is over it.
    for (const counts of [
      [28, 28],
      [27, 28],
      [15, 15, 5],
      [10, 10, 10, 2],
      [1, 1, 1, 1, 1, 1, 1, 1],
      [0, 7],
    ]) {
      const exact = multinomial(counts);
      expect(exact).toBeLessThan(BigInt(MAX_COUNTED_INTERLEAVINGS));
      expect(interleavings(counts), counts.join(',')).toBe(Number(exact));
    }
    expect(interleavings([29, 29])).toBe(MAX_COUNTED_INTERLEAVINGS);
    expect(interleavings([])).toBe(1);
  });

  it('is said as "more than" when saturated', () => {
    const result: ScenarioResult = {
      names: ['A'],
      initial: { rows: {}, cache: [] },
      total: MAX_COUNTED_INTERLEAVINGS,
      exact: false,
      sampled: true,
      runCount: runs.length,
      cut: null,
      runs,
      error: null,
      errorLine: null,
      stopped: null,
    };
    expect(describeResult(result, strings)).toMatch(/^More than 9\u202f007\u202f199\u202f254\u202f740\u202f991 interleavings/);
  });
});
