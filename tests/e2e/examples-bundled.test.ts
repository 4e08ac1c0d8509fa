/**
 * Every example, run by the sandbox worker as the build ships it (minified, bundled), must print
 * exactly its recording. The unit tests run the examples from source; this catches what only
 * the bundle does differently (class names lost to minification once made every INSERT send
 * its primary key in the browser).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { localizeExample } from '../../src/playground/example-source.ts';
import { transpileSnippet } from '../../src/sandbox/transpile.ts';
import type { RunOutcome } from '../../src/sandbox/runner.ts';
import { exampleFilename, sessionTranscript, sqlTranscript } from '../../src/playground/transcript.ts';
import { listExampleFiles } from '../playground/example-files.ts';
import { distDir } from './browser.ts';

const bundle = (() => {
  const name = readdirSync(join(distDir, '_astro')).find((file) => /^worker-[\w-]+\.js$/.test(file));
  if (!name) throw new Error('the build has no sandbox worker (dist/_astro/worker-*.js)');
  return join(distDir, '_astro', name);
})();

function runInBundledWorker(
  source: string,
  filename: string,
  compiled?: string,
): Promise<{ printed: string; outcome: RunOutcome }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bundled-worker-host.mjs', import.meta.url), { workerData: { bundle } });
    let printed = '';
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${filename}: no result within 20 s`));
    }, 20_000);
    worker.on('message', (message: { kind: string; text?: string; outcome?: RunOutcome; files?: string[] }) => {
      // The worker asks for chunks of its own code, as it asks the frame in the browser.
      if (message.kind === 'need') {
        const sources = Object.fromEntries(
          (message.files ?? []).map((file) => [file, readFileSync(join(distDir, '_astro', file), 'utf8')]),
        );
        worker.postMessage({ kind: 'chunks', sources });
      }
      if (message.kind === 'output') printed += message.text ?? '';
      if (message.kind === 'finished') {
        clearTimeout(timer);
        void worker.terminate();
        resolve({ printed, outcome: message.outcome! });
      }
    });
    worker.on('error', reject);
    worker.postMessage({ source, filename, ...(compiled === undefined ? {} : { compiled }) });
  });
}

const examples = listExampleFiles();
/** A few examples also run as edited code does: transpiled in the worker, by its transpiler chunk. */
const transpiledInWorker = new Set([
  'basics/hello',
  'instances/save-basics',
  'exceptions/bad-request',
  'guide/select-for-update',
]);

describe.each(examples)('example $id in the bundled worker', ({ id, path, outputPath, sqlPath }) => {
  const source = localizeExample(readFileSync(path, 'utf8'), 'en');
  const filename = exampleFilename(id);
  let recordedSql = '';
  try {
    recordedSql = readFileSync(sqlPath, 'utf8');
  } catch {
    // No SQL recorded: the example sends none.
  }
  const modes = transpiledInWorker.has(id) ? (['compiled', 'transpiled'] as const) : (['compiled'] as const);

  it.each(modes)('prints and sends exactly what was recorded (%s)', async (mode) => {
    // 'compiled' is an unedited Run: the page sends the code the build compiled (src/build/compiled-examples.ts).
    const compiled = mode === 'compiled' ? transpileSnippet(source, filename) : undefined;
    const { printed, outcome } = await runInBundledWorker(source, filename, compiled);
    expect(sessionTranscript(printed, outcome, source, filename)).toBe(readFileSync(outputPath, 'utf8'));
    expect(sqlTranscript(outcome.queries)).toBe(recordedSql);
  });
});

it('every example named for a transpiled run exists', () => {
  const ids = new Set(examples.map((example) => example.id));
  expect([...transpiledInWorker].filter((id) => !ids.has(id))).toEqual([]);
});
