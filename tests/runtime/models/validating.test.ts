// Checks ../shared/reference/django-facts.md §1.4 and the §4 field validation messages: full_clean, clean_fields, clean,
// validate_unique, validate_constraints.
import { beforeEach, describe, expect, test } from 'vitest';
import { models, reset_databases, reset_queries } from 'django/db';
import { NON_FIELD_ERRORS, ValidationError } from 'django/core/exceptions';
import { date, datetime } from 'python/datetime';
import { Decimal } from 'python/decimal';
import { raises, sqlLog } from './helpers';

class Plain extends models.Model {
  count = models.IntegerField({ null: true, blank: true });
}

class Typed extends models.Model {
  n = models.IntegerField({ default: 0 });
  flag = models.BooleanField({ default: false });
  ratio = models.FloatField({ default: 0 });
  price = models.DecimalField({ max_digits: 5, decimal_places: 2, default: '0' });
  day = models.DateField({ default: () => new date(2020, 1, 1) });
  moment = models.DateTimeField({ default: () => new datetime(2020, 1, 1) });
  code = models.UUIDField({ null: true, blank: true });
}

class Person extends models.Model {
  name = models.CharField({ max_length: 60 });
  initial = models.CharField({ max_length: 1, blank: true });
  size = models.CharField({ max_length: 2, choices: { S: 'Small', M: 'Medium', L: 'Large' }, blank: true });
  level = models.IntegerField({
    choices: [
      [1, 'One'],
      [2, 'Two'],
    ],
    default: 1,
  });
  nick = models.CharField({ max_length: 10, null: true, default: 'n' });
  email = models.EmailField({ blank: true });
  site = models.URLField({ blank: true });
  slug = models.SlugField({ blank: true });
  age = models.PositiveIntegerField({ default: 0, error_messages: { min_value: 'Too young: %(limit_value)s.' } });
}

class Uniq extends models.Model {
  code = models.CharField({ max_length: 5, unique: true });
  a = models.IntegerField();
  b = models.IntegerField();
  static Meta = { unique_together: [['a', 'b']] };
}

class Post extends models.Model {
  title = models.CharField({ max_length: 20, unique_for_date: 'posted' });
  slug = models.CharField({ max_length: 20, unique_for_year: 'posted' });
  sub = models.CharField({ max_length: 20, unique_for_month: 'posted' });
  posted = models.DateField();
}

class Product extends models.Model {
  price = models.IntegerField();
  discount = models.IntegerField();
  sku = models.CharField({ max_length: 10 });
  static Meta = {
    constraints: [
      new models.CheckConstraint({ condition: new models.Q({ price__gt: models.F('discount') }), name: 'price_gt_discount' }),
      new models.UniqueConstraint({ fields: ['sku'], name: 'unique_sku' }),
    ],
  };
}

class Priced extends models.Model {
  price = models.IntegerField();
  static Meta = {
    constraints: [
      new models.CheckConstraint({
        condition: new models.Q({ price__gte: 0 }),
        name: 'non_negative',
        violation_error_message: 'Price must not be negative.',
        violation_error_code: 'negative',
      }),
    ],
  };
}

class Cleaned extends models.Model {
  title = models.CharField({ max_length: 10 });
  pub_date = models.DateField({ null: true, blank: true });
  status = models.CharField({ max_length: 10, default: 'draft' });
  override clean(): void {
    if (this.status === 'draft' && this.pub_date !== null) {
      throw new ValidationError('Draft entries may not have a publication date.');
    }
    if (this.status === 'published' && this.pub_date === null) this.pub_date = new date(2024, 5, 1);
    if (this.title === 'bad')
      throw new ValidationError({ title: new ValidationError('Bad title.', { code: 'bad' }), unknown: 'Keys are not checked.' });
  }
}

beforeEach(() => reset_databases());

function errors(fn: () => void): Record<string, string[]> {
  return raises(fn, ValidationError).message_dict;
}

