// django.db.models.fields: the field classes. A field object describes one column; the values
// themselves live on model instances as plain properties named after `attname`.
import { ValidationError } from '../../../core/exceptions';
import { ValueError } from '../../../python/builtins';
import { eq } from '../../../python/protocols';
import { date, datetime } from '../../../python/datetime';
import { parse_date, parse_datetime } from '../../../utils/dateparse';
import { Decimal } from '../../../python/decimal';
import { UUID } from '../../../python/uuid';
import { MAX_IPV6_ADDRESS_LENGTH, clean_ipv6_address } from '../../../utils/ipv6';
import { NOT_PROVIDED } from '../constants';
import { capfirst, isPlainObject, pyrepr } from '../utils';
import {
  DecimalValidator,
  MaxLengthValidator,
  MinValueValidator,
  URLValidator,
  ip_address_validators,
  runValidator,
  validate_email,
  validate_slug,
  type Validator,
} from '../../../core/validators';
import type { Model, ModelClass } from '../base';

export type ChoiceLabel = string | number;
/** Choices as Django takes them: pairs, named groups of pairs, or a dict (5.0+). */
export type Choices =
  | ReadonlyArray<readonly [unknown, ChoiceLabel] | readonly [string, ReadonlyArray<readonly [unknown, ChoiceLabel]>]>
  | Readonly<Record<string, ChoiceLabel | Readonly<Record<string, ChoiceLabel>>>>
  | ReadonlyMap<unknown, ChoiceLabel>;

export interface FieldOptions {
  verbose_name?: string;
  name?: string;
  primary_key?: boolean;
  null?: boolean;
  blank?: boolean;
  default?: unknown;
  db_default?: unknown;
  choices?: Choices;
  unique?: boolean;
  unique_for_date?: string;
  unique_for_month?: string;
  unique_for_year?: string;
  validators?: Validator[];
  error_messages?: Record<string, string>;
  editable?: boolean;
  db_column?: string;
  db_index?: boolean;
  help_text?: string;
}

const EMPTY = Symbol('empty');

export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.keys(value).length === 0;
}

/** Flattens pairs, named groups and dicts into [value, label] pairs. */
export function flattenChoices(choices: Choices): Array<[unknown, ChoiceLabel]> {
  const out: Array<[unknown, ChoiceLabel]> = [];
  const entries: Array<readonly [unknown, unknown]> = Array.isArray(choices)
    ? (choices as Array<readonly [unknown, unknown]>)
    : choices instanceof Map
      ? [...(choices as Map<unknown, unknown>).entries()]
      : Object.entries(choices);
  for (const [value, label] of entries) {
    if (Array.isArray(label)) for (const [v, l] of label as Array<[unknown, ChoiceLabel]>) out.push([v, l]);
    else if (isPlainObject(label)) for (const [v, l] of Object.entries(label)) out.push([v, l as ChoiceLabel]);
    else out.push([value, label as ChoiceLabel]);
  }
  return out;
}

export class Field {
  static default_error_messages: Record<string, string> = {
    invalid_choice: 'Value %(value)r is not a valid choice.',
    null: 'This field cannot be null.',
    blank: 'This field cannot be blank.',
    unique: '%(model_name)s with this %(field_label)s already exists.',
    unique_for_date: '%(field_label)s must be unique for %(date_field_label)s %(lookup_type)s.',
  };
  /** Values `blank` treats as empty. */
  empty_strings_allowed = true;
  concrete = true;
  is_relation = false;
  many_to_many = false;
  many_to_one = false;
  one_to_one = false;
  one_to_many = false;
  auto_created = false;
  generated = false;
  remote_field: import('./related').ForeignObjectRel | null = null;
  related_model: ModelClass | null = null;

  readonly options: FieldOptions;
  name = '';
  attname = '';
  column = '';
  model!: ModelClass;
  verbose_name = '';
  primary_key = false;
  null = false;
  blank = false;
  unique = false;
  editable = true;
  db_index = false;
  db_column: string | null = null;
  default: unknown = NOT_PROVIDED;
  db_default: unknown = NOT_PROVIDED;
  choices: Choices | null = null;
  unique_for_date: string | null = null;
  unique_for_month: string | null = null;
  unique_for_year: string | null = null;
  help_text = '';
  private _validators: Validator[] = [];
  error_messages: Record<string, string> = {};

