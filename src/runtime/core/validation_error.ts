// django.core.exceptions.ValidationError, following Django's own semantics:
// one error, a list of errors, or a dict of field -> errors; rendering with %-params;
// str()/repr() as Python prints them; equality by hash of message, code and params.

import { AttributeError, Exception } from '../python/exceptions';
import { percentFormat } from '../python/format';
import { NotImplemented, hash } from '../python/protocols';
import { repr, str } from '../python/repr';
import { dictEntries, isDict, isTuple, tuple, type Tuple } from '../python/types';
import { className } from '../python/names';

/** The key that errors not tied to one field are stored under. */
export const NON_FIELD_ERRORS = '__all__';

/** Values for %(name)s placeholders (a dict), or positional values for %s (an array). */
export type ValidationParams = Record<string, unknown> | Map<string, unknown> | readonly unknown[];

/** Python's keyword arguments `code=` and `params=`. */
export interface ValidationErrorOptions {
  code?: string | null;
  params?: ValidationParams | null;
}

/** What the constructor accepts: one message, a list, a dict of field -> messages, or a ValidationError. */
export type ValidationMessage =
  | string
  | ValidationError
  | readonly ValidationMessage[]
  | { readonly [field: string]: ValidationMessage }
  | Map<string, ValidationMessage>
  | unknown;

export type ErrorDict = Record<string, ValidationError[]>;

/** Python's truthiness, for `if error.params:`. */
function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map || value instanceof Set) return value.size > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}

