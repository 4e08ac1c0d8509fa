// Checks ../shared/reference/django-facts.md §3: ValidationError's constructor forms, attributes, rendering, iteration, str/repr,
// update_error_dict and hash-based equality (mirroring Django's own tests).
import { describe, expect, it } from 'vitest';
import { NON_FIELD_ERRORS, ValidationError } from 'django/core/exceptions';
import { AttributeError, hash, print, repr, str, tuple } from 'python/builtins';
import { eq } from 'python/protocols';
import { formatException } from 'python/exceptions';
import { isTuple } from 'python/types';
import { StringIO } from 'python/sys';

describe('constructor forms', () => {
  it('a single message sets message, code and params, and error_list is [self]', () => {
    const e = new ValidationError('x', { code: 'c', params: { a: 1 } });
    expect(e.message).toBe('x');
    expect(e.code).toBe('c');
    expect(e.params).toEqual({ a: 1 });
    expect(e.error_list).toEqual([e]);
    expect(e.error_list?.[0]).toBe(e);
    expect(e.error_dict).toBeUndefined();
  });

  it('args == (message, code, params), None when omitted', () => {
    expect(new ValidationError('x', { code: 'c' }).args).toEqual(['x', 'c', null]);
    expect(repr(tuple(...new ValidationError('x', { code: 'c' }).args))).toBe("('x', 'c', None)");
    expect(repr(new ValidationError('x', { code: 'c' }).args)).toBe("('x', 'c', None)");
    expect(new ValidationError('x').args).toEqual(['x', null, null]);
  });

  it('accepts the positional form (message, code, params)', () => {
    const e = new ValidationError('%(n)s!', 'c', { n: 2 });
    expect(e.code).toBe('c');
    expect(e.messages).toEqual(['2!']);
  });

  it('a list is flattened into error_list, with no message attribute of its own', () => {
    const e = new ValidationError(['a', new ValidationError('b', { code: 'bc' })]);
    expect(e.error_list?.map((x) => x.message)).toEqual(['a', 'b']);
    expect(e.error_list?.[1]?.code).toBe('bc');
    expect(e.isSingle).toBe(false);
    expect(e.code).toBeUndefined();
  });

  it('a dict-style item in a list contributes its errors without field names', () => {
    const e = new ValidationError([new ValidationError({ f: 'Field error', g: ['G1', 'G2'] }), 'Simple error']);
    expect(e.error_list?.map((x) => x.message)).toEqual(['Field error', 'G1', 'G2', 'Simple error']);
    expect(e.error_dict).toBeUndefined();
  });

  it('a dict builds error_dict of lists, keeping nested codes and params', () => {
    const e = new ValidationError({
      f: new ValidationError('bad %(v)s', { code: 'invalid', params: { v: 1 } }),
      g: ['y', 'z'],
    });
    expect(Object.keys(e.error_dict ?? {})).toEqual(['f', 'g']);
    expect(e.error_dict?.f?.[0]?.code).toBe('invalid');
    expect(e.error_dict?.f?.[0]?.params).toEqual({ v: 1 });
    expect(e.error_dict?.g?.map((x) => x.message)).toEqual(['y', 'z']);
    expect(e.error_list).toBeUndefined();
  });

  it('a Map works as a dict', () => {
    const e = new ValidationError(new Map([['name', 'required']]));
    expect(e.message_dict).toEqual({ name: ['required'] });
  });

  it('another ValidationError is copied: single, list and dict', () => {
    const single = new ValidationError(new ValidationError('m', { code: 'c', params: { p: 1 } }));
    expect([single.message, single.code, single.params]).toEqual(['m', 'c', { p: 1 }]);
    const list = new ValidationError(new ValidationError(['a', 'b']));
    expect(list.messages).toEqual(['a', 'b']);
    const dict = new ValidationError(new ValidationError({ f: 'x' }));
    expect(dict.message_dict).toEqual({ f: ['x'] });
  });

  it('a tuple is a single message, not a list', () => {
    const e = new ValidationError(tuple('a', 'b'));
    expect(e.isSingle).toBe(true);
    expect(isTuple(e.message)).toBe(true);
  });

  it('an empty list has no errors', () => {
    const e = new ValidationError([]);
    expect(e.error_list).toEqual([]);
    expect([...e]).toEqual([]);
    expect(str(e)).toBe('[]');
  });
});

