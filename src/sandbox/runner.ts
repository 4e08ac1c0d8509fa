/**
 * Runs one snippet: transpile, load the modules it imports, evaluate it with print() captured,
 * and describe how it ended. The browser's worker and the Node tests both call this, so the
 * recorded outputs come from the very code path the reader's Run button takes.
 */
import type * as Builtins from '../runtime/python/builtins';
import type * as PythonTraceback from '../runtime/python/traceback';
import type * as PythonSys from '../runtime/python/sys';
import { evaluateSnippet } from './evaluate';
import { MAX_REPORTED_QUERIES } from './limits';
import type { ModuleLoader } from './modules';
import { snippetConsole, withConsole } from './snippet-console';
import { chainedSnippetFrames, currentLine, snippetFrames, type SnippetException } from './traceback';

export interface SqlQuery {
  sql: string;
  time: string;
  /** The line of the snippet that sent it (its innermost frame in the snippet), when known. */
  line?: number;
}

export interface RunOutcome {
  /** Set when the snippet ended with an uncaught exception (or did not compile). */
  exception?: SnippetException;
  /**
   * `connection.queries` after the run, the first MAX_REPORTED_QUERIES of them; null while the
   * runtime has no `django/db` connection.
   */
  queries: SqlQuery[] | null;
  /** How many statements the run sent in all, when more than `queries` lists. */
  queryCount?: number;
  durationMs: number;
}

export interface RunRequest {
  source: string;
  /** The name frames carry in stack traces and tracebacks, e.g. `refresh-from-db.ts`. */
  filename: string;
  loader: ModuleLoader;
  /** The source transpiled at build time, when the reader runs an example unedited. */
  compiled?: string;
  /** Receives everything the snippet writes to sys.stdout and sys.stderr, as it is written. */
  write: (text: string) => void;
}

/** How deep a chain of `__cause__` / `__context__` is followed (a cycle stops there too). */
const MAX_CHAIN = 10;

function describeException(
  error: unknown,
  builtins: typeof Builtins,
  traceback: typeof PythonTraceback,
  filename: string,
  depth = 0,
  raisedFrom?: Error,
): SnippetException {
  if (!(error instanceof Error)) {
    return { name: 'TypeError', message: 'exceptions must derive from BaseException', frames: [] };
  }
  const frames = raisedFrom
    ? chainedSnippetFrames(error.stack, raisedFrom.stack, filename)
    : snippetFrames(error.stack, filename);
  // Python's traceback adds its "Did you mean" hint to str(exc) on the last line.
  const message = builtins.str(error) + traceback.suggestionSuffix(error);
  const described: SnippetException = { name: traceback.tracebackName(error), message, frames };
  // The runtime's exceptions carry Python's __cause__ / __context__; a JS error its `cause`.
  const linked = error as { __cause__?: unknown; __context__?: unknown; cause?: unknown };
  const cause = '__cause__' in linked ? linked.__cause__ : linked.cause;
  const context = linked.__context__;
  const next = cause instanceof Error ? cause : context instanceof Error ? context : null;
  if (next && next !== error && depth < MAX_CHAIN) {
    described.chained = {
      exception: describeException(next, builtins, traceback, filename, depth + 1, error),
      cause: next === cause,
    };
  }
  return described;
}

interface QueryLog {
  connection?: { queries?: unknown };
}

function isSqlQuery(value: unknown): value is SqlQuery {
  return typeof value === 'object' && value !== null && typeof (value as SqlQuery).sql === 'string';
}

/** Reads `connection.queries` defensively: the runtime may not have a connection yet. */
async function readQueries(loader: ModuleLoader, sent: readonly SentStatement[]): Promise<SqlQuery[] | null> {
  if (!loader.has('django/db')) return null;
  try {
    const db = (await loader.load('django/db')) as QueryLog;
    const queries = db.connection?.queries;
    if (!Array.isArray(queries)) return null;
    // The wrapper saw the statements in the order they were logged; BEGIN, COMMIT and other
    // transaction statements do not pass through it (as in Django) and get no line.
    let next = 0;
    return queries.filter(isSqlQuery).map((query) => {
      const record: SqlQuery = { sql: query.sql, time: String(query.time ?? '') };
      if (sent[next]?.sql === query.sql) {
        const { line } = sent[next++]!;
        if (line !== undefined) record.line = line;
      }
      return record;
    });
  } catch {
    return null;
  }
}

interface SentStatement {
  sql: string;
  line: number | undefined;
}

interface WrappableConnection {
  execute_wrapper<T>(wrapper: (execute: (...args: unknown[]) => void, sql: string, ...rest: unknown[]) => void, body: () => T): T;
}

/**
 * Runs `body` with Django's execute_wrapper noting, for every statement, the snippet line that
 * sent it: the innermost frame of the snippet in the stack at that moment.
 */
async function recordingLines(
  loader: ModuleLoader,
  filename: string,
  sent: SentStatement[],
  body: () => Promise<void>,
): Promise<void> {
  if (!loader.has('django/db')) return body();
  const connection = ((await loader.load('django/db')) as { connection?: WrappableConnection }).connection;
  if (typeof connection?.execute_wrapper !== 'function') return body();
  return connection.execute_wrapper((execute, sql, ...rest) => {
    sent.push({ sql, line: currentLine(filename) ?? undefined });
    execute(sql, ...rest);
  }, body);
}

export async function runSnippet(request: RunRequest): Promise<RunOutcome> {
  const { source, filename, loader } = request;
  const started = performance.now();
  const sent: SentStatement[] = [];
  const finish = async (exception?: SnippetException): Promise<RunOutcome> => {
    const queries = await readQueries(loader, sent);
    // Django keeps the last 9000 in connection.queries; every statement but BEGIN/COMMIT passed the wrapper.
    const queryCount = Math.max(queries?.length ?? 0, sent.length);
    return {
      ...(exception ? { exception } : {}),
      queries: queries && queries.slice(0, MAX_REPORTED_QUERIES),
      ...(queries && queryCount > MAX_REPORTED_QUERIES ? { queryCount } : {}),
      durationMs: performance.now() - started,
    };
  };

  const builtins = (await loader.load('python/builtins')) as unknown as typeof Builtins;
  const pythonSys = (await loader.load('python/sys')) as unknown as typeof PythonSys;
  const pythonTraceback = (await loader.load('python/traceback')) as unknown as typeof PythonTraceback;

  const around = (body: () => Promise<void>) =>
    withConsole(snippetConsole(builtins, pythonSys), () => recordingLines(loader, filename, sent, body));
  const result = await evaluateSnippet(
    { source, filename, loader, compiled: request.compiled, write: request.write, around },
    async () => undefined,
  );
  switch (result.status) {
    case 'syntax-error':
      return finish({
        name: 'SyntaxError',
        message: result.error.reason,
        frames: [],
        syntaxErrorAt: { line: result.error.line, column: result.error.column },
      });
    case 'module-not-found':
      return finish({
        name: result.error.name,
        message: result.error.message,
        frames: result.line ? [{ line: result.line, functionName: '<module>' }] : [],
      });
    case 'raised':
      return finish(describeException(result.error, builtins, pythonTraceback, filename));
    case 'done':
      return finish();
  }
}
