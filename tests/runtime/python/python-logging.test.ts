// python/logging: Logger.exception() and exc_info print Python's traceback text.
import { afterEach, describe, expect, it } from 'vitest';
import { models } from 'django/db';
import { ValueError } from 'python/builtins';
import { Formatter, captureLogs as capture, getLogger, log_kw } from 'python/logging';
import { setTracebackFrames } from 'python/traceback';

class Entry extends models.Model {
  headline = models.CharField({ max_length: 20 });
}

afterEach(() => setTracebackFrames(null));

/** The records as a handler with Python's BASIC_FORMAT prints them (exception text included). */
function captureLogs(name: string, level: string, fn: () => void): { output: string[] } {
  const formatter = new Formatter('%(levelname)s:%(name)s:%(message)s');
  return { output: capture(name, level, fn).records.map((r) => formatter.format(r)) };
}

describe('tracebacks in log records', () => {
  it('Logger.exception() logs the exception being handled at ERROR', () => {
    const { output } = captureLogs('blog', 'DEBUG', () => {
      try {
        Entry.objects.get({ pk: 99 });
      } catch {
        getLogger('blog.views').exception('Lookup failed for %s', 99);
      }
    });
    expect(output).toEqual([
      'ERROR:blog.views:Lookup failed for 99\nTraceback (most recent call last):\n  ...\napp.models.Entry.DoesNotExist: Entry matching query does not exist.',
    ]);
  });

  it('exc_info=True and an explicit exception; a cause is printed first', () => {
    const { output } = captureLogs('app', 'DEBUG', () => {
      const inner = new ValueError('bad');
      const outer = new ValueError('outer').withCause(inner);
      getLogger('app').error('one', log_kw({ exc_info: true }));
      getLogger('app').warning('two', log_kw({ exc_info: inner }));
      void outer;
    });
    expect(output[0]).toBe(
      'ERROR:app:one\nTraceback (most recent call last):\n  ...\nValueError: bad\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  ...\nValueError: outer',
    );
    expect(output[1]).toBe('WARNING:app:two\nTraceback (most recent call last):\n  ...\nValueError: bad');
  });

  it('a host can supply the frames', () => {
    setTracebackFrames(() => ['  File "example.ts", line 3, in <module>']);
    const { output } = captureLogs('app', 'DEBUG', () => getLogger('app').error('x', log_kw({ exc_info: new ValueError('v') })));
    expect(output).toEqual([
      'ERROR:app:x\nTraceback (most recent call last):\n  File "example.ts", line 3, in <module>\nValueError: v',
    ]);
  });
});
