// Python's exception model: args, str/message, names, formatException, built-in hierarchy.
import { describe, expect, it } from 'vitest';
import {
  AttributeError,
  BaseException,
  Exception,
  IndexError,
  KeyError,
  LookupError,
  NotImplementedError,
  OSError,
  RuntimeError,
  RuntimeWarning,
  UserWarning,
  ValueError,
  Warning,
  isinstance,
  issubclass,
  repr,
} from 'python/builtins';
import { bases, classAttr, defineException, formatException, mro, pythonName } from 'python/exceptions';

describe('args and str(exc)', () => {
  it('no args is the empty string', () => {
    const e = new ValueError();
    expect(e.args).toEqual([]);
    expect(e.message).toBe('');
    expect(String(e)).toBe('');
    expect(formatException(e)).toBe('ValueError');
  });

  it('one arg is str(arg)', () => {
    expect(new ValueError('bad').message).toBe('bad');
    expect(new ValueError(42).message).toBe('42');
    expect(new ValueError(null).message).toBe('None');
  });

  it('several args are the tuple repr', () => {
    expect(new ValueError('a', 1).message).toBe("('a', 1)");
    expect(formatException(new ValueError('a', 1))).toBe("ValueError: ('a', 1)");
  });

  it('KeyError reprs its single argument', () => {
    expect(formatException(new KeyError('name'))).toBe("KeyError: 'name'");
    expect(new KeyError('a', 'b').message).toBe("('a', 'b')");
  });

  it('OSError(errno, strerror[, filename])', () => {
    expect(new OSError(2, 'No such file or directory').message).toBe('[Errno 2] No such file or directory');
    expect(new OSError(2, 'No such file or directory', 'x.txt').message).toBe("[Errno 2] No such file or directory: 'x.txt'");
    expect(new OSError('plain').message).toBe('plain');
    expect(new OSError(13, 'denied').errno).toBe(13);
  });

  it('args is a tuple, as in Python', () => {
    expect(repr(new ValueError('a').args)).toBe("('a',)");
    expect(repr(new ValueError('x', 'c', null).args)).toBe("('x', 'c', None)");
    expect(repr(new ValueError().args)).toBe('()');
    const e = new RuntimeError('first');
    e.args = ['second', 2];
    expect(repr(e.args)).toBe("('second', 2)");
  });

  it('message tracks args changes', () => {
    const e = new RuntimeError('first');
    e.args = ['second'];
    expect(e.message).toBe('second');
  });

  it('is a real JS Error with the Python name', () => {
    const e = new IndexError('Number of args exceeds number of fields');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('IndexError');
    expect(e.stack).toContain('IndexError: Number of args exceeds number of fields');
  });
});

describe('built-in hierarchy', () => {
  it('follows Python', () => {
    expect(new IndexError()).toBeInstanceOf(LookupError);
    expect(new KeyError()).toBeInstanceOf(LookupError);
    expect(new NotImplementedError()).toBeInstanceOf(RuntimeError);
    expect(new RuntimeWarning()).toBeInstanceOf(Warning);
    expect(new UserWarning()).toBeInstanceOf(Exception);
    expect(new ValueError() instanceof LookupError).toBe(false);
    expect(bases(Exception)).toEqual([BaseException]);
    expect(ValueError.__module__).toBe('builtins');
  });

  it('JS TypeError is Python TypeError and counts as an Exception', () => {
    const e = new TypeError('Model instances without primary key value are unhashable');
    expect(e instanceof TypeError).toBe(true);
    expect(e instanceof Exception).toBe(true);
    expect(e instanceof ValueError).toBe(false);
    expect(formatException(e)).toBe('TypeError: Model instances without primary key value are unhashable');
    expect(mro(TypeError).map(pythonName)).toEqual(['TypeError', 'Exception', 'BaseException']);
  });

  it('maps other JS errors to Python names', () => {
    expect(pythonName(TypeError)).toBe('TypeError');
    expect(pythonName(RangeError)).toBe('ValueError');
    expect(pythonName(ReferenceError)).toBe('NameError');
    expect(pythonName(SyntaxError)).toBe('SyntaxError');
    expect(pythonName(new Error('x'))).toBe('Exception');
    expect(pythonName(new RangeError('Maximum call stack size exceeded'))).toBe('RecursionError');
    expect(formatException(new ReferenceError('x is not defined'))).toBe('NameError: x is not defined');
  });

  it('a thrown non-error is reported like Python would', () => {
    expect(formatException('oops')).toBe('TypeError: exceptions must derive from BaseException');
  });

  it('user subclasses get __main__ and their own name', () => {
    class MyError extends ValueError {}
    expect(MyError.__module__).toBe('__main__');
    expect(MyError.__qualname__).toBe('MyError');
    expect(formatException(new MyError('x'), { module: true })).toBe('MyError: x');
  });
});

describe('defineException, mro, issubclass, isinstance', () => {
  const A = defineException('A', [Exception], { module: 'app', attrs: { flag: 'a' } });
  const B = defineException('B', [AttributeError], { module: 'app', attrs: { other: 'b' } });
  const C = defineException('C', [A, B], {
    module: 'app',
    methods: {
      __str__(this: BaseException) {
        return `custom ${this.args.length}`;
      },
    },
  });

  it('computes the C3 MRO', () => {
    expect(mro(C).map((c) => c.name)).toEqual(['C', 'A', 'B', 'AttributeError', 'Exception', 'BaseException']);
  });

  it('issubclass and isinstance follow virtual bases, also in array form', () => {
    expect(issubclass(C, B)).toBe(true);
    expect(issubclass(C, AttributeError)).toBe(true);
    expect(issubclass(B, A)).toBe(false);
    expect(issubclass(C, [ValueError, B])).toBe(true);
    expect(isinstance(new C(), B)).toBe(true);
    expect(isinstance(new C(), [ValueError, KeyError])).toBe(false);
    expect(isinstance('s', String)).toBe(true);
    expect(isinstance(1, Number)).toBe(true);
    expect(isinstance(null, Exception)).toBe(false);
  });

  it('class attributes resolve along the MRO', () => {
    expect(classAttr(C, 'flag')).toBe('a');
    expect(classAttr(C, 'other')).toBe('b');
    expect(classAttr(C, 'missing')).toBeUndefined();
  });

  it('methods from the spec are used', () => {
    expect(new C(1, 2).message).toBe('custom 2');
    expect(formatException(new C())).toBe('C: custom 0');
  });
});
