/**
 * Python-style tracebacks for errors thrown by a snippet. The stack's frames that belong to the
 * snippet are kept (runtime internals are left out), most recent call last, each with the line
 * of the reader's code. Line numbers need no mapping: the transpiler keeps lines in place. A
 * chained exception (`__cause__`, else `__context__`) is printed first, as Python prints it.
 */

export interface SnippetFrame {
  line: number;
  /** `<module>` for top-level code, else the function's name. */
  functionName: string;
}

export interface SnippetException {
  /** Python's name of the exception class, e.g. `Entry.DoesNotExist`. */
  name: string;
  /** str(exception); empty when Python would print the name alone. */
  message: string;
  frames: SnippetFrame[];
  /** For a syntax error: where the parser stopped (1-based). */
  syntaxErrorAt?: { line: number; column: number };
  /**
   * The exception this one was raised from (`raise ... from cause`, `cause: true`) or while
   * handling (`cause: false`), which Python prints first.
   */
  chained?: { exception: SnippetException; cause: boolean };
}

const CHAIN_LINES = {
  cause: 'The above exception was the direct cause of the following exception:',
  context: 'During handling of the above exception, another exception occurred:',
};

/** The function that wraps a snippet's top-level code (see runner.ts). */
export const MODULE_FUNCTION_NAME = '__snippet_module__';

const V8_FRAME = /^\s*at (?:async )?(?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;

/** The snippet's own frames in a V8 stack, outermost first (Python's order). */
export function snippetFrames(stack: string | undefined, filename: string): SnippetFrame[] {
  if (!stack) return [];
  const frames: SnippetFrame[] = [];
  for (const line of stack.split('\n')) {
    const match = V8_FRAME.exec(line);
    if (!match || match[2] !== filename) continue;
    const callee = match[1] ?? '';
    // V8 names a method after its receiver (`Object.load`, `Cart.save`, and `Proxy.save` for a
    // model instance); Python prints the bare function name.
    const functionName =
      callee === '' || callee === MODULE_FUNCTION_NAME ? '<module>' : callee.replace(/^(?:new )?[^.\s]+\./, '');
    frames.push({ line: Number(match[3]), functionName });
  }
  return frames.reverse();
}

/**
 * The line of the innermost frame of `filename` in the stack at this point (async callers
 * included), or null. V8 hands over its call sites when `Error.prepareStackTrace` returns them,
 * so only that one frame's line is looked up: formatting the whole stack as text for every SQL
 * statement would triple the time a long scenario takes. Elsewhere the text stack is parsed.
 */
export function currentLine(filename: string): number | null {
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (_error, sites) => sites;
  let stack: unknown;
  try {
    stack = new Error().stack;
  } finally {
    Error.prepareStackTrace = previous;
  }
  if (!Array.isArray(stack)) return snippetFrames(typeof stack === 'string' ? stack : undefined, filename).at(-1)?.line ?? null;
  // The snippet is evaluated code: its frames carry its name as their source URL, not as a file name.
  for (const site of stack as NodeJS.CallSite[]) if (site.getScriptNameOrSourceURL() === filename) return site.getLineNumber();
  return null;
}

interface RawFrame {
  callee: string;
  file: string;
  position: string;
}

/** Every frame of a V8 stack, outermost first. */
function rawFrames(stack: string | undefined): RawFrame[] {
  const frames: RawFrame[] = [];
  for (const line of (stack ?? '').split('\n')) {
    const match = V8_FRAME.exec(line);
    if (match) frames.push({ callee: match[1] ?? '', file: match[2] ?? '', position: `${match[3]}:${match[4]}` });
  }
  return frames.reverse();
}

/**
 * The snippet's frames of a chained exception (a `__cause__` or `__context__`), as Python keeps
 * them: only from the frame that caught it down to where it was raised. A JS stack holds every
 * frame up to the top, so the frames it shares with the exception raised from it are dropped,
 * all but the catching frame (the deepest shared function, at another position).
 */
export function chainedSnippetFrames(
  stack: string | undefined,
  outerStack: string | undefined,
  filename: string,
): SnippetFrame[] {
  const inner = rawFrames(stack);
  const outer = rawFrames(outerStack);
  let shared = 0;
  const same = (a: RawFrame, b: RawFrame) => a.callee === b.callee && a.file === b.file;
  while (
    shared < inner.length &&
    shared < outer.length &&
    same(inner[shared]!, outer[shared]!) &&
    inner[shared]!.position === outer[shared]!.position
  )
    shared++;
  const catching =
    shared < inner.length && shared < outer.length && same(inner[shared]!, outer[shared]!) ? shared : Math.max(0, shared - 1);
  const kept = inner.slice(catching).reverse();
  return snippetFrames(
    kept
      .map(
        (frame) => `    at ${frame.callee ? `${frame.callee} (` : ''}${frame.file}:${frame.position}${frame.callee ? ')' : ''}`,
      )
      .join('\n'),
    filename,
  );
}

/** The text Python prints for an uncaught exception, quoting the reader's source lines. */
export function formatTraceback(exception: SnippetException, source: string, filename: string, isChained = false): string {
  const sourceLines = source.split('\n');
  const quote = (line: number) => (sourceLines[line - 1] ?? '').trim();
  const lastLine = exception.message === '' ? exception.name : `${exception.name}: ${exception.message}`;
  if (exception.syntaxErrorAt) {
    const { line, column } = exception.syntaxErrorAt;
    const text = sourceLines[line - 1] ?? '';
    const indent = text.length - text.trimStart().length;
    const caret = ' '.repeat(Math.max(0, column - 1 - indent));
    // Python's own form, "(file, line N)", with the column too: the caret alone means nothing to a screen reader.
    return [
      `  File "${filename}", line ${line}`,
      `    ${text.trim()}`,
      `    ${caret}^`,
      `${lastLine} (${filename}, line ${line}, column ${column})`,
    ].join('\n');
  }
  const lines: string[] = [];
  const { chained } = exception;
  if (chained) {
    lines.push(
      formatTraceback(chained.exception, source, filename, true),
      '',
      chained.cause ? CHAIN_LINES.cause : CHAIN_LINES.context,
      '',
    );
  }
  lines.push('Traceback (most recent call last):');
  // An exception raised wholly inside Django or Python has none of the reader's frames.
  if (isChained && exception.frames.length === 0) lines.push('  ...');
  for (const frame of exception.frames) {
    lines.push(`  File "${filename}", line ${frame.line}, in ${frame.functionName}`);
    const quoted = quote(frame.line);
    if (quoted) lines.push(`    ${quoted}`);
  }
  lines.push(lastLine);
  return lines.join('\n');
}
