// print() and its swappable sinks; the warnings module.
import { afterEach, describe, expect, it } from 'vitest';
import { DeprecationWarning, RuntimeWarning, UserWarning, float, kw, print, tuple } from 'python/builtins';
import { StringIO, captureOutput, setStdout, stdout, sys } from 'python/sys';
import { catch_warnings, resetwarnings, simplefilter, warn } from 'python/warnings';

describe('print', () => {
  it('joins str() of the arguments with spaces and ends with a newline', () => {
    const { stdout: out } = captureOutput(() => print('a', 1, 2.5, null, true, ['x'], tuple(1)));
    expect(out).toBe("a 1 2.5 None True ['x'] (1,)\n");
  });

  it('honours sep and end', () => {
    const { stdout: out } = captureOutput(() => {
      print('a', 'b', { sep: ', ' });
      print('no newline', { end: '' });
      print('|', kw({}));
    });
    expect(out).toBe('a, b\nno newline|\n');
  });

  it('prints a dict whose keys look like options when tagged with kw()', () => {
    const { stdout: out } = captureOutput(() => print({ end: 'x' }, kw({})));
    expect(out).toBe("{'end': 'x'}\n");
  });

  it('print() alone writes a newline; floats keep Python formatting', () => {
    const { stdout: out } = captureOutput(() => {
      print();
      print(float(3), 1e-5);
    });
    expect(out).toBe('\n3.0 1e-05\n');
  });

  it('writes to file= and to a replaced sys.stdout', () => {
    const buffer = new StringIO();
    print('to file', { file: buffer });
    expect(buffer.getvalue()).toBe('to file\n');
    const mine = new StringIO();
    const previous = setStdout(mine);
    try {
      print('swapped');
      stdout.write('direct\n');
    } finally {
      setStdout(previous);
    }
    expect(mine.getvalue()).toBe('swapped\ndirect\n');
    expect(sys.stdout).toBe(previous);
  });

  it('captureOutput restores the sinks when the callback throws, and supports async', async () => {
    const before = sys.stdout;
    expect(() =>
      captureOutput(() => {
        throw new Error('x');
      }),
    ).toThrow('x');
    expect(sys.stdout).toBe(before);
    const captured = await captureOutput(async () => {
      print('later');
      return 7;
    });
    expect(captured).toEqual({ result: 7, stdout: 'later\n', stderr: '' });
  });
});

describe('warnings', () => {
  afterEach(() => resetwarnings());

  it('writes "Category: message" to stderr, once per text by default', () => {
    const { stderr } = captureOutput(() => {
      warn("Pickled model instance's Django version is not specified.", RuntimeWarning);
      warn("Pickled model instance's Django version is not specified.", RuntimeWarning);
      warn('plain');
    });
    expect(stderr).toBe("RuntimeWarning: Pickled model instance's Django version is not specified.\nUserWarning: plain\n");
  });

  it('catch_warnings records warnings and restores state', () => {
    const result = catch_warnings((log) => {
      warn('one', RuntimeWarning);
      warn('one', RuntimeWarning);
      warn(new DeprecationWarning('old'));
      return log.map((w) => [w.category.name, String(w.message), String(w)]);
    });
    expect(result).toEqual([
      ['RuntimeWarning', 'one', 'RuntimeWarning: one'],
      ['RuntimeWarning', 'one', 'RuntimeWarning: one'],
      ['DeprecationWarning', 'old', 'DeprecationWarning: old'],
    ]);
    const { stderr } = captureOutput(() => warn('after', UserWarning));
    expect(stderr).toBe('UserWarning: after\n');
  });

  it('filters: error raises, ignore drops', () => {
    catch_warnings(
      () => {
        simplefilter('error', RuntimeWarning);
        expect(() => warn('boom', RuntimeWarning)).toThrow(RuntimeWarning);
        simplefilter('ignore');
        const { stderr } = captureOutput(() => warn('hidden'));
        expect(stderr).toBe('');
      },
      { record: false },
    );
    const { stderr } = captureOutput(() => warn('visible again', RuntimeWarning));
    expect(stderr).toBe('RuntimeWarning: visible again\n');
  });
});
