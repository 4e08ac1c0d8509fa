/**
 * The race lab's shipped scenarios, run in Node through the worker's code path: each race fails
 * in some interleaving, each fix never fails in any, the stale cache's invalidation-only fix
 * fails in exactly one, and recorded.json (what the page shows without JavaScript) is current.
 * `npm run race-lab:record` rewrites the recording.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { commentPairProblems, localizeExample } from '../../src/playground/example-source.ts';
import { strayComments, sucraseSubsetViolations } from '../../src/sandbox/sucrase-subset.ts';
import { EXPLORE_LIMIT, SAMPLE_SIZE, SCENARIOS } from '../../src/race-lab-scenarios/index.ts';
import type { ScenarioRequest, ScenarioResult, WireRun } from '../../src/sandbox/race-wire.ts';
import { packRun, ScenarioStreamReader, unpackRun } from '../../src/sandbox/race-wire.ts';
import { recordedVariant, type RecordedScenarios } from '../../src/race-lab/recorded.ts';

const DIR = new URL('../../src/race-lab-scenarios/', import.meta.url);
const RECORDED = new URL('recorded.json', DIR);
const recording = process.env.RECORD_RACE_LAB === '1';

export async function runScenarioSource(
  source: string,
  request: Partial<ScenarioRequest> = {},
  filename = 'scenario.ts',
): Promise<ScenarioResult> {
  vi.resetModules();
  const { createRuntimeLoader } = await import('../../src/sandbox/runtime-modules.ts');
  const { collectScenario } = await import('../../src/sandbox/scenario-runner.ts');
  return collectScenario({
    source,
    filename,
    loader: createRuntimeLoader(),
    request: { mode: 'explore', schedule: [], limit: EXPLORE_LIMIT, sample: SAMPLE_SIZE, ...request },
  });
}

/** The result as the page gets it: each run, then the summary, through a stream reader as JSON. */
function throughTheWire(result: ScenarioResult): ScenarioResult | undefined {
  const { runs, ...summary } = JSON.parse(JSON.stringify(result)) as ScenarioResult;
  const reader = new ScenarioStreamReader();
  const rebuilt: WireRun[] = [];
  for (const [index, run] of runs.entries()) {
    const part = reader.readRun({ index, run: packRun(run) });
    const unpacked = part && unpackRun(part.run);
    if (!unpacked) return undefined;
    rebuilt.push(unpacked);
  }
  const end = reader.readEnd({ summary });
  return end && { ...end, runs: rebuilt };
}

const sourceOf = (id: string, variant: string) => readFileSync(new URL(`${id}.${variant}.ts`, DIR), 'utf8');

describe.each(SCENARIOS)('scenario $id', (scenario) => {
  it.each(scenario.variants)('%s: follows the example format', (variant) => {
    const source = sourceOf(scenario.id, variant);
    expect(sucraseSubsetViolations(source)).toEqual([]);
    expect(strayComments(source)).toEqual([]);
    expect(commentPairProblems(source)).toEqual([]);
    for (const lang of LANGS) expect(localizeExample(source, lang)).toContain('export default lab;');
  });

  it.each(scenario.variants)('%s: runs every interleaving', async (variant) => {
    const result = await runScenarioSource(localizeExample(sourceOf(scenario.id, variant), 'en'));
    expect(result.error).toBeNull();
    expect(result.stopped).toBeNull();
    expect(result.exact).toBe(true);
    expect(result.runs.length).toBe(result.total);
    const failures = result.runs.filter((run) => !run.ok);
    if (variant === 'fix') expect(failures).toEqual([]);
    else if (variant === 'partial') expect(failures.length).toBe(1);
    else expect(failures.length).toBeGreaterThan(0);
    // What crosses the sandbox survives the page's checks unchanged.
    expect(result.runCount).toBe(result.runs.length);
    expect(result.cut).toBeNull();
    expect(throughTheWire(result)).toEqual(result);
  });
});

describe('recorded.json', () => {
  it('is what the scenarios give now', async () => {
    // Computed here, not collected from the tests above, so this test stands on its own.
    const recorded: RecordedScenarios = {};
    for (const scenario of SCENARIOS) {
      for (const variant of scenario.variants) {
        const result = await runScenarioSource(localizeExample(sourceOf(scenario.id, variant), 'en'));
        (recorded[scenario.id] ??= {})[variant] = recordedVariant(result);
      }
    }
    if (recording) writeFileSync(RECORDED, `${JSON.stringify(recorded, null, 1)}\n`);
    expect(existsSync(RECORDED), 'run npm run race-lab:record').toBe(true);
    expect(JSON.parse(readFileSync(RECORDED, 'utf8'))).toEqual(recorded);
  });
});

