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
import type { RunOutcome } from '../../src/sandbox/runner.ts';
import { exampleFilename, sessionTranscript, sqlTranscript } from '../../src/playground/transcript.ts';
import { listExampleFiles } from '../playground/example-files.ts';
import { distDir } from './browser.ts';

const bundle = (() => {
  const name = readdirSync(join(distDir, '_astro')).find((file) => /^worker-[\w-]+\.js$/.test(file));
  if (!name) throw new Error('the build has no sandbox worker (dist/_astro/worker-*.js)');
  return join(distDir, '_astro', name);
})();

function runInBundledWorker(source: string, filename: string): Promise<{ printed: string; outcome: RunOutcome }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bundled-worker-host.mjs', import.meta.url), { workerData: { bundle } });
    let printed = '';
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${filename}: no result within 20 s`));
    }, 20_000);
    worker.on('message', (message: { kind: string; text?: string; outcome?: RunOutcome }) => {
      if (message.kind === 'output') printed += message.text ?? '';
      if (message.kind === 'finished') {
        clearTimeout(timer);
        void worker.terminate();
        resolve({ printed, outcome: message.outcome! });
      }
    });
    worker.on('error', reject);
    worker.postMessage({ source, filename });
  });
}

describe.each(listExampleFiles())('example $id in the bundled worker', ({ id, path, outputPath, sqlPath }) => {
  it('prints and sends exactly what was recorded', async () => {
    const source = localizeExample(readFileSync(path, 'utf8'), 'en');
    const filename = exampleFilename(id);
    const { printed, outcome } = await runInBundledWorker(source, filename);
    expect(sessionTranscript(printed, outcome, source, filename)).toBe(readFileSync(outputPath, 'utf8'));
    let recordedSql = '';
    try {
      recordedSql = readFileSync(sqlPath, 'utf8');
    } catch {
      // No SQL recorded: the example sends none.
    }
    expect(sqlTranscript(outcome.queries)).toBe(recordedSql);
  });
});
