// Python's printf-style formatting, as Django renders messages with it.
import { describe, expect, it } from 'vitest';
import { KeyError, ValueError, tuple } from 'python/builtins';
import { percentFormat } from 'python/format';

describe('percentFormat', () => {
  it('named %s, %r and %d', () => {
    expect(
      percentFormat('%(model_name)s with this %(field_label)s already exists.', { model_name: 'Plain', field_label: 'ID' }),
    ).toBe('Plain with this ID already exists.');
    expect(percentFormat('Value %(value)r is not a valid choice.', { value: 'XL' })).toBe("Value 'XL' is not a valid choice.");
    expect(percentFormat('Value %(value)r is not a valid choice.', { value: 99 })).toBe('Value 99 is not a valid choice.');
    expect(percentFormat('at most %(limit)d (it has %(n)d)', { limit: 60, n: 70.9 })).toBe('at most 60 (it has 70)');
  });

  it('positional %s, %r, %d and %%', () => {
    expect(percentFormat('%s matching query does not exist.', 'Entry')).toBe('Entry matching query does not exist.');
    expect(percentFormat('get() returned more than one %s -- it returned %s!', ['Entry', 'more than 20'])).toBe(
      'get() returned more than one Entry -- it returned more than 20!',
    );
    expect(percentFormat('%r and %d%%', tuple('x', 5))).toBe("'x' and 5%");
    expect(percentFormat('%s', [[1, 2]])).toBe('[1, 2]');
    expect(percentFormat('%s', null)).toBe('None');
  });

  it('a lone %s formats a whole dict', () => {
    expect(percentFormat('%s', { a: 1 })).toBe("{'a': 1}");
  });

  it('flags, width and precision', () => {
    expect(percentFormat('%5d|%-5d|%05d|%+d', [42, 42, 42, 42])).toBe('   42|42   |00042|+42');
    expect(percentFormat('%.2f %.1e %g %g', [3.14159, 12345, 0.0001, 1e20])).toBe('3.14 1.2e+04 0.0001 1e+20');
    expect(percentFormat('%x %X %#x %o', [255, 255, 255, 8])).toBe('ff FF 0xff 10');
    expect(percentFormat('%.3s|%6s', ['abcdef', 'ab'])).toBe('abc|    ab');
    expect(percentFormat('%c%c', [65, 'b'])).toBe('Ab');
  });

  it('raises Python errors for mismatches', () => {
    expect(() => percentFormat('%s %s', ['a'])).toThrow('not enough arguments for format string');
    expect(() => percentFormat('%s', ['a', 'b'])).toThrow('not all arguments converted during string formatting');
    expect(() => percentFormat('%(missing)s', { other: 1 })).toThrow(KeyError);
    expect(() => percentFormat('%(a)s', ['x'])).toThrow('format requires a mapping');
    expect(() => percentFormat('%d', 'x')).toThrow('%d format: a real number is required, not str');
    expect(() => percentFormat('100%', [])).toThrow(ValueError);
    expect(() => percentFormat('%y', [1])).toThrow("unsupported format character 'y' (0x79) at index 1");
  });

  it('leaves text without specifiers alone, even with a dict', () => {
    expect(percentFormat('plain', { unused: 1 })).toBe('plain');
  });
});
