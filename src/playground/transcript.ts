/** What a run printed, laid out like a Django shell session: output, then any traceback. */
import type { RunOutcome } from '../sandbox/runner';
import { formatTraceback } from '../sandbox/traceback';

/** The file name a snippet's frames carry: `instances/refresh-from-db` -> `refresh-from-db.ts`. */
export function exampleFilename(exampleId: string): string {
  return `${exampleId.slice(exampleId.lastIndexOf('/') + 1)}.ts`;
}

export function sessionTranscript(
  printed: string,
  outcome: Pick<RunOutcome, 'exception'>,
  source: string,
  filename: string,
): string {
  if (!outcome.exception) return printed;
  const separator = printed === '' || printed.endsWith('\n') ? '' : '\n';
  return `${printed}${separator}${formatTraceback(outcome.exception, source, filename)}\n`;
}

/** The recorded SQL log: one statement per line. */
export function sqlTranscript(queries: RunOutcome['queries']): string {
  return (queries ?? []).map((query) => `${query.sql}\n`).join('');
}