describe('message_dict and messages', () => {
  it('message_dict renders each field', () => {
    const e = new ValidationError({ f: 'x', g: ['y', 'z'] });
    expect(e.message_dict).toEqual({ f: ['x'], g: ['y', 'z'] });
  });

  it('message_dict on a non-dict error raises AttributeError', () => {
    const e = new ValidationError('oops');
    expect(() => e.message_dict).toThrow(AttributeError);
    try {
      void e.message_dict;
    } catch (err) {
      expect(formatException(err)).toBe("AttributeError: 'ValidationError' object has no attribute 'error_dict'");
    }
  });

  it('messages concatenates every field in dict order', () => {
    const e = new ValidationError({ field1: ['E1', 'E2'], field2: ['E3', 'E4'] });
    expect(e.messages).toEqual(['E1', 'E2', 'E3', 'E4']);
    expect(new ValidationError({}).messages).toEqual([]);
  });

  it('messages of a list or single error is list(self)', () => {
    expect(new ValidationError(['a', 'b']).messages).toEqual(['a', 'b']);
    expect(new ValidationError('one').messages).toEqual(['one']);
  });

  it('renders message % params', () => {
    expect(new ValidationError('Value %(v)s bad', { params: { v: 3 } }).messages).toEqual(['Value 3 bad']);
    expect(new ValidationError('Value %(value)r is not a valid choice.', { params: { value: 'XL' } }).messages).toEqual([
      "Value 'XL' is not a valid choice.",
    ]);
    expect(new ValidationError('Value %(value)r is not a valid choice.', { params: { value: 99 } }).messages).toEqual([
      'Value 99 is not a valid choice.',
    ]);
  });

  it('leaves the message alone when params are empty (a literal % survives)', () => {
    expect(new ValidationError('100%', { params: {} }).messages).toEqual(['100%']);
    expect(new ValidationError('100%').messages).toEqual(['100%']);
  });

  it('renders params inside a dict error', () => {
    const e = new ValidationError({
      title: new ValidationError('Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).', {
        code: 'max_length',
        params: { limit_value: 60, show_value: 70 },
      }),
    });
    expect(e.message_dict).toEqual({ title: ['Ensure this value has at most 60 characters (it has 70).'] });
  });
});

describe('iteration', () => {
  it('a dict error yields (field, messages) tuples', () => {
    const items = [...new ValidationError({ f: 'x', g: ['y', 'z'] })];
    expect(items).toEqual([
      ['f', ['x']],
      ['g', ['y', 'z']],
    ]);
    expect(isTuple(items[0])).toBe(true);
    expect(repr(items[0])).toBe("('f', ['x'])");
  });

  it('other errors yield rendered strings', () => {
    expect([...new ValidationError(['a %(n)s', 'b'].map((m) => new ValidationError(m, { params: { n: 1 } })))]).toEqual([
      'a 1',
      'b',
    ]);
  });
});

describe('str() and repr()', () => {
  it('dict error', () => {
    const e = new ValidationError({ f: 'x', g: ['y', 'z'] });
    expect(str(e)).toBe("{'f': ['x'], 'g': ['y', 'z']}");
    expect(repr(e)).toBe("ValidationError({'f': ['x'], 'g': ['y', 'z']})");
  });

  it('single and list errors', () => {
    expect(str(new ValidationError('oops'))).toBe("['oops']");
    expect(repr(new ValidationError('oops'))).toBe("ValidationError(['oops'])");
    expect(str(new ValidationError(['a', 'b']))).toBe("['a', 'b']");
    expect(String(new ValidationError('oops'))).toBe("['oops']");
  });

  it('uses double quotes when a message contains a single quote', () => {
    expect(str(new ValidationError(["Updating the value of creator isn't allowed"]))).toBe(
      '["Updating the value of creator isn\'t allowed"]',
    );
    expect(str(new ValidationError({ __all__: "it's" }))).toBe("{'__all__': [\"it's\"]}");
  });

  it('keeps curly quotes as they are', () => {
    expect(str(new ValidationError('“abc” value must be an integer.'))).toBe("['“abc” value must be an integer.']");
  });

  it('prints and formats like Python', () => {
    const out = new StringIO();
    print(new ValidationError({ name: 'This field cannot be blank.' }), { file: out });
    expect(out.getvalue()).toBe("{'name': ['This field cannot be blank.']}\n");
    expect(formatException(new ValidationError('oops'))).toBe("ValidationError: ['oops']");
  });
});

describe('update_error_dict', () => {
  it('merges dict errors by field and returns the dict', () => {
    const target: Record<string, unknown[]> = { f: ['existing'] };
    const result = new ValidationError({ f: 'x', g: 'y' }).update_error_dict(target);
    expect(result).toBe(target);
    expect(Object.keys(target)).toEqual(['f', 'g']);
    expect(target.f?.length).toBe(2);
    expect((target.f?.[1] as ValidationError).message).toBe('x');
    expect((target.g?.[0] as ValidationError).message).toBe('y');
  });

  it('puts non-dict errors under NON_FIELD_ERRORS', () => {
    const target = new ValidationError(['a', 'b']).update_error_dict({});
    expect(Object.keys(target)).toEqual([NON_FIELD_ERRORS]);
    expect(target.__all__?.map((e) => (e as ValidationError).message)).toEqual(['a', 'b']);
  });
});