  // The constructor only stores the options: field initializers run on every instance construction.
  constructor(options?: FieldOptions) {
    this.options = options ?? {};
  }

  /** Reads the options once the field is known to belong to a model (ModelBase preparation). */
  setup(): void {
    const o = this.options;
    this.primary_key = o.primary_key ?? false;
    this.null = o.null ?? false;
    this.blank = o.blank ?? false;
    this.unique = (o.unique ?? false) || this.primary_key;
    this.editable = o.editable ?? true;
    this.db_index = o.db_index ?? false;
    this.db_column = o.db_column ?? null;
    this.default = 'default' in o ? o.default : NOT_PROVIDED;
    this.db_default = 'db_default' in o ? o.db_default : NOT_PROVIDED;
    this.choices = o.choices ?? null;
    this.unique_for_date = o.unique_for_date ?? null;
    this.unique_for_month = o.unique_for_month ?? null;
    this.unique_for_year = o.unique_for_year ?? null;
    this.help_text = o.help_text ?? '';
    this._validators = [...(o.validators ?? [])];
    const messages: Record<string, string> = {};
    const chain: Array<typeof Field> = [];
    for (let c = this.constructor as typeof Field; c && c !== (Object as unknown); c = Object.getPrototypeOf(c)) {
      if (Object.hasOwn(c, 'default_error_messages')) chain.unshift(c);
      if (c === Field) break;
    }
    for (const c of chain) Object.assign(messages, c.default_error_messages);
    this.error_messages = Object.assign(messages, o.error_messages ?? {});
    this.empty_default = !this.empty_strings_allowed || this.null ? null : '';
  }

  contribute_to_class(cls: ModelClass, name: string): void {
    this.setup();
    this.name = this.name || name;
    this.attname = this.get_attname();
    this.column = this.db_column ?? this.attname;
    this.verbose_name = this.options.verbose_name ?? this.name.replaceAll('_', ' ');
    this.model = cls;
  }

  get_attname(): string {
    return this.name;
  }

  get_internal_type(): string {
    return this.constructor.name;
  }

  get validators(): Validator[] {
    return [...this.default_validators(), ...this._validators];
  }

  default_validators(): Validator[] {
    return [];
  }

  /** get_default() for a field without default: '' or None, computed once in setup(). */
  empty_default: unknown = '';

  has_default(): boolean {
    return this.default !== NOT_PROVIDED;
  }

  has_db_default(): boolean {
    return this.db_default !== NOT_PROVIDED;
  }

  get_default(): unknown {
    if (this.has_default()) return typeof this.default === 'function' ? (this.default as () => unknown)() : this.default;
    if (this.has_db_default()) return this.db_default;
    if (!this.empty_strings_allowed || this.null) return null;
    return '';
  }

  get flatchoices(): Array<[unknown, ChoiceLabel]> {
    if (!this.choices) return [];
    const flat = flattenChoices(this.choices);
    // A dict's keys are strings in JavaScript ({1: 'one'} has the key '1'): for a field whose
    // values are not strings, they are read back as the field's type, as Python keeps int keys.
    if (Array.isArray(this.choices) || this.choices instanceof Map || this.empty_strings_allowed) return flat;
    return flat.map(([value, label]) => {
      try {
        return [this.to_python(value), label];
      } catch {
        return [value, label];
      }
    });
  }

  to_python(value: unknown): unknown {
    return value;
  }

  /** Converts a lookup or save value to the field's Python type (`get_prep_value`). */
  get_prep_value(value: unknown): unknown {
    return value;
  }

  /** The value written on save; auto_now fields override it. */
  pre_save(instance: Model, _add: boolean): unknown {
    return (instance as unknown as Record<string, unknown>)[this.attname];
  }

  value_from_object(instance: Model): unknown {
    return (instance as unknown as Record<string, unknown>)[this.attname];
  }

  run_validators(value: unknown): void {
    if (isEmptyValue(value)) return;
    const errors: ValidationError[] = [];
    for (const validator of this.validators) {
      try {
        runValidator(validator, value);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const code = (error as { code?: string | null }).code;
        if (code && code in this.error_messages) (error as { message: string }).message = this.error_messages[code]!;
        errors.push(...(error.error_list as ValidationError[]));
      }
    }
    if (errors.length) throw new ValidationError(errors);
  }

