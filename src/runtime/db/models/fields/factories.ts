// The field names a model declaration uses: `models.CharField({ max_length: 30 })`.
// Each is callable without `new` and typed as the value the field holds on an instance, so
// `name = models.CharField()` makes `person.name` a string. At run time it returns the Field,
// and `instanceof models.CharField` still works because the factory shares the class prototype.
import * as f from './index';
import * as r from './related';
import type { Model, ModelClass } from '../base';
import type { date, datetime } from '../../../python/datetime';
import type { Decimal } from '../../../python/decimal';
import type { UUID } from '../../../python/uuid';
import type { OnDelete } from '../deletion';
import type { ManyRelatedManager } from './related_descriptors';

type Nullable<O, T> = O extends { null: true } ? T | null : T;

type Factory<C, Opt, T> = {
  <const O extends Opt = Opt>(options?: O): Nullable<O, T>;
  new <const O extends Opt = Opt>(options?: O): Nullable<O, T>;
  prototype: C;
};

function factory<C extends f.Field, Opt, T>(cls: new (options?: Opt) => C): Factory<C, Opt, T> {
  const make = function (options?: Opt) {
    return new cls(options);
  } as unknown as Factory<C, Opt, T>;
  Object.defineProperty(make, 'name', { value: cls.name });
  make.prototype = cls.prototype;
  return make;
}

type Opts = f.FieldOptions;
type CharOpts = f.FieldOptions & { max_length?: number | null; db_collation?: string };
type DecimalOpts = f.FieldOptions & { max_digits?: number; decimal_places?: number };
type DateOpts = f.FieldOptions & { auto_now?: boolean; auto_now_add?: boolean };

export const Field = factory<f.Field, Opts, unknown>(f.Field);
export const AutoField = factory<f.AutoField, Opts, number>(f.AutoField);
export const BigAutoField = factory<f.BigAutoField, Opts, number>(f.BigAutoField);
export const SmallAutoField = factory<f.SmallAutoField, Opts, number>(f.SmallAutoField);
export const CharField = factory<f.CharField, CharOpts, string>(f.CharField);
export const TextField = factory<f.TextField, Opts, string>(f.TextField);
export const SlugField = factory<f.SlugField, CharOpts & { allow_unicode?: boolean }, string>(f.SlugField);
export const EmailField = factory<f.EmailField, CharOpts, string>(f.EmailField);
export const URLField = factory<f.URLField, CharOpts, string>(f.URLField);
export const IntegerField = factory<f.IntegerField, Opts, number>(f.IntegerField);
export const SmallIntegerField = factory<f.SmallIntegerField, Opts, number>(f.SmallIntegerField);
export const BigIntegerField = factory<f.BigIntegerField, Opts, number>(f.BigIntegerField);
export const PositiveIntegerField = factory<f.PositiveIntegerField, Opts, number>(f.PositiveIntegerField);
export const PositiveSmallIntegerField = factory<f.PositiveSmallIntegerField, Opts, number>(f.PositiveSmallIntegerField);
export const PositiveBigIntegerField = factory<f.PositiveBigIntegerField, Opts, number>(f.PositiveBigIntegerField);
export const FloatField = factory<f.FloatField, Opts, number>(f.FloatField);
export const DecimalField = factory<f.DecimalField, DecimalOpts, Decimal>(f.DecimalField);
export const BooleanField = factory<f.BooleanField, Opts, boolean>(f.BooleanField);
export const DateField = factory<f.DateField, DateOpts, date>(f.DateField);
export const DateTimeField = factory<f.DateTimeField, DateOpts, datetime>(f.DateTimeField);
export const UUIDField = factory<f.UUIDField, Opts, UUID>(f.UUIDField);
export const GenericIPAddressField = factory<
  f.GenericIPAddressField,
  Opts & { protocol?: string; unpack_ipv4?: boolean },
  string
>(f.GenericIPAddressField);

type RelOpts = r.RelatedOptions & { on_delete: OnDelete };
type Target<T extends Model> = ModelClass<T> | (abstract new (...args: any[]) => T) | string;

type RelationFactory<C, T0> = {
  <T extends Model = any, const O extends RelOpts = RelOpts>(to: Target<T>, options: O): Nullable<O, T>;
  new <T extends Model = any, const O extends RelOpts = RelOpts>(to: Target<T>, options: O): Nullable<O, T>;
  prototype: C;
  _value?: T0;
};

function relation<C extends r.RelatedField>(
  cls: new (to: r.RelationTarget, options?: r.RelatedOptions) => C,
): RelationFactory<C, unknown> {
  const make = function (to: r.RelationTarget, options?: r.RelatedOptions) {
    if (!options || !('on_delete' in options) || options.on_delete === undefined) {
      throw new TypeError(`${cls.name}.__init__() missing 1 required positional argument: 'on_delete'`);
    }
    // Django: `ForeignKey("self", on_delete=None)` is given the argument, but not a callable one.
    if (typeof options.on_delete !== 'function') throw new TypeError('on_delete must be callable.');
    return new cls(to, options);
  } as unknown as RelationFactory<C, unknown>;
  Object.defineProperty(make, 'name', { value: cls.name });
  make.prototype = cls.prototype;
  return make;
}

export const ForeignKey = relation(r.ForeignKey);
export const OneToOneField = relation(r.OneToOneField);

type M2MOpts = r.RelatedOptions & { db_table?: string; through?: unknown };
export const ManyToManyField = function (to: r.RelationTarget, options?: M2MOpts) {
  return new r.ManyToManyField(to, options);
} as unknown as {
  <T extends Model = any>(to: Target<T>, options?: M2MOpts): ManyRelatedManager<T>;
  new <T extends Model = any>(to: Target<T>, options?: M2MOpts): ManyRelatedManager<T>;
  prototype: r.ManyToManyField;
};
ManyToManyField.prototype = r.ManyToManyField.prototype;