describe('clean_fields converts and validates', () => {
  test('"12" becomes 12 for an IntegerField', () => {
    const t = new Typed({ n: '12' });
    t.clean_fields();
    expect(t.n).toBe(12);
  });

  test('strings become booleans, floats, Decimals, dates and datetimes', () => {
    const t = new Typed({ flag: 'True', ratio: '1.5', price: '3.10', day: '2011-10-02', moment: '2011-10-02 10:11' });
    t.clean_fields();
    expect(t.flag).toBe(true);
    expect(t.ratio).toBe(1.5);
    expect(t.price).toBeInstanceOf(Decimal);
    expect(String(t.price)).toBe('3.10');
    expect(t.day.isoformat()).toBe('2011-10-02');
    expect(t.moment.isoformat()).toBe('2011-10-02T10:11:00');
  });

  test('integer message with curly quotes', () => {
    expect(errors(() => new Typed({ n: 'abc' }).clean_fields())).toEqual({ n: ['“abc” value must be an integer.'] });
  });

  test('boolean, float and decimal messages', () => {
    expect(errors(() => new Typed({ flag: 'fõo', ratio: 'fõo', price: 'fõo' }).clean_fields())).toEqual({
      flag: ['“fõo” value must be either True or False.'],
      ratio: ['“fõo” value must be a float.'],
      price: ['“fõo” value must be a decimal number.'],
    });
  });

  test('date messages tell bad format from invalid date', () => {
    expect(errors(() => new Typed({ day: '2011-13-10' }).clean_fields())).toEqual({
      day: ['“2011-13-10” value has the correct format (YYYY-MM-DD) but it is an invalid date.'],
    });
    expect(errors(() => new Typed({ day: 'fõo' }).clean_fields())).toEqual({
      day: ['“fõo” value has an invalid date format. It must be in YYYY-MM-DD format.'],
    });
  });

  test('datetime messages tell bad format from invalid date/time', () => {
    expect(errors(() => new Typed({ moment: 'fõo' }).clean_fields())).toEqual({
      moment: ['“fõo” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.'],
    });
    expect(errors(() => new Typed({ moment: '2011-10-32 10:10' }).clean_fields())).toEqual({
      moment: [
        '“2011-10-32 10:10” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time.',
      ],
    });
  });

  test('UUID message', () => {
    expect(errors(() => new Typed({ code: 'xyz' }).clean_fields())).toEqual({ code: ['“xyz” is not a valid UUID.'] });
  });

  test('decimal digit limits', () => {
    expect(errors(() => new Typed({ price: '123456' }).clean_fields())).toEqual({
      price: ['Ensure that there are no more than 5 digits in total.'],
    });
  });

  test('null, blank and max_length messages', () => {
    const p = new Person({ name: 'x'.repeat(70), nick: null });
    expect(errors(() => p.clean_fields())).toEqual({
      name: ['Ensure this value has at most 60 characters (it has 70).'],
      nick: ['This field cannot be blank.'],
    });
    expect(errors(() => new Person({ name: '' }).clean_fields())).toEqual({ name: ['This field cannot be blank.'] });
  });

  test('the singular "character" when the limit is 1', () => {
    expect(errors(() => new Person({ name: 'a', initial: 'ab' }).clean_fields())).toEqual({
      initial: ['Ensure this value has at most 1 character (it has 2).'],
    });
  });

  test('None on a null=False field', () => {
    expect(errors(() => new Person({ name: 'a', level: null }).clean_fields())).toEqual({
      level: ['This field cannot be null.'],
    });
  });

  test('invalid choice messages use repr', () => {
    expect(errors(() => new Person({ name: 'a', size: 'XL', level: 99 }).clean_fields())).toEqual({
      size: ["Value 'XL' is not a valid choice."],
      level: ['Value 99 is not a valid choice.'],
    });
  });

  test('email, URL and slug validators', () => {
    expect(errors(() => new Person({ name: 'a', email: 'nope', site: 'nope', slug: 'a b' }).clean_fields())).toEqual({
      email: ['Enter a valid email address.'],
      site: ['Enter a valid URL.'],
      slug: ['Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.'],
    });
  });

  test('error_messages override by code, including a validator code', () => {
    expect(errors(() => new Person({ name: 'a', age: -1 }).clean_fields())).toEqual({ age: ['Too young: 0.'] });
  });

  test('blank=True skips empty values', () => {
    const p = new Plain({ count: null });
    expect(() => p.clean_fields()).not.toThrow();
  });

  test('exclude skips fields', () => {
    expect(() => new Typed({ n: 'abc' }).clean_fields({ exclude: ['n'] })).not.toThrow();
  });

  test('errors carry codes', () => {
    const e = raises(() => new Typed({ n: 'abc' }).clean_fields(), ValidationError);
    expect((e.error_dict!.n![0] as ValidationError).code).toBe('invalid');
  });
});

