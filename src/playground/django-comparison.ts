/**
 * How an example's output under the runtime is compared with its Python twin's output on real
 * Django (`<id>.django.out.txt`, recorded by oracle/record.py).
 *
 * One normalisation, and only one: the frames of a traceback are dropped on both sides. They
 * name a different file and line by construction (`save-force.ts`, line 22, TypeScript code
 * against `save-force.py`, line 19, Python code). The header, the exception lines and the
 * lines that join chained exceptions stay. SQL is compared as recorded.
 */

const TRACEBACK_HEADER = 'Traceback (most recent call last):';

export function withoutTracebackFrames(transcript: string): string {
  const kept: string[] = [];
  let inFrames = false;
  for (const line of transcript.split('\n')) {
    if (line === TRACEBACK_HEADER) {
      inFrames = true;
      kept.push(line);
      continue;
    }
    if (inFrames && /^\s/.test(line)) continue;
    inFrames = false;
    kept.push(line);
  }
  return kept.join('\n');
}

export interface RecordedRun {
  output: string;
  sql: string;
}

/** Which parts of a run differ from Django's after the normalisation: [] when none do. */
export function partsDifferingFromDjango(runtime: RecordedRun, django: RecordedRun): Array<'output' | 'sql'> {
  const parts: Array<'output' | 'sql'> = [];
  if (withoutTracebackFrames(runtime.output) !== withoutTracebackFrames(django.output)) parts.push('output');
  if (runtime.sql !== django.sql) parts.push('sql');
  return parts;
}