describe('bad input', () => {
  const base = localizeExample(sourceOf('lost-update', 'race'), 'en');

  it('too many interleavings: the count is estimated and a bounded sample runs', async () => {
    const source = base.replace(
      "lab.process('C', sale);",
      "lab.process('C', sale);\nlab.process('D', sale);\nlab.process('E', sale);\nlab.process('F', sale);",
    );
    const result = await runScenarioSource(source);
    expect(result.error).toBeNull();
    expect(result.exact).toBe(false);
    expect(result.sampled).toBe(true);
    expect(result.total).toBe(7_484_400);
    expect(result.runs.length).toBe(SAMPLE_SIZE);
    expect(new Set(result.runs.map((run) => run.schedule.join(' '))).size).toBe(SAMPLE_SIZE);
    for (const run of result.runs) expect(run.timeline.every((entry) => (entry.outcome as string) !== 'skipped')).toBe(true);
  });

  it('a process that never finishes stops the run with a message naming it', async () => {
    const source = base.replace('async function sale() {', 'async function sale() {\n  await new Promise(() => undefined);');
    const result = await runScenarioSource(source);
    expect(result.stopped).toMatch(/^Process 'A' is stuck/);
    expect(result.runs.length).toBe(1);
  });

  it('a syntax error, an exception and a missing default export are reported with the line', async () => {
    expect((await runScenarioSource('const = 1;')).error).toMatch(/^SyntaxError/);
    const thrown = await runScenarioSource("import { Scheduler } from 'sandbox/scheduler';\n\nthrow new Error('boom');");
    expect(thrown.error).toBe('Exception: boom');
    expect(thrown.errorLine).toBe(3);
    expect((await runScenarioSource('const lab = 1;\nexport default lab;')).error).toMatch(/export default lab/);
  });

  it('stops starting runs once its time budget is spent, and says so', async () => {
    const result = await runScenarioSource(base, { timeBudgetMs: 0 });
    expect(result.error).toBeNull();
    expect(result.runs.length).toBe(1);
    expect(result.runCount).toBe(1);
    expect(result.cut).toBe('time');
    expect(result.exact).toBe(false);
    expect(result.sampled).toBe(true);
  });

  it('stops sending runs before they would go past what the page accepts, and says so', async () => {
    // Fifty rows of a thousand characters: each step's snapshot of the rows is 50,000 characters.
    const source = `import { models } from 'django/db';
import { Scheduler } from 'sandbox/scheduler';

class Note extends models.Model {
  text = models.TextField();
}

const lab = new Scheduler({
  setup: () => {
    for (let i = 0; i < 50; i++) Note.objects.create({ text: 'x'.repeat(1000) });
  },
});

async function look() {
  for (let i = 0; i < 5; i++) await Note.objects.filter({ pk: 1 }).aexists();
}

lab.process('A', look);
lab.process('B', look);

export default lab;
`;
    const result = await runScenarioSource(source);
    expect(result.error).toBeNull();
    expect(result.cut).toBe('size');
    expect(result.runs.length).toBeGreaterThan(1);
    expect(result.runs.length).toBeLessThan(252);
    expect(result.sampled).toBe(true);
    // What was sent fits the readers' budgets: nothing of it is refused.
    expect(throughTheWire(result)).toEqual(result);
  });

  it('sends no run that is larger than one message may be, and says so', async () => {
    const source = `import { Scheduler, step } from 'sandbox/scheduler';

const lab = new Scheduler({ maxSteps: 5000 });
lab.process('A', async () => {
  for (let i = 0; i < 1200; i++) await step();
});

export default lab;
`;
    const result = await runScenarioSource(source);
    expect(result.error).toBeNull();
    expect(result.runs).toEqual([]);
    expect(result.runCount).toBe(0);
    expect(result.cut).toBe('size');
  });

  it('knows the line of the scenario that sent each statement, and that BEGIN and COMMIT have none', async () => {
    const source = localizeExample(sourceOf('select-for-update', 'fix'), 'en');
    const lineOf = (text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;
    const [select, save] = [lineOf('select_for_update().aget('), lineOf('product.asave()')];
    // B's first SELECT waits for A's lock and is undone: it leaves neither a statement nor a line.
    const result = await runScenarioSource(source, { mode: 'run', schedule: ['A', 'A', 'B', 'B', 'A', 'A', 'B', 'B', 'B'] });
    const statements = result.runs[0]!.timeline.flatMap((entry) =>
      entry.sql.map((sql, i) => `${entry.process} ${sql.split(' ')[0]} ${entry.sqlLines[i]}`),
    );
    expect(statements).toEqual([
      'A BEGIN null',
      `A SELECT ${select}`,
      'B BEGIN null',
      `A UPDATE ${save}`,
      'A COMMIT null',
      `B SELECT ${select}`,
      `B UPDATE ${save}`,
      'B COMMIT null',
    ]);
    expect(throughTheWire(result)).toEqual(result);
  });

  it('runs one given schedule', async () => {
    const result = await runScenarioSource(localizeExample(sourceOf('exists-get', 'race'), 'en'), {
      mode: 'run',
      schedule: ['A', 'B', 'A'],
    });
    expect(result.runs.map((run) => run.schedule.join(''))).toEqual(['ABA']);
    expect(result.runs[0]!.timeline[2]!.error).toBe('Cart.DoesNotExist: Cart matching query does not exist.');
    expect(result.initial.rows).toEqual({ app_cart: ["{'id': 1, 'items': 2}"] });
  });
});