  validate(value: unknown, _instance: Model | null): void {
    if (!this.editable) return;
    if (this.choices !== null && !isEmptyValue(value)) {
      if (!this.flatchoices.some(([choice]) => valuesEqual(choice, value))) {
        throw new ValidationError(this.error_messages.invalid_choice!, { code: 'invalid_choice', params: { value } });
      }
    }
    if (value === null && !this.null) throw new ValidationError(this.error_messages.null!, { code: 'null' });
    if (!this.blank && isEmptyValue(value)) throw new ValidationError(this.error_messages.blank!, { code: 'blank' });
  }

  clean(value: unknown, instance: Model | null): unknown {
    // A field used on its own (never added to a model) reads its options now, so its error
    // messages and null/blank rules are Django's: models.IntegerField().clean('x', None).
    if (!this.model) this.setup();
    const converted = this.to_python(value);
    this.validate(converted, instance);
    this.run_validators(converted);
    return converted;
  }

  invalid(value: unknown, code = 'invalid'): ValidationError {
    return new ValidationError(this.error_messages[code]!, { code, params: { value } });
  }

  toString(): string {
    return this.model ? `${this.model._meta.label}.${this.name}` : `<${this.constructor.name}>`;
  }

  __repr__(): string {
    return this.name
      ? `<django.db.models.fields.${this.constructor.name}: ${this.name}>`
      : `<django.db.models.fields.${this.constructor.name}>`;
  }

  /** The field's label in validation messages: its capitalised verbose name. */
  get label(): string {
    return capfirst(this.verbose_name);
  }
}

export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' && typeof b !== 'object') return a === b;
  return eq(a, b);
}

function lookupTypeError(field: Field, expected: string, value: unknown): never {
  throw new ValueError(`Field '${field.name}' expected ${expected} but got ${pyrepr(value)}.`);
}

export class CharField extends Field {
  max_length: number | null = null;
  constructor(options?: FieldOptions & { max_length?: number | null; db_collation?: string }) {
    super(options);
  }
  override setup(): void {
    super.setup();
    this.max_length = (this.options as { max_length?: number | null }).max_length ?? null;
  }
  override default_validators(): Validator[] {
    return this.max_length !== null ? [new MaxLengthValidator(this.max_length)] : [];
  }
  override to_python(value: unknown): unknown {
    if (typeof value === 'string' || value === null || value === undefined) return value ?? null;
    return String(value);
  }
  override get_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}

export class TextField extends Field {
  override to_python(value: unknown): unknown {
    if (typeof value === 'string' || value === null || value === undefined) return value ?? null;
    return String(value);
  }
  override get_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}

export class SlugField extends CharField {
  constructor(options?: FieldOptions & { max_length?: number | null; db_collation?: string; allow_unicode?: boolean }) {
    super({ max_length: 50, db_index: true, ...options });
  }
  override default_validators(): Validator[] {
    return [...super.default_validators(), validate_slug];
  }
}

export class EmailField extends CharField {
  constructor(options?: FieldOptions & { max_length?: number | null; db_collation?: string }) {
    super({ max_length: 254, ...options });
  }
  override default_validators(): Validator[] {
    return [...super.default_validators(), validate_email];
  }
}

export class URLField extends CharField {
  constructor(options?: FieldOptions & { max_length?: number | null; db_collation?: string }) {
    super({ max_length: 200, ...options });
  }
  override default_validators(): Validator[] {
    return [...super.default_validators(), new URLValidator()];
  }
}

function parseInteger(value: unknown): number | typeof EMPTY {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : EMPTY;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^\s*[-+]?\d+(_\d+)*\s*$/.test(value)) return Number.parseInt(value.replaceAll('_', ''), 10);
  if (value instanceof Decimal) return Math.trunc(Number(String(value)));
  return EMPTY;
}

export class IntegerField extends Field {
  static override default_error_messages = { invalid: '“%(value)s” value must be an integer.' };
  override empty_strings_allowed = false;
  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    const n = parseInteger(value);
    if (n === EMPTY) throw this.invalid(value);
    return n;
  }
  override get_prep_value(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    const n = parseInteger(value);
    return n === EMPTY ? lookupTypeError(this, 'a number', value) : n;
  }
}

