// Python's traceback ends an AttributeError with "Did you mean: 'x'?" when a name close to the
// missing one exists on the object (traceback._compute_suggestion_error, with the C
// _suggestions module of Python 3.13). The hint is the traceback's, never part of str(exc).
import { describe, expect, it } from 'vitest';
import { ValidationError } from 'django/core/exceptions';
import { AttributeError, str } from 'python/builtins';
import { attributeSuggestion, format_exception } from 'python/traceback';

/** An object whose dir() is `names`, as Python's dir() reads `__dir__()`. */
function withDir(...names: string[]) {
  return { __dir__: () => names };
}

function missing(name: string, obj: unknown, inMethod = false): AttributeError {
  return new AttributeError(`'thing' object has no attribute '${name}'`).withAttribute(name, obj, { inMethod });
}

describe('attributeSuggestion', () => {
  it('picks the closest name within a third of the characters (values checked on Python 3.13)', () => {
    expect(attributeSuggestion(missing('error_dict', withDir('error_list', 'message_dict', 'messages')))).toBe('error_list');
    expect(attributeSuggestion(missing('apend', withDir('append', 'extend')))).toBe('append');
    expect(attributeSuggestion(missing('Count', withDir('count', 'index')))).toBe('count');
    expect(attributeSuggestion(missing('xyz', withDir('count', 'index')))).toBeNull();
    expect(attributeSuggestion(missing('messagess', withDir('message', 'messages')))).toBe('messages');
  });

  it('skips underscored names unless the error comes from a method of the object, as Python does', () => {
    expect(attributeSuggestion(missing('dicts', withDir('_dict', 'zzz')))).toBeNull();
    expect(attributeSuggestion(missing('_dicts', withDir('_dict', 'zzz')))).toBe('_dict');
    expect(attributeSuggestion(missing('dicts', withDir('_dict', 'zzz'), true))).toBe('_dict');
  });

  it('gives none without an object that lists its attributes, or for another exception', () => {
    expect(attributeSuggestion(new AttributeError('no attribute'))).toBeNull();
    expect(attributeSuggestion(missing('error_dict', {}))).toBeNull();
    expect(attributeSuggestion(new Error('x'))).toBeNull();
  });
});

describe('ValidationError.message_dict on a single or list error', () => {
  it("ends the traceback with Python's hint, 'error_list', and leaves str() alone", () => {
    let caught: unknown;
    try {
      void new ValidationError('Too long.').message_dict;
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AttributeError);
    expect(str(caught)).toBe("'ValidationError' object has no attribute 'error_dict'");
    expect(format_exception(caught).split('\n').at(-1)).toBe(
      "AttributeError: 'ValidationError' object has no attribute 'error_dict'. Did you mean: 'error_list'?",
    );
  });

  it('lists the attributes Python has on each form of the error', () => {
    const names = (error: ValidationError) =>
      (error as unknown as { __dir__(): string[] })
        .__dir__()
        .filter((n) => !n.startsWith('_'))
        .sort();
    const common = ['add_note', 'args', 'message_dict', 'messages', 'update_error_dict', 'with_traceback'];
    expect(names(new ValidationError('x'))).toEqual([...common, 'code', 'error_list', 'message', 'params'].sort());
    expect(names(new ValidationError(['x', 'y']))).toEqual([...common, 'error_list'].sort());
    expect(names(new ValidationError({ f: 'x' }))).toEqual([...common, 'error_dict'].sort());
  });
});