describe('clean()', () => {
  test('a plain-string error lands under NON_FIELD_ERRORS', () => {
    const c = new Cleaned({ title: 't', pub_date: new date(2024, 1, 1) });
    expect(errors(() => c.full_clean())).toEqual({ [NON_FIELD_ERRORS]: ['Draft entries may not have a publication date.'] });
  });

  test('a dict error assigns errors to fields; keys are not checked', () => {
    const c = new Cleaned({ title: 'bad' });
    expect(errors(() => c.full_clean())).toEqual({ title: ['Bad title.'], unknown: ['Keys are not checked.'] });
  });

  test('clean() may adjust attributes', () => {
    const c = new Cleaned({ title: 't', status: 'published' });
    c.full_clean();
    expect(c.pub_date!.isoformat()).toBe('2024-05-01');
  });

  test('clean() runs even if field cleaning failed, and errors merge', () => {
    const c = new Cleaned({ title: 'x'.repeat(11), pub_date: new date(2024, 1, 1) });
    expect(errors(() => c.full_clean())).toEqual({
      title: ['Ensure this value has at most 10 characters (it has 11).'],
      [NON_FIELD_ERRORS]: ['Draft entries may not have a publication date.'],
    });
  });

  test('save() calls neither full_clean() nor clean()', () => {
    const c = new Cleaned({ title: 'bad' });
    c.save();
    expect(Cleaned.objects.count()).toBe(1);
  });
});

describe('validate_unique', () => {
  test('unique field message', () => {
    Uniq.objects.create({ code: 'A', a: 1, b: 1 });
    expect(errors(() => new Uniq({ code: 'A', a: 2, b: 2 }).validate_unique())).toEqual({
      code: ['Uniq with this Code already exists.'],
    });
  });

  test('primary key message uses the ID label', () => {
    Plain.objects.create({ id: 1 });
    expect(errors(() => new Plain({ id: 1 }).validate_unique())).toEqual({ id: ['Plain with this ID already exists.'] });
  });

  test('the pk check is skipped when editing', () => {
    const p = Plain.objects.create();
    expect(() => p.validate_unique()).not.toThrow();
  });

  test('unique_together goes under NON_FIELD_ERRORS with labels joined by "and"', () => {
    Uniq.objects.create({ code: 'A', a: 1, b: 1 });
    expect(errors(() => new Uniq({ code: 'B', a: 1, b: 1 }).validate_unique())).toEqual({
      [NON_FIELD_ERRORS]: ['Uniq with this A and B already exists.'],
    });
  });

  test('a unique_together group involving an excluded field is skipped', () => {
    Uniq.objects.create({ code: 'A', a: 1, b: 1 });
    expect(() => new Uniq({ code: 'B', a: 1, b: 1 }).validate_unique({ exclude: ['a'] })).not.toThrow();
  });

  test('unique_for_date, unique_for_year and unique_for_month', () => {
    Post.objects.create({ title: 'T', slug: 's', sub: 'm', posted: new date(2024, 3, 10) });
    expect(errors(() => new Post({ title: 'T', slug: 's', sub: 'm', posted: new date(2024, 3, 10) }).validate_unique())).toEqual({
      title: ['Title must be unique for Posted date.'],
      slug: ['Slug must be unique for Posted year.'],
      sub: ['Sub must be unique for Posted month.'],
    });
  });

  test('unique_for_date does not fire on another day', () => {
    Post.objects.create({ title: 'T', slug: 's', sub: 'm', posted: new date(2024, 3, 10) });
    expect(errors(() => new Post({ title: 'T', slug: 's', sub: 'm', posted: new date(2024, 4, 11) }).validate_unique())).toEqual({
      slug: ['Slug must be unique for Posted year.'],
    });
  });

  test('UniqueConstraint is not checked by validate_unique', () => {
    Product.objects.create({ price: 2, discount: 1, sku: 'X' });
    expect(() => new Product({ price: 2, discount: 1, sku: 'X' }).validate_unique()).not.toThrow();
  });
});

