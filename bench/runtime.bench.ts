// Figures for the in-memory model layer: `npx vitest bench --run --config vitest.bench.config.ts`.
// Node APIs are fine here (never in src/). Figures only; nothing here asserts a timing.
import { describe, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { models, reset_databases, connection } from 'django/db';

class Team extends models.Model {
  name = models.CharField({ max_length: 30 });
}
class Person extends models.Model {
  name = models.CharField({ max_length: 30 });
  age = models.IntegerField({ default: 0 });
  city = models.CharField({ max_length: 30, default: '' });
  team = models.ForeignKey(Team, { on_delete: models.CASCADE, null: true });
  static override objects = new models.Manager(this);
}

const CITIES = ['Paris', 'Lyon', 'Nice', 'Lille', 'Nantes'];

function seed(n: number): void {
  reset_databases();
  for (let i = 0; i < n; i++) Person.objects.create({ name: `p${i}`, age: i % 90, city: CITIES[i % CITIES.length] });
  connection.reset_queries();
}

/** Minified, gzipped size of a bundle of `contents` (an entry module importing runtime modules). */
async function bundleSize(contents: string): Promise<{ raw: number; gzip: number }> {
  const root = fileURLToPath(new URL('../src/runtime/', import.meta.url)).replace(/\/$/, '');
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    alias: { django: root, python: `${root}/python` },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

// A fixed pure-JS loop, printed so that figures from a busy machine can be put in proportion
// (a quiet 2020s laptop runs it in about 100 ms).
function calibrate(): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 1e8; i++) x = (x + i) | 0;
  if (x === 42) console.log('');
  return performance.now() - started;
}
console.log(`calibration: 1e8 integer additions in ${calibrate().toFixed(0)} ms`);

// The model runtime (what the model pages' examples import) and everything under src/runtime.
const BUNDLES = {
  'model runtime (django/db, django/db/models, django/core/exceptions, python shims)':
    "export * from 'django/db'; export * as models from 'django/db/models'; export * from 'django/core/exceptions'; export * from 'python/builtins'; export * from 'python/datetime'; export * from 'python/pickle';",
  'whole runtime (bench/whole-runtime.ts)': "export * from '../../bench/whole-runtime.ts';",
};
for (const [label, contents] of Object.entries(BUNDLES)) {
  const size = await bundleSize(contents);
  console.log(`${label}, esbuild minified: ${(size.raw / 1024).toFixed(1)} KB, gzip ${(size.gzip / 1024).toFixed(1)} KB`);
}

function report(name: string, result: { latency?: { mean?: number }; throughput?: { mean?: number } }): void {
  const ms = result.latency?.mean ?? Number.NaN;
  const hz = result.throughput?.mean ?? 1000 / ms;
  console.log(`${name}: ${ms.toFixed(3)} ms per run, ${Math.round(hz).toLocaleString('en')} per second`);
}

describe('model layer', () => {
  test('create 10,000 objects', async ({ bench }) => {
    const r = await bench('create 10,000 objects', { iterations: 3, warmupIterations: 1 } as never, () => {
      reset_databases();
      for (let i = 0; i < 10_000; i++) Person.objects.create({ name: `p${i}`, age: i % 90 });
    }).run();
    report('create 10,000 objects', r);
  });

  test('queries over 100,000 rows', async ({ bench }) => {
    seed(100_000);
    let i = 0;
    const get = await bench('get by pk among 100,000 rows', () => {
      i = (i + 7919) % 100_000;
      Person.objects.get({ pk: i + 1 });
    }).run({ time: 1000 } as never);
    report('get by pk among 100,000 rows', get);
    const filter = await bench('filter with two lookups over 100,000 rows', () => {
      Person.objects.filter({ age__gte: 89, city__startswith: 'Pa' }).list();
    }).run({ time: 1000 } as never);
    report('filter with two lookups over 100,000 rows', filter);
    const save = await bench('save with update_fields', () => {
      const p = Person.objects.get({ pk: 5 });
      p.age = 50;
      p.save({ update_fields: ['age'] });
    }).run({ time: 1000 } as never);
    report('save with update_fields (get + save)', save);
  });

  test('delete with cascade over 1,000 children', async ({ bench }) => {
    let team: Team | null = null;
    const r = await bench(
      'delete with cascade over 1,000 children',
      {
        beforeEach() {
          reset_databases();
          team = Team.objects.create({ name: 't' });
          for (let k = 0; k < 1000; k++) Person.objects.create({ name: `c${k}`, team });
        },
      } as never,
      () => {
        team!.delete();
      },
    ).run({ iterations: 5 } as never);
    report('delete with cascade over 1,000 children', r);
  });

  test('get by pk, bundled runtime', async () => {
    // The same lookup through the bundled runtime that the browser's worker runs, in a fresh
    // Node process: no test-runner module wrappers between the caller and the runtime.
    const dir = mkdtempSync(join(tmpdir(), 'runtime-get-'));
    const root = fileURLToPath(new URL('../src/runtime/', import.meta.url));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { models, reset_databases } from 'django/db';
class Person extends models.Model { name = models.CharField({ max_length: 30 }); age = models.IntegerField({ default: 0 }); }
reset_databases();
for (let i = 0; i < 100_000; i++) Person.objects.create({ name: 'p' + i, age: i % 90 });
const rates: number[] = [];
for (let round = 0; round < 5; round++) {
  let k = 0;
  const started = performance.now();
  for (let n = 0; n < 200_000; n++) { k = (k + 7919) % 100_000; Person.objects.get({ pk: k + 1 }); }
  rates.push(200_000 / ((performance.now() - started) / 1000));
}
rates.sort((a, b) => a - b);
console.log(String(Math.round(rates[2]!)));
`,
    );
    await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      outfile: join(dir, 'get.mjs'),
      platform: 'neutral',
      alias: { django: root.replace(/\/$/, ''), python: `${root}python` },
      logLevel: 'silent',
    });
    const median = Number(execFileSync(process.execPath, [join(dir, 'get.mjs')], { encoding: 'utf8' }).trim());
    console.log(
      `get by pk among 100,000 rows, bundled runtime: ${median.toLocaleString('en')} per second (median of 5 rounds of 200,000)`,
    );
  });

  test('cold import to first query', async () => {
    // A fresh Node process loads the bundled runtime, declares a model and runs its first query;
    // an empty process is timed the same way and subtracted.
    const dir = mkdtempSync(join(tmpdir(), 'runtime-cold-'));
    const root = fileURLToPath(new URL('../src/runtime/', import.meta.url));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { models } from 'django/db';
class Cold extends models.Model { name = models.CharField({ max_length: 10 }); }
Cold.objects.create({ name: 'x' });
Cold.objects.get({ name: 'x' });
`,
    );
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      outfile: join(dir, 'cold.mjs'),
      platform: 'neutral',
      alias: { django: root.replace(/\/$/, ''), python: `${root}python` },
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'empty.mjs'), '');
    const time = (file: string) => {
      const started = performance.now();
      execFileSync(process.execPath, [join(dir, file)]);
      return performance.now() - started;
    };
    const runs = 5;
    let cold = 0;
    let empty = 0;
    for (let k = 0; k < runs; k++) {
      empty += time('empty.mjs');
      cold += time('cold.mjs');
    }
    console.log(
      `cold import to first query: ${((cold - empty) / runs).toFixed(1)} ms (fresh Node process, bundled runtime, minus an empty process)`,
    );
  });
});
