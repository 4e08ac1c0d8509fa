// eq / hash / len with Python's protocol rules.
import { describe, expect, it } from 'vitest';
import { NotImplemented, frozenset, hash, len, tuple } from 'python/builtins';
import { eq, ne } from 'python/protocols';

describe('eq', () => {
  it('numbers across int, float and bool', () => {
    expect(eq(1, 1.0)).toBe(true);
    expect(eq(true, 1)).toBe(true);
    expect(eq(false, 0)).toBe(true);
    expect(eq(2n, 2)).toBe(true);
    expect(eq(NaN, NaN)).toBe(false);
    expect(eq('1', 1)).toBe(false);
  });

  it('None equals only None', () => {
    expect(eq(null, undefined)).toBe(true);
    expect(eq(null, 0)).toBe(false);
  });

  it('containers compare element-wise; list != tuple', () => {
    expect(eq([1, [2]], [1, [2]])).toBe(true);
    expect(eq([1, 2], [2, 1])).toBe(false);
    expect(eq(tuple(1, 2), tuple(1, 2))).toBe(true);
    expect(eq(tuple(1, 2), [1, 2])).toBe(false);
    expect(eq({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(eq({ a: 1 }, new Map([['a', 1]]))).toBe(true);
    expect(eq({ a: 1 }, { a: 2 })).toBe(false);
    expect(eq(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(eq(new Set([tuple(1)]), new Set([tuple(1)]))).toBe(true);
  });

  it('__eq__ is asked on both sides, NotImplemented falls back to identity', () => {
    class Model {
      constructor(readonly pk: number | null) {}
      __eq__(other: unknown) {
        if (!(other instanceof Model)) return NotImplemented;
        return this.pk !== null && this.pk === other.pk;
      }
      __hash__() {
        if (this.pk === null) throw new TypeError('Model instances without primary key value are unhashable');
        return hash(this.pk);
      }
    }
    expect(eq(new Model(1), new Model(1))).toBe(true);
    expect(eq(new Model(null), new Model(null))).toBe(false);
    expect(eq(new Model(1), 1)).toBe(false);
    const ANY = { __eq__: () => true };
    expect(eq(new Model(1), ANY)).toBe(true);
    expect(eq(ANY, new Model(1))).toBe(true);
    expect(ne(new Model(1), new Model(2))).toBe(true);
    expect(hash(new Model(5))).toBe(5);
    expect(() => hash(new Model(null))).toThrow('Model instances without primary key value are unhashable');
  });
});

describe('hash', () => {
  it('matches CPython for ints, bools and floats', () => {
    expect(hash(7)).toBe(7);
    expect(hash(-1)).toBe(-2);
    expect(hash(true)).toBe(1);
    expect(hash(1.0)).toBe(hash(1));
    // Python's hash(1.5) is 2**60 + 1, which a double cannot hold: the runtime gives the nearest, 2**60.
    expect(hash(1.5)).toBe(2 ** 60);
    expect(hash(-0.5)).toBe(-1152921504606846976);
    expect(hash(Infinity)).toBe(314159);
  });

  it('is stable for strings and equal for equal tuples', () => {
    expect(hash('abc')).toBe(hash('abc'));
    expect(hash('abc')).not.toBe(hash('abd'));
    expect(hash(tuple(1, 'a'))).toBe(hash(tuple(1, 'a')));
    expect(hash(tuple(1, 'a'))).not.toBe(hash(tuple('a', 1)));
    expect(hash(frozenset([1, 2]))).toBe(hash(frozenset([2, 1])));
  });

  it('refuses mutable containers and __hash__ = null', () => {
    expect(() => hash([1])).toThrow("unhashable type: 'list'");
    expect(() => hash({})).toThrow("unhashable type: 'dict'");
    expect(() => hash(new Set())).toThrow("unhashable type: 'set'");
    class NoHash {
      __hash__ = null;
    }
    expect(() => hash(new NoHash())).toThrow("unhashable type: 'NoHash'");
    class EqOnly {
      __eq__() {
        return true;
      }
    }
    expect(() => hash(new EqOnly())).toThrow(TypeError);
  });

  it('hashes plain objects by identity', () => {
    class Thing {}
    const t = new Thing();
    expect(hash(t)).toBe(hash(t));
    expect(hash(t)).not.toBe(hash(new Thing()));
  });
});

describe('len', () => {
  it('counts like Python', () => {
    expect(len('fõo😀')).toBe(4);
    expect(len([1, 2])).toBe(2);
    expect(len(tuple())).toBe(0);
    expect(len({ a: 1 })).toBe(1);
    expect(len(new Map([[1, 2]]))).toBe(1);
    expect(len(new Set([1, 2, 3]))).toBe(3);
    expect(len({ __len__: () => 9 })).toBe(9);
    expect(() => len(5)).toThrow("object of type 'int' has no len()");
  });
});

describe('sorted()', () => {
  it('sorts numbers and strings as Python does, stably, with key and reverse', async () => {
    const { sorted } = await import('python/builtins');
    expect(sorted(new Set(['status', 'body', 'Body']))).toEqual(['Body', 'body', 'status']);
    expect(sorted([3, 1, 2], { reverse: true })).toEqual([3, 2, 1]);
    expect(sorted(['bb', 'a', 'cc'], { key: (s) => s.length })).toEqual(['a', 'bb', 'cc']);
    expect(() => sorted([1, 'a'] as unknown[])).toThrow("'<' not supported between instances of");
  });
});
