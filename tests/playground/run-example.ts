/** Runs one example in Node exactly as the sandbox worker does, with fresh runtime modules. */
import { vi } from 'vitest';
import type { Lang } from '../../src/i18n/locales.ts';
import { localizeExample } from '../../src/playground/example-source.ts';
import type { RunOutcome } from '../../src/sandbox/runner.ts';
import { exampleFilename, sessionTranscript, sqlTranscript } from '../../src/playground/transcript.ts';

export interface ExampleRun {
  source: string;
  outcome: RunOutcome;
  transcript: string;
  sql: string;
}

export async function runSource(source: string, filename: string): Promise<{ outcome: RunOutcome; printed: string }> {
  // A fresh module graph per run, as a fresh worker gives the browser: no state carries over.
  vi.resetModules();
  const { createRuntimeLoader } = await import('../../src/sandbox/runtime-modules.ts');
  const { runSnippet } = await import('../../src/sandbox/runner.ts');
  let printed = '';
  const outcome = await runSnippet({ source, filename, loader: createRuntimeLoader(), write: (text) => (printed += text) });
  return { outcome, printed };
}

export async function runExample(exampleId: string, fileSource: string, lang: Lang): Promise<ExampleRun> {
  const source = localizeExample(fileSource, lang);
  const filename = exampleFilename(exampleId);
  const { outcome, printed } = await runSource(source, filename);
  return {
    source,
    outcome,
    transcript: sessionTranscript(printed, outcome, source, filename),
    sql: sqlTranscript(outcome.queries),
  };
}