export class SmallIntegerField extends IntegerField {}
export class BigIntegerField extends IntegerField {}

export class PositiveIntegerField extends IntegerField {
  override default_validators(): Validator[] {
    return [new MinValueValidator(0)];
  }
}
export class PositiveSmallIntegerField extends PositiveIntegerField {}
export class PositiveBigIntegerField extends PositiveIntegerField {}

export class AutoField extends IntegerField {
  override setup(): void {
    super.setup();
    this.blank = true;
  }
  override validate(): void {}
}
export class BigAutoField extends AutoField {}
export class SmallAutoField extends AutoField {}

export class FloatField extends Field {
  static override default_error_messages = { invalid: '“%(value)s” value must be a float.' };
  override empty_strings_allowed = false;
  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    const n = parseFloatValue(value);
    if (n === EMPTY) throw this.invalid(value);
    return n;
  }
  override get_prep_value(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    const n = parseFloatValue(value);
    return n === EMPTY ? lookupTypeError(this, 'a number', value) : n;
  }
}

function parseFloatValue(value: unknown): number | typeof EMPTY {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Decimal) return Number(String(value));
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (/^[-+]?(inf|infinity)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    if (/^[-+]?nan$/.test(text)) return Number.NaN;
    if (/^[-+]?(\d+(_\d+)*\.?(\d+(_\d+)*)?|\.\d+)(e[-+]?\d+)?$/.test(text)) return Number(text.replaceAll('_', ''));
  }
  return EMPTY;
}

export class DecimalField extends Field {
  static override default_error_messages = { invalid: '“%(value)s” value must be a decimal number.' };
  override empty_strings_allowed = false;
  max_digits: number | null = null;
  decimal_places: number | null = null;
  constructor(options?: FieldOptions & { max_digits?: number; decimal_places?: number }) {
    super(options);
  }
  override setup(): void {
    super.setup();
    const o = this.options as { max_digits?: number; decimal_places?: number };
    this.max_digits = o.max_digits ?? null;
    this.decimal_places = o.decimal_places ?? null;
  }
  override default_validators(): Validator[] {
    return [new DecimalValidator(this.max_digits, this.decimal_places)];
  }
  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (value instanceof Decimal) return value;
    if (typeof value === 'number' && !Number.isFinite(value)) throw this.invalid(value);
    try {
      return new Decimal(typeof value === 'number' ? String(value) : (value as string));
    } catch {
      throw this.invalid(value);
    }
  }
  override get_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}

export class BooleanField extends Field {
  static override default_error_messages = {
    invalid: '“%(value)s” value must be either True or False.',
    invalid_nullable: '“%(value)s” value must be either True, False, or None.',
  };
  override empty_strings_allowed = false;
  override setup(): void {
    super.setup();
    // A BooleanField with choices keeps the blank option (Django sets blank=True otherwise).
    if (!('blank' in this.options) && !this.choices) this.blank = true;
  }
  override to_python(value: unknown): unknown {
    if (this.null && (value === null || value === undefined)) return null;
    if (value === true || value === false) return value;
    if (value === 't' || value === 'True' || value === '1' || value === 1) return true;
    if (value === 'f' || value === 'False' || value === '0' || value === 0) return false;
    throw this.invalid(value, this.null ? 'invalid_nullable' : 'invalid');
  }
  override get_prep_value(value: unknown): unknown {
    return value === null || value === undefined ? null : this.to_python(value);
  }
}

class DateTimeCheckMixin extends Field {
  auto_now = false;
  auto_now_add = false;
  constructor(options?: FieldOptions & { auto_now?: boolean; auto_now_add?: boolean }) {
    super(options);
  }
  override setup(): void {
    super.setup();
    const o = this.options as { auto_now?: boolean; auto_now_add?: boolean };
    this.auto_now = o.auto_now ?? false;
    this.auto_now_add = o.auto_now_add ?? false;
    if (this.auto_now || this.auto_now_add) {
      this.editable = false;
      this.blank = true;
    }
  }
}

