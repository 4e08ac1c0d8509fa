/**
 * The `console` a snippet sees. A TypeScript reader's first instinct is `console.log`, so it
 * prints into the example's output like Python's print(), in order with print() and the SQL:
 * strings as they are, anything else as its repr() (a model instance shows `<Entry: ...>`).
 * `console.warn` and `console.error` go to stderr, each line marked with the call's name.
 */
import type * as Builtins from '../runtime/python/builtins';
import type * as PythonSys from '../runtime/python/sys';

type ConsoleMethod = (...values: unknown[]) => void;

export function snippetConsole(builtins: typeof Builtins, pythonSys: typeof PythonSys): Console {
  const text = (values: unknown[]) => values.map((value) => (typeof value === 'string' ? value : builtins.repr(value))).join(' ');
  const toStdout: ConsoleMethod = (...values) => void pythonSys.sys.stdout.write(`${text(values)}\n`);
  const toStderr =
    (label: string): ConsoleMethod =>
    (...values) =>
      void pythonSys.sys.stderr.write(
        text(values)
          .split('\n')
          .map((line) => `${label}: ${line}\n`)
          .join(''),
      );
  const ignored: ConsoleMethod = () => undefined;
  const shim: Partial<Record<keyof Console, unknown>> = {
    log: toStdout,
    info: toStdout,
    debug: toStdout,
    trace: toStdout,
    dir: (value: unknown) => toStdout(value),
    table: (value: unknown) => toStdout(value),
    warn: toStderr('console.warn'),
    error: toStderr('console.error'),
    assert: (condition: unknown, ...values: unknown[]) => {
      if (!condition) toStderr('console.assert')(...(values.length ? values : ['Assertion failed']));
    },
  };
  // Anything else a console has (time, count, group...) exists and does nothing.
  return new Proxy(shim, {
    get: (target, name) => (name in target ? target[name as keyof Console] : ignored),
  }) as unknown as Console;
}

/** Runs `body` with `globalThis.console` replaced, and puts the original back afterwards. */
export async function withConsole<T>(replacement: Console, body: () => Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'console');
  Object.defineProperty(globalThis, 'console', { value: replacement, configurable: true, writable: true });
  try {
    return await body();
  } finally {
    if (original) Object.defineProperty(globalThis, 'console', original);
  }
}
