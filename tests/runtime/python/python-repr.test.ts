// repr() and str() of every value kind, following Python.
import { describe, expect, it } from 'vitest';
import { ValueError, float, frozenset, repr, str, tuple } from 'python/builtins';
import { FrozenSet } from 'python/types';
import { typeName } from 'python/repr';

describe('repr of scalars', () => {
  it('None, booleans', () => {
    expect(repr(null)).toBe('None');
    expect(repr(undefined)).toBe('None');
    expect(repr(true)).toBe('True');
    expect(repr(false)).toBe('False');
  });

  it('integral numbers print as ints, others as Python floats', () => {
    expect(repr(42)).toBe('42');
    expect(repr(-7)).toBe('-7');
    expect(repr(1e21)).toBe('1000000000000000000000');
    expect(repr(123456789012345680000)).toBe('123456789012345683968');
    expect(repr(1.5)).toBe('1.5');
    expect(repr(0.1)).toBe('0.1');
    expect(repr(0.0001)).toBe('0.0001');
    expect(repr(0.00001)).toBe('1e-05');
    expect(repr(1.5e-7)).toBe('1.5e-07');
    expect(repr(-2.5e-10)).toBe('-2.5e-10');
    expect(repr(10n ** 30n)).toBe('1000000000000000000000000000000');
  });

  it('nan and inf', () => {
    expect(repr(NaN)).toBe('nan');
    expect(repr(Infinity)).toBe('inf');
    expect(repr(-Infinity)).toBe('-inf');
  });

  it('float() boxes keep the .0', () => {
    expect(repr(float(1))).toBe('1.0');
    expect(repr(float(-0))).toBe('-0.0');
    expect(repr(float(1e16))).toBe('1e+16');
    expect(repr(float('2.50'))).toBe('2.5');
    expect(float(1.5) + 1).toBe(2.5);
    expect(typeName(float(2))).toBe('float');
    expect(() => float('abc')).toThrow("could not convert string to float: 'abc'");
  });
});

describe('repr of strings', () => {
  it('chooses quotes like Python', () => {
    expect(repr('abc')).toBe("'abc'");
    expect(repr("it's")).toBe('"it\'s"');
    expect(repr('say "hi"')).toBe('\'say "hi"\'');
    expect(repr('it\'s "x"')).toBe("'it\\'s \"x\"'");
  });

  it('escapes backslashes, control and invisible characters', () => {
    expect(repr('a\\b')).toBe("'a\\\\b'");
    expect(repr('line\nnext\ttab\r')).toBe("'line\\nnext\\ttab\\r'");
    expect(repr('\x00\x7f')).toBe("'\\x00\\x7f'");
    expect(repr('\u200b')).toBe("'\\u200b'");
    expect(repr('\u00a0')).toBe("'\\xa0'");
  });

  it('keeps printable unicode', () => {
    expect(repr('fõo “x” 日本 😀')).toBe("'fõo “x” 日本 😀'");
  });
});

describe('repr of containers', () => {
  it('lists and tuples', () => {
    expect(repr([1, 'a', null, [true]])).toBe("[1, 'a', None, [True]]");
    expect(repr([])).toBe('[]');
    expect(repr(tuple())).toBe('()');
    expect(repr(tuple(1))).toBe('(1,)');
    expect(repr(tuple(1, 'b'))).toBe("(1, 'b')");
    expect(Object.isFrozen(tuple(1))).toBe(true);
  });

  it('dicts from objects and Maps', () => {
    expect(repr({ a: 1, b: [1.5, 'x'] })).toBe("{'a': 1, 'b': [1.5, 'x']}");
    expect(repr({})).toBe('{}');
    expect(
      repr(
        new Map<unknown, unknown>([
          [1, 'one'],
          [tuple('k', 2), null],
        ]),
      ),
    ).toBe("{1: 'one', ('k', 2): None}");
  });

  it('sets and frozensets', () => {
    expect(repr(new Set([1, 2]))).toBe('{1, 2}');
    expect(repr(new Set())).toBe('set()');
    expect(repr(frozenset(['a']))).toBe("frozenset({'a'})");
    expect(repr(frozenset())).toBe('frozenset()');
    expect(() => new FrozenSet([1]).add(2)).toThrow(TypeError);
  });

  it('bytes', () => {
    expect(repr(new Uint8Array([104, 105, 0, 39]))).toBe('b"hi\\x00\'"');
    expect(repr(new TextEncoder().encode('ok\n'))).toBe("b'ok\\n'");
  });

  it('cyclic structures do not hang', () => {
    const list: unknown[] = [1];
    list.push(list);
    expect(repr(list)).toBe('[1, [...]]');
    const dict: Record<string, unknown> = { a: 1 };
    dict.self = dict;
    expect(repr(dict)).toBe("{'a': 1, 'self': {...}}");
  });

  it('a shared, non-cyclic object prints twice', () => {
    const shared = [1];
    expect(repr([shared, shared])).toBe('[[1], [1]]');
  });
});

describe('protocol objects', () => {
  class Person {
    constructor(
      readonly first: string,
      readonly last: string,
    ) {}
    __str__() {
      return `${this.first} ${this.last}`;
    }
    __repr__() {
      return `<Person: ${this.__str__()}>`;
    }
  }

  it('uses __repr__ and __str__', () => {
    const fred = new Person('Fred', 'Flintstone');
    expect(repr(fred)).toBe('<Person: Fred Flintstone>');
    expect(str(fred)).toBe('Fred Flintstone');
    expect(repr([fred])).toBe('[<Person: Fred Flintstone>]');
    expect(str([fred])).toBe('[<Person: Fred Flintstone>]');
  });

  it('str falls back to __repr__, and objects without either print generically', () => {
    expect(str({ __repr__: () => 'R' })).toBe('R');
    class Plain {}
    expect(repr(new Plain())).toBe('<Plain object>');
  });

  it('exceptions', () => {
    expect(repr(new ValueError('msg'))).toBe("ValueError('msg')");
    expect(repr(new ValueError())).toBe('ValueError()');
    expect(repr(new ValueError('a', 1))).toBe("ValueError('a', 1)");
    expect(repr(new TypeError('bad'))).toBe("TypeError('bad')");
    expect(repr(new RangeError('x'))).toBe("ValueError('x')");
    expect(str(new TypeError('bad'))).toBe('bad');
  });

  it('classes and functions', () => {
    expect(repr(ValueError)).toBe("<class 'ValueError'>");
    function helper() {}
    expect(repr(helper)).toBe('<function helper>');
  });
});

describe('str', () => {
  it('returns strings unchanged and stringifies the rest', () => {
    expect(str('plain')).toBe('plain');
    expect(str(null)).toBe('None');
    expect(str(3)).toBe('3');
    expect(str(['a'])).toBe("['a']");
    expect(str(true)).toBe('True');
  });
});

describe('typeName', () => {
  it('names Python types', () => {
    expect([1, 1.5, 'a', true, null, [], tuple(), {}, new Set(), 10n].map(typeName)).toEqual([
      'int',
      'float',
      'str',
      'bool',
      'NoneType',
      'list',
      'tuple',
      'dict',
      'set',
      'int',
    ]);
  });
});