export class DateField extends DateTimeCheckMixin {
  static override default_error_messages = {
    invalid: '“%(value)s” value has an invalid date format. It must be in YYYY-MM-DD format.',
    invalid_date: '“%(value)s” value has the correct format (YYYY-MM-DD) but it is an invalid date.',
  };
  override empty_strings_allowed = false;
  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (value instanceof datetime) return value.date();
    if (value instanceof date) return value;
    if (typeof value === 'string') {
      let parsed: date | null;
      try {
        parsed = parse_date(value);
      } catch (error) {
        if (error instanceof ValueError) throw this.invalid(value, 'invalid_date');
        throw error;
      }
      if (parsed !== null) return parsed;
    }
    throw this.invalid(value);
  }
  override get_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
  override pre_save(instance: Model, add: boolean): unknown {
    if (this.auto_now || (this.auto_now_add && add)) {
      const value = date.today();
      (instance as unknown as Record<string, unknown>)[this.attname] = value;
      return value;
    }
    return super.pre_save(instance, add);
  }
}

export class DateTimeField extends DateField {
  static override default_error_messages = {
    invalid: '“%(value)s” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.',
    invalid_date: '“%(value)s” value has the correct format (YYYY-MM-DD) but it is an invalid date.',
    invalid_datetime:
      '“%(value)s” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time.',
  };
  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (value instanceof datetime) return value;
    if (value instanceof date) return new datetime(value.year, value.month, value.day);
    if (typeof value === 'string') {
      let parsed: datetime | date | null;
      try {
        parsed = parse_datetime(value);
      } catch (error) {
        if (error instanceof ValueError) throw this.invalid(value, 'invalid_datetime');
        throw error;
      }
      if (parsed !== null) return parsed;
      try {
        parsed = parse_date(value);
      } catch (error) {
        if (error instanceof ValueError) throw this.invalid(value, 'invalid_date');
        throw error;
      }
      if (parsed !== null) return new datetime(parsed.year, parsed.month, parsed.day);
    }
    throw this.invalid(value);
  }
  override pre_save(instance: Model, add: boolean): unknown {
    if (this.auto_now || (this.auto_now_add && add)) {
      const value = datetime.now();
      (instance as unknown as Record<string, unknown>)[this.attname] = value;
      return value;
    }
    return (instance as unknown as Record<string, unknown>)[this.attname];
  }
}

export interface GenericIPAddressOptions extends FieldOptions {
  protocol?: 'both' | 'ipv4' | 'ipv6' | (string & {});
  unpack_ipv4?: boolean;
}

/** An IPv4 or IPv6 address as text; IPv6 is stored compressed, so equal addresses compare equal. */
export class GenericIPAddressField extends Field {
  static override default_error_messages = { invalid: 'Enter a valid %(protocol)s address.' };
  override empty_strings_allowed = false;
  protocol = 'both';
  unpack_ipv4 = false;
  max_length = MAX_IPV6_ADDRESS_LENGTH;
  private ipValidators: Validator[] = [];
  constructor(options?: GenericIPAddressOptions) {
    super(options);
  }
  override setup(): void {
    super.setup();
    const options = this.options as GenericIPAddressOptions;
    this.protocol = options.protocol ?? 'both';
    this.unpack_ipv4 = options.unpack_ipv4 ?? false;
    this.ipValidators = ip_address_validators(this.protocol, this.unpack_ipv4);
  }
  override default_validators(): Validator[] {
    return this.ipValidators;
  }
  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    const text = String(value).trim();
    if (text.includes(':')) return clean_ipv6_address(text, this.unpack_ipv4, this.error_messages.invalid);
    return text;
  }
  override get_prep_value(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    const text = String(value);
    if (text && text.includes(':')) {
      try {
        return clean_ipv6_address(text, this.unpack_ipv4);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
      }
    }
    return text;
  }
}

export class UUIDField extends Field {
  static override default_error_messages = { invalid: '“%(value)s” is not a valid UUID.' };
  override empty_strings_allowed = false;
  override to_python(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (value instanceof UUID) return value;
    try {
      return typeof value === 'number' || typeof value === 'bigint'
        ? new UUID(BigInt(value).toString(16).padStart(32, '0'))
        : new UUID(String(value));
    } catch {
      throw this.invalid(value);
    }
  }
  override get_prep_value(value: unknown): unknown {
    return this.to_python(value);
  }
}

export { NOT_PROVIDED };