describe('equality and hash (Django test_eq / test_hash)', () => {
  const error1 = new ValidationError('message');
  const error2 = new ValidationError('message', { code: 'my_code1' });
  const error3 = new ValidationError('message', { code: 'my_code2' });
  const error4 = new ValidationError('error %(parm1)s %(parm2)s', { code: 'my_code1', params: { parm1: 'val1', parm2: 'val2' } });
  const error5 = new ValidationError({ field1: 'message', field2: 'other' });
  const error6 = new ValidationError({ field1: 'message' });
  const error7 = new ValidationError([new ValidationError({ field1: 'field error', field2: 'other' }), 'message']);

  it('single errors compare message and code', () => {
    expect(eq(error1, new ValidationError('message'))).toBe(true);
    expect(eq(error1, new ValidationError('message2'))).toBe(false);
    expect(eq(error1, error2)).toBe(false);
    expect(eq(error2, error3)).toBe(false);
    expect(eq(error2, new ValidationError('message', { code: 'my_code1' }))).toBe(true);
    expect(eq(error2, new ValidationError('other', { code: 'my_code1' }))).toBe(false);
    for (const other of [error4, error5, error6, error7]) expect(eq(error1, other)).toBe(false);
  });

  it('params must match, in any key order', () => {
    const with_ = (params: Record<string, string>, code = 'my_code1') =>
      new ValidationError('error %(parm1)s %(parm2)s', { code, params });
    expect(eq(error4, with_({ parm1: 'val1', parm2: 'val2' }))).toBe(true);
    expect(eq(error4, with_({ parm2: 'val2', parm1: 'val1' }))).toBe(true);
    expect(eq(error4, with_({ parm1: 'val1', parm2: 'val2' }, 'my_code2'))).toBe(false);
    expect(eq(error4, with_({ parm2: 'val2' }))).toBe(false);
    expect(eq(error4, with_({ parm2: 'val1', parm1: 'val2' }))).toBe(false);
    expect(eq(error4, new ValidationError('error val1 val2', { code: 'my_code1' }))).toBe(false);
    expect(hash(error4)).toBe(hash(with_({ parm2: 'val2', parm1: 'val1' })));
  });

  it('dict errors ignore field order but not contents', () => {
    expect(eq(error5, new ValidationError({ field2: 'other', field1: 'message' }))).toBe(true);
    expect(eq(error5, new ValidationError({ field1: 'message', field2: 'other2' }))).toBe(false);
    expect(eq(error5, new ValidationError({ field1: 'message', field3: 'other' }))).toBe(false);
    expect(eq(error5, error6)).toBe(false);
    expect(hash(error5)).toBe(hash(new ValidationError({ field2: 'other', field1: 'message' })));
  });

  it('list errors ignore message order', () => {
    expect(eq(error7, new ValidationError([...(error7.error_list ?? [])].reverse()))).toBe(true);
    expect(eq(error7, new ValidationError((error7.error_list ?? []).slice(1)))).toBe(false);
    expect(eq(new ValidationError(['a', 'b']), new ValidationError(['b', 'a']))).toBe(true);
    expect(hash(error7)).toBe(hash(new ValidationError([...(error7.error_list ?? [])].reverse())));
  });

  it('a code inside a list matters', () => {
    expect(eq(new ValidationError(['message']), new ValidationError([new ValidationError('message', { code: 'my_code' })]))).toBe(
      false,
    );
  });

  it('a single error, a list containing it and a dict containing it all differ', () => {
    expect(eq(error4, new ValidationError([error4]))).toBe(false);
    expect(eq(new ValidationError([error4]), error4)).toBe(false);
    expect(eq(error4, new ValidationError({ field1: error4 }))).toBe(false);
    expect(eq(new ValidationError({ field1: error4 }), error4)).toBe(false);
    expect(hash(error4)).not.toBe(hash(new ValidationError([error4])));
  });

  it('nested dict errors compare params order-insensitively', () => {
    const nested = (params: Record<string, string>, message = 'error %(parm1)s %(parm2)s') =>
      new ValidationError({ field1: new ValidationError(message, { code: 'my_code', params }), field2: 'other' });
    const error = nested({ parm1: 'val1', parm2: 'val2' });
    expect(eq(error, nested({ parm2: 'val2', parm1: 'val1' }))).toBe(true);
    expect(hash(error)).toBe(hash(nested({ parm2: 'val2', parm1: 'val1' })));
    expect(eq(error, nested({ parm1: 'val1' }, 'error %(parm1)s val2'))).toBe(false);
  });

  it('comparing with a non-ValidationError falls back to identity (NotImplemented)', () => {
    expect(eq(error1, 'message')).toBe(false);
    expect(eq(error1, error1)).toBe(true);
    const any = { __eq__: () => true };
    expect(eq(error1, any)).toBe(true);
  });
});
