// Django's tests/test_exceptions (test_validation_error.py), ported to the runtime.
import { describe, expect, it } from 'vitest';
import { ValidationError } from 'django/core/exceptions';
import { hash, sorted } from 'python/builtins';
import { assertEqual, assertNotEqual } from './helpers';

const VE = (message: unknown, options?: { code?: string; params?: Record<string, unknown> }) =>
  new ValidationError(message as never, options as never);
const p12 = 'error %(parm1)s %(parm2)s';
const hashEq = (a: unknown, b: unknown) => expect(hash(a)).toBe(hash(b));
const hashNe = (a: unknown, b: unknown) => expect(hash(a)).not.toBe(hash(b));

function errors() {
  return {
    error1: VE('message'),
    error2: VE('message', { code: 'my_code1' }),
    error3: VE('message', { code: 'my_code2' }),
    error4: VE(p12, { code: 'my_code1', params: { parm1: 'val1', parm2: 'val2' } }),
    error5: VE({ field1: 'message', field2: 'other' }),
    error6: VE({ field1: 'message' }),
    error7: VE([VE({ field1: 'field error', field2: 'other' }), 'message']),
  };
}

describe('TestValidationError', () => {
  it('test_messages_concatenates_error_dict_values', () => {
    const message_dict: Record<string, string[]> = {};
    let exception = VE(message_dict);
    expect(sorted(exception.messages)).toEqual([]);
    message_dict.field1 = ['E1', 'E2'];
    exception = VE(message_dict);
    expect(sorted(exception.messages)).toEqual(['E1', 'E2']);
    message_dict.field2 = ['E3', 'E4'];
    exception = VE(message_dict);
    expect(sorted(exception.messages)).toEqual(['E1', 'E2', 'E3', 'E4']);
  });

  it('test_eq', () => {
    const { error1, error2, error3, error4, error5, error6, error7 } = errors();
    assertEqual(error1, VE('message'));
    assertNotEqual(error1, VE('message2'));
    assertNotEqual(error1, error2);
    assertNotEqual(error1, error4);
    assertNotEqual(error1, error5);
    assertNotEqual(error1, error6);
    assertNotEqual(error1, error7);
    // mock.ANY: an object whose __eq__ is always true.
    assertEqual(error1, { __eq__: () => true });
    assertEqual(error2, VE('message', { code: 'my_code1' }));
    assertNotEqual(error2, VE('other', { code: 'my_code1' }));
    assertNotEqual(error2, error3);
    assertNotEqual(error2, error4);
    assertNotEqual(error2, error5);
    assertNotEqual(error2, error6);
    assertNotEqual(error2, error7);
    assertEqual(error4, VE(p12, { code: 'my_code1', params: { parm1: 'val1', parm2: 'val2' } }));
    assertNotEqual(error4, VE(p12, { code: 'my_code2', params: { parm1: 'val1', parm2: 'val2' } }));
    assertNotEqual(error4, VE(p12, { code: 'my_code1', params: { parm2: 'val2' } }));
    assertNotEqual(error4, VE(p12, { code: 'my_code1', params: { parm2: 'val1', parm1: 'val2' } }));
    assertNotEqual(error4, VE('error val1 val2', { code: 'my_code1' }));
    assertEqual(error4, VE(p12, { code: 'my_code1', params: { parm2: 'val2', parm1: 'val1' } }));
    assertEqual(error5, VE({ field1: 'message', field2: 'other' }));
    assertNotEqual(error5, VE({ field1: 'message', field2: 'other2' }));
    assertNotEqual(error5, VE({ field1: 'message', field3: 'other' }));
    assertNotEqual(error5, error6);
    assertEqual(error5, VE({ field2: 'other', field1: 'message' }));
    assertNotEqual(error7, VE(error7.error_list!.slice(1)));
    assertNotEqual(VE(['message']), VE([VE('message', { code: 'my_code' })]));
    assertEqual(error7, VE([...error7.error_list!].reverse()));
    assertNotEqual(error4, VE([error4]));
    assertNotEqual(VE([error4]), error4);
    assertNotEqual(error4, VE({ field1: error4 }));
    assertNotEqual(VE({ field1: error4 }), error4);
  });

  it('test_eq_nested', () => {
    const error_dict = { field1: VE(p12, { code: 'my_code', params: { parm1: 'val1', parm2: 'val2' } }), field2: 'other' };
    const error = VE(error_dict);
    assertEqual(error, VE({ ...error_dict }));
    assertEqual(error, VE({ field1: VE(p12, { code: 'my_code', params: { parm2: 'val2', parm1: 'val1' } }), field2: 'other' }));
    assertNotEqual(error, VE({ ...error_dict, field2: 'message' }));
    assertNotEqual(
      error,
      VE({ field1: VE('error %(parm1)s val2', { code: 'my_code', params: { parm1: 'val1' } }), field2: 'other' }),
    );
  });

  it('test_hash', () => {
    const { error1, error2, error3, error4, error5, error6, error7 } = errors();
    hashEq(error1, VE('message'));
    hashNe(error1, VE('message2'));
    hashNe(error1, error2);
    hashNe(error1, error4);
    hashNe(error1, error5);
    hashNe(error1, error6);
    hashNe(error1, error7);
    hashEq(error2, VE('message', { code: 'my_code1' }));
    hashNe(error2, VE('other', { code: 'my_code1' }));
    hashNe(error2, error3);
    hashNe(error2, error4);
    hashNe(error2, error5);
    hashNe(error2, error6);
    hashNe(error2, error7);
    hashEq(error4, VE(p12, { code: 'my_code1', params: { parm1: 'val1', parm2: 'val2' } }));
    hashNe(error4, VE(p12, { code: 'my_code2', params: { parm1: 'val1', parm2: 'val2' } }));
    hashNe(error4, VE(p12, { code: 'my_code1', params: { parm2: 'val2' } }));
    hashNe(error4, VE(p12, { code: 'my_code1', params: { parm2: 'val1', parm1: 'val2' } }));
    hashNe(error4, VE('error val1 val2', { code: 'my_code1' }));
    hashEq(error4, VE(p12, { code: 'my_code1', params: { parm2: 'val2', parm1: 'val1' } }));
    hashEq(error5, VE({ field1: 'message', field2: 'other' }));
    hashNe(error5, VE({ field1: 'message', field2: 'other2' }));
    hashNe(error5, VE({ field1: 'message', field3: 'other' }));
    assertNotEqual(error5, error6);
    hashEq(error5, VE({ field2: 'other', field1: 'message' }));
    hashNe(error7, VE(error7.error_list!.slice(1)));
    hashNe(VE(['message']), VE([VE('message', { code: 'my_code' })]));
    hashEq(error7, VE([...error7.error_list!].reverse()));
    hashNe(error4, VE([error4]));
    hashNe(VE([error4]), error4);
    hashNe(error4, VE({ field1: error4 }));
  });

  it('test_hash_nested', () => {
    const error_dict = { field1: VE(p12, { code: 'my_code', params: { parm2: 'val2', parm1: 'val1' } }), field2: 'other' };
    const error = VE(error_dict);
    hashEq(error, VE({ ...error_dict }));
    hashEq(error, VE({ field1: VE(p12, { code: 'my_code', params: { parm1: 'val1', parm2: 'val2' } }), field2: 'other' }));
    hashNe(error, VE({ ...error_dict, field2: 'message' }));
    hashNe(error, VE({ field1: VE('error %(parm1)s val2', { code: 'my_code', params: { parm1: 'val1' } }), field2: 'other' }));
  });
});