/** Django's make_hashable, as a canonical string: dicts sorted by key, sequences in order. */
function hashableKey(value: unknown): string {
  if (value instanceof ValidationError) return value.canonicalKey();
  if (isDict(value)) {
    const entries = dictEntries(value)
      .map(([k, v]) => [repr(k), hashableKey(v)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${k}:${v}`).join(',')}}`;
  }
  if (Array.isArray(value) || value instanceof Set) return `(${[...value].map(hashableKey).join(',')})`;
  return repr(value);
}

/** dir() of every ValidationError in Python 3.13: an exception's attributes and the class's own. */
const VALIDATION_ERROR_DIR = [
  '__cause__',
  '__class__',
  '__context__',
  '__delattr__',
  '__dict__',
  '__dir__',
  '__doc__',
  '__eq__',
  '__firstlineno__',
  '__format__',
  '__ge__',
  '__getattribute__',
  '__getstate__',
  '__gt__',
  '__hash__',
  '__init__',
  '__init_subclass__',
  '__iter__',
  '__le__',
  '__lt__',
  '__module__',
  '__ne__',
  '__new__',
  '__reduce__',
  '__reduce_ex__',
  '__repr__',
  '__setattr__',
  '__setstate__',
  '__sizeof__',
  '__static_attributes__',
  '__str__',
  '__subclasshook__',
  '__suppress_context__',
  '__traceback__',
  '__weakref__',
  'add_note',
  'args',
  'message_dict',
  'messages',
  'update_error_dict',
  'with_traceback',
];

export class ValidationError extends Exception {
  /** The error code, for a single error (Python: absent on list and dict errors). */
  code?: string | null;
  /** The %-format params, for a single error. */
  params?: ValidationParams | null;
  /** Every error as a single-message ValidationError; absent on dict errors. */
  error_list?: ValidationError[];
  /** Field -> errors, for errors built from a dict. */
  error_dict?: ErrorDict;

  /**
   * `new ValidationError(message, { code, params })` is Python's
   * `ValidationError(message, code=..., params=...)`; the positional form
   * `new ValidationError(message, code, params)` works too. `args` is always [message, code, params].
   */
  constructor(
    message: ValidationMessage,
    codeOrOptions?: string | null | ValidationErrorOptions,
    params?: ValidationParams | null,
  ) {
    const options: ValidationErrorOptions =
      codeOrOptions !== null && typeof codeOrOptions === 'object' ? codeOrOptions : { code: codeOrOptions, params };
    let code = options.code ?? null;
    let messageParams = options.params ?? null;
    super(message, code, messageParams);

    let source: unknown = message;
    if (source instanceof ValidationError) {
      if (source.error_dict) source = source.error_dict;
      else if (!source.isSingle) source = source.error_list;
      else {
        code = source.code ?? null;
        messageParams = source.params ?? null;
        source = source.message;
      }
    }

    if (isDict(source)) {
      const errorDict: ErrorDict = {};
      for (const [field, messages] of dictEntries(source)) {
        const error = messages instanceof ValidationError ? messages : new ValidationError(messages);
        errorDict[String(field)] = error.error_list ?? [];
      }
      this.error_dict = errorDict;
    } else if (Array.isArray(source) && !isTuple(source as unknown)) {
      const errorList: ValidationError[] = [];
      for (const item of source as unknown[]) {
        const error = item instanceof ValidationError ? item : new ValidationError(item);
        if (error.error_dict) errorList.push(...Object.values(error.error_dict).flat());
        else errorList.push(...(error.error_list ?? []));
      }
      this.error_list = errorList;
    } else {
      // Python's `.message` is the raw message; it replaces the str(self) accessor on this instance.
      this.message = source as string;
      this.code = code;
      this.params = messageParams;
      this.error_list = [this];
    }
  }

  /** True for an error built from one message (Python: `hasattr(e, 'message')`). */
  get isSingle(): boolean {
    return this.error_list?.length === 1 && this.error_list[0] === this;
  }

  /** field -> rendered messages. Raises AttributeError unless built from a dict, like Django. */
  get message_dict(): Record<string, string[]> {
    if (!this.error_dict) {
      // Django's getattr(self, 'error_dict') fails inside this method, so Python's hint weighs _names too.
      throw new AttributeError(`'${className(this.constructor)}' object has no attribute 'error_dict'`).withAttribute(
        'error_dict',
        this,
        {
          inMethod: true,
        },
      );
    }
    return Object.fromEntries(this.fieldMessages());
  }

  /** Python's dir(self), which a traceback's "Did you mean" hint searches: the attributes this form of the error has. */
  __dir__(): string[] {
    const own = this.error_dict ? ['error_dict'] : this.isSingle ? ['message', 'code', 'params', 'error_list'] : ['error_list'];
    return [...VALIDATION_ERROR_DIR, ...own];
  }

  /** Every rendered message: across all fields for a dict error, else list(self). */
  get messages(): string[] {
    if (this.error_dict) return this.fieldMessages().flatMap(([, messages]) => messages);
    return this.renderedList();
  }

  /** Merges this error into `errorDict` (non-dict errors go under NON_FIELD_ERRORS) and returns it. */
  update_error_dict(errorDict: Record<string, unknown[]>): Record<string, unknown[]> {
    const target = errorDict;
    const add = (field: string, errors: ValidationError[]) => {
      (target[field] ??= []).push(...errors);
    };
    if (this.error_dict) {
      for (const [field, errors] of Object.entries(this.error_dict)) add(field, errors);
    } else {
      add(NON_FIELD_ERRORS, this.error_list ?? []);
    }
    return errorDict;
  }

  /** Dict errors yield (field, messages) tuples; others yield rendered messages. */
  *[Symbol.iterator](): IterableIterator<string | Tuple<string | string[]>> {
    if (this.error_dict) {
      for (const [field, messages] of this.fieldMessages()) yield tuple(field, messages);
    } else {
      yield* this.renderedList();
    }
  }

  private fieldMessages(): Array<[string, string[]]> {
    return Object.entries(this.error_dict ?? {}).map(([field, errors]) => [field, new ValidationError(errors).renderedList()]);
  }

  private renderedList(): string[] {
    return (this.error_list ?? []).map((error) => {
      const message: unknown = error.message;
      if (truthy(error.params)) return str(percentFormat(str(message), error.params));
      return str(message);
    });
  }

  /** `{'f': ['x']}` for dict errors, `['oops']` otherwise. */
  override __str__(): string {
    if (this.error_dict) return repr(Object.fromEntries(this.fieldMessages()));
    return repr(this.renderedList());
  }

  override __repr__(): string {
    return `ValidationError(${this.__str__()})`;
  }

  /**
   * The value Django hashes: (message, code, params) for one error, the dict for dict errors, and
   * the list sorted by message for list errors. Equal keys mean equal errors.
   */
  canonicalKey(): string {
    if (this.isSingle) {
      return `S(${repr(this.message)},${repr(this.code)},${hashableKey(this.params)})`;
    }
    if (this.error_dict) {
      const fields = Object.keys(this.error_dict).sort();
      return `D{${fields.map((f) => `${repr(f)}:(${(this.error_dict?.[f] ?? []).map((e) => e.canonicalKey()).join(',')})`).join(',')}}`;
    }
    const sorted = [...(this.error_list ?? [])].sort((a, b) => {
      const x = str(a.message);
      const y = str(b.message);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    return `L(${sorted.map((e) => e.canonicalKey()).join(',')})`;
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    if (!(other instanceof ValidationError)) return NotImplemented;
    return this.canonicalKey() === other.canonicalKey();
  }

  __hash__(): number {
    return hash(this.canonicalKey());
  }
}