describe('validate_constraints', () => {
  test('a check constraint violation goes under __all__ with curly quotes', () => {
    expect(errors(() => new Product({ price: 1, discount: 2, sku: 'a' }).validate_constraints())).toEqual({
      [NON_FIELD_ERRORS]: ['Constraint “price_gt_discount” is violated.'],
    });
  });

  test('a check constraint runs the SELECT Django 4.1+ uses, with the values inlined', () => {
    reset_queries();
    errors(() => new Product({ price: 1, discount: 2, sku: 'a' }).validate_constraints());
    new Priced({ price: 5 }).validate_constraints();
    expect(sqlLog().filter((q) => q.includes('_check'))).toEqual([
      'SELECT 1 AS "_check" WHERE COALESCE((1 > 2), 1) = 1',
      'SELECT 1 AS "_check" WHERE COALESCE((5 >= 0), 1) = 1',
    ]);
  });

  test('a single-field UniqueConstraint error goes under that field', () => {
    Product.objects.create({ price: 2, discount: 1, sku: 'X' });
    expect(errors(() => new Product({ price: 2, discount: 1, sku: 'X' }).validate_constraints())).toEqual({
      sku: ['Product with this Sku already exists.'],
    });
  });

  test('violation_error_message and violation_error_code override', () => {
    const e = raises(() => new Priced({ price: -1 }).validate_constraints(), ValidationError);
    expect(e.message_dict).toEqual({ [NON_FIELD_ERRORS]: ['Price must not be negative.'] });
    expect((e.error_dict![NON_FIELD_ERRORS]![0] as ValidationError).code).toBe('negative');
  });

  test('exclude skips constraints over excluded fields', () => {
    expect(() => new Product({ price: 1, discount: 2, sku: 'a' }).validate_constraints({ exclude: ['price'] })).not.toThrow();
  });
});

describe('full_clean', () => {
  test('runs the four steps and merges every error', () => {
    Uniq.objects.create({ code: 'A', a: 1, b: 1 });
    expect(errors(() => new Uniq({ code: 'A', a: 1, b: 1 }).full_clean())).toEqual({
      [NON_FIELD_ERRORS]: ['Uniq with this A and B already exists.'],
      code: ['Uniq with this Code already exists.'],
    });
  });

  test('unique checks skip fields that already failed', () => {
    Uniq.objects.create({ code: 'A', a: 1, b: 1 });
    expect(errors(() => new Uniq({ code: 'A', a: 'x', b: 1 }).full_clean())).toEqual({
      a: ['“x” value must be an integer.'],
      code: ['Uniq with this Code already exists.'],
    });
  });

  test('validate_unique and validate_constraints can be switched off', () => {
    Uniq.objects.create({ code: 'A', a: 1, b: 1 });
    expect(() => new Uniq({ code: 'A', a: 1, b: 1 }).full_clean({ validate_unique: false })).not.toThrow();
    expect(() => new Product({ price: 1, discount: 2, sku: 'a' }).full_clean({ validate_constraints: false })).not.toThrow();
  });

  test('exclude is copied, so the caller list is not mutated', () => {
    const exclude = ['b'];
    expect(() => new Uniq({ code: 'A', a: 'x', b: 1 }).full_clean({ exclude })).toThrow();
    expect(exclude).toEqual(['b']);
  });
});
