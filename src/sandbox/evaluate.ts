/**
 * The one evaluate step behind every run in the sandbox, a live example's or a race-lab
 * scenario's: transpile the reader's TypeScript, load the modules it imports, compile it, run it
 * with sys.stdout and sys.stderr captured, then restore what it changed. The callers differ only
 * in what they do around the module's body and with its exports.
 */
import type * as PythonSys from '../runtime/python/sys';
import { ModuleNotFoundError, type ModuleLoader } from './modules';
import { MODULE_FUNCTION_NAME } from './traceback';
import { requiredSpecifiers } from './snippet-imports';
import type { SnippetSyntaxError } from './transpile';

export interface Evaluation {
  source: string;
  /** The name frames carry in stack traces and tracebacks, e.g. `refresh-from-db.ts`. */
  filename: string;
  /** `source` already transpiled (an unedited example, compiled at build time): no transpiler is loaded. */
  compiled?: string;
  loader: ModuleLoader;
  /** Receives everything written to sys.stdout and sys.stderr, as it is written. */
  write: (text: string) => void;
  /** Modules to load before the snippet's own imports (what the caller itself will use). */
  preload?: readonly string[];
  /** Wraps the module body (console capture, statement recording…); runs it by default. */
  around?: (body: () => Promise<void>) => Promise<void>;
}

export type EvaluationResult<T> =
  | { status: 'syntax-error'; error: SnippetSyntaxError }
  | { status: 'module-not-found'; error: ModuleNotFoundError; line: number | undefined }
  | { status: 'raised'; error: unknown }
  | { status: 'done'; value: T };

type ModuleFunction = (
  require: ModuleLoader['require'],
  exports: object,
  module: { exports: Record<string, unknown> },
) => Promise<void>;

/**
 * The transpiled code as an async function on one line with the code, so lines stay where
 * they were and a top-level `await` is valid. `sourceURL` names the frames in stack traces.
 */
function compile(transpiled: string, filename: string): ModuleFunction {
  const wrapped = `(async function ${MODULE_FUNCTION_NAME}(require, exports, module) {${transpiled}\n})\n//# sourceURL=${filename}`;
  // Indirect eval: global scope, so the snippet sees none of the sandbox's variables.
  return (0, eval)(wrapped) as ModuleFunction;
}

/** This module's neighbour, as the chunk manifest names it. */
const TRANSPILER_PATH = 'src/sandbox/transpile.ts';

/** The line of the source that names a module, for a ModuleNotFoundError's frame. */
function lineNaming(source: string, specifier: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.includes(`'${specifier}'`) || line.includes(`"${specifier}"`));
  return index === -1 ? undefined : index + 1;
}

/**
 * Evaluates the snippet, then hands its exports to `afterwards` while output is still captured
 * (a scenario's processes print after the module body has returned). An exception raised by the
 * module body is a result; one raised by `afterwards` propagates.
 */
export async function evaluateSnippet<T>(
  job: Evaluation,
  afterwards: (exports: Record<string, unknown>) => Promise<T>,
): Promise<EvaluationResult<T>> {
  const { source, filename, loader } = job;
  let transpiled: string;
  if (job.compiled !== undefined) transpiled = job.compiled;
  else {
    // The transpiler is the worker's largest part: it is loaded only for code the build did not compile.
    await loader.ensureCode(TRANSPILER_PATH);
    const { SnippetSyntaxError, transpileSnippet } = await import('./transpile');
    try {
      transpiled = transpileSnippet(source, filename);
    } catch (error) {
      if (!(error instanceof SnippetSyntaxError)) throw error;
      return { status: 'syntax-error', error };
    }
  }
  for (const specifier of ['python/sys', ...(job.preload ?? []), ...requiredSpecifiers(transpiled)]) {
    try {
      await loader.load(specifier);
    } catch (error) {
      if (!(error instanceof ModuleNotFoundError)) throw error;
      return { status: 'module-not-found', error, line: lineNaming(source, specifier) };
    }
  }

  const pythonSys = loader.require('python/sys') as unknown as typeof PythonSys;
  const sink = { write: (text: string) => (job.write(text), text.length) };
  const previousStdout = pythonSys.setStdout(sink);
  const previousStderr = pythonSys.setStderr(sink);
  const previousStackLimit = Error.stackTraceLimit;
  // Runtime internals can be deep; the snippet's own frames must still be in the stack.
  Error.stackTraceLimit = 200;
  try {
    const module = { exports: {} as Record<string, unknown> };
    const body = () => compile(transpiled, filename)(loader.require, module.exports, module);
    try {
      await (job.around ? job.around(body) : body());
    } catch (error) {
      return { status: 'raised', error };
    }
    return { status: 'done', value: await afterwards(module.exports) };
  } finally {
    Error.stackTraceLimit = previousStackLimit;
    pythonSys.setStdout(previousStdout);
    pythonSys.setStderr(previousStderr);
  }
}
